// The resources part of an open vault: the list, a resource's detail with its attachments, the add and edit form, and the deleted view.
import { DeletedResourcesPage } from './DeletedResourcesPage.js';
import { ResourceDetail } from './ResourceDetail.js';
import { ResourceFormPage } from './ResourceFormPage.js';
import { ResourcesPage } from './ResourcesPage.js';
import { useResources } from './resources-store.js';
import './resources.css';

export function ResourcesSection() {
  const view = useResources((state) => state.view);
  switch (view.name) {
    case 'list':
      return <ResourcesPage />;
    case 'detail':
      return <ResourceDetail key={view.id} id={view.id} notice={view.notice ?? null} />;
    case 'create':
      return <ResourceFormPage key="create" id={null} />;
    case 'edit':
      return <ResourceFormPage key={`edit-${view.id}`} id={view.id} />;
    case 'deleted':
      return <DeletedResourcesPage />;
  }
}
