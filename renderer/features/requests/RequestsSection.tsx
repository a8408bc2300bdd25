// The requests part of an open vault: the list, a request's detail with its collaborations, the add and edit form, matching, and the deleted view.
import { DeletedRequestsPage } from './DeletedRequestsPage.js';
import { MatchPage } from './MatchPage.js';
import { RequestDetail } from './RequestDetail.js';
import { RequestFormPage } from './RequestFormPage.js';
import { RequestsPage } from './RequestsPage.js';
import { useRequests } from './requests-store.js';
import './requests.css';

export function RequestsSection() {
  const view = useRequests((state) => state.view);
  switch (view.name) {
    case 'list':
      return <RequestsPage />;
    case 'detail':
      return <RequestDetail key={view.id} id={view.id} notice={view.notice ?? null} />;
    case 'create':
      return <RequestFormPage key={`create-${view.communityId ?? ''}`} id={null} communityId={view.communityId} />;
    case 'edit':
      return <RequestFormPage key={`edit-${view.id}`} id={view.id} communityId={null} />;
    case 'deleted':
      return <DeletedRequestsPage />;
    case 'match':
      return <MatchPage key={view.requestId} requestId={view.requestId} />;
  }
}
