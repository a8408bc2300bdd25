// The roster part of an open vault: the find screen, a collaborator's detail, the add and edit form, and the deleted view.
import { useRoster } from './roster-store.js';
import { CollaboratorDetail } from './CollaboratorDetail.js';
import { CollaboratorFormPage } from './CollaboratorFormPage.js';
import { DeletedPage } from './DeletedPage.js';
import { ImportPage } from './ImportPage.js';
import { MergePage } from './MergePage.js';
import { RosterPage } from './RosterPage.js';
import './roster.css';

export function RosterSection() {
  const view = useRoster((state) => state.view);
  switch (view.name) {
    case 'list':
      return <RosterPage />;
    case 'detail':
      return <CollaboratorDetail key={view.id} id={view.id} notice={view.notice ?? null} />;
    case 'create':
      return <CollaboratorFormPage key="create" id={null} />;
    case 'edit':
      return <CollaboratorFormPage key={`edit-${view.id}`} id={view.id} />;
    case 'deleted':
      return <DeletedPage />;
    case 'importExport':
      return <ImportPage />;
    case 'merge':
      return <MergePage key={view.id} keepId={view.id} />;
  }
}
