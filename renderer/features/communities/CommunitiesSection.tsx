// The communities part of an open vault: the list, a community's detail with the projects it faces, the add and edit form, and the deleted view.
import { CommunitiesPage } from './CommunitiesPage.js';
import { CommunityDetail } from './CommunityDetail.js';
import { CommunityFormPage } from './CommunityFormPage.js';
import { useCommunities } from './communities-store.js';
import { DeletedCommunitiesPage } from './DeletedCommunitiesPage.js';
import './communities.css';

export function CommunitiesSection() {
  const view = useCommunities((state) => state.view);
  switch (view.name) {
    case 'list':
      return <CommunitiesPage />;
    case 'detail':
      return <CommunityDetail key={view.id} id={view.id} notice={view.notice ?? null} />;
    case 'create':
      return <CommunityFormPage key="create" id={null} />;
    case 'edit':
      return <CommunityFormPage key={`edit-${view.id}`} id={view.id} />;
    case 'deleted':
      return <DeletedCommunitiesPage />;
  }
}
