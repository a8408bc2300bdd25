// The consultation rounds section: the list with its search, a round's detail, the record and edit form, and the deleted view.
import { ConsultationDetail } from './ConsultationDetail.js';
import { ConsultationFormPage } from './ConsultationFormPage.js';
import { ConsultationsPage } from './ConsultationsPage.js';
import { useConsultations } from './consultations-store.js';
import { DeletedConsultationsPage } from './DeletedConsultationsPage.js';
import '../roster/roster.css';
import './consultations.css';

export function ConsultationsSection() {
  const view = useConsultations((state) => state.view);
  switch (view.name) {
    case 'list':
      return <ConsultationsPage />;
    case 'detail':
      return <ConsultationDetail key={view.id} id={view.id} />;
    case 'create':
      return <ConsultationFormPage key="create" id={null} />;
    case 'edit':
      return <ConsultationFormPage key={`edit-${view.id}`} id={view.id} />;
    case 'deleted':
      return <DeletedConsultationsPage />;
  }
}
