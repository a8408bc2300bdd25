// The collaborations part of an open vault: the list, a collaboration's detail with its lifecycle and timeline, the add and edit form, and the deleted view.
import { CollaborationDetail } from './CollaborationDetail.js';
import { CollaborationFormPage } from './CollaborationFormPage.js';
import { CollaborationsPage } from './CollaborationsPage.js';
import { useCollaborations } from './collaborations-store.js';
import { DeletedCollaborationsPage } from './DeletedCollaborationsPage.js';
import './collaborations.css';

export function CollaborationsSection() {
  const view = useCollaborations((state) => state.view);
  switch (view.name) {
    case 'list':
      return <CollaborationsPage />;
    case 'detail':
      return <CollaborationDetail key={view.id} id={view.id} notice={view.notice ?? null} />;
    case 'create':
      return <CollaborationFormPage key={`create-${view.communityId ?? ''}-${view.requestId ?? ''}`} id={null} communityId={view.communityId} requestId={view.requestId} />;
    case 'edit':
      return <CollaborationFormPage key={`edit-${view.id}`} id={view.id} />;
    case 'deleted':
      return <DeletedCollaborationsPage />;
  }
}
