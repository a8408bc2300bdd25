// Record or edit a consultation round: loads the round when editing, then the form; Save goes to the detail, Cancel goes back.
import { useTranslation } from 'react-i18next';
import { FormPageFrame, RecordFormBody } from '../../ui/RecordFormPage.js';
import { BackToConsultations } from './BackToConsultations.js';
import { emptyConsultationFormValues, toConsultationFormValues } from './consultation-form-model.js';
import { ConsultationForm } from './ConsultationForm.js';
import { useConsultation } from './use-consultation.js';

export function ConsultationFormPage({ id }: { id: string | null }) {
  const { t } = useTranslation('consultations');
  const loaded = useConsultation(id);
  const title =
    id === null ? t('form.addTitle') : loaded.state === 'ready' ? t('form.editTitle', { topic: loaded.consultation.topic }) : t('form.editTitleLoading');
  return (
    <FormPageFrame title={title} intro={t('form.intro')}>
      <RecordFormBody
        id={id}
        loaded={loaded}
        loadingText={t('detail.loading')}
        errorId="consultation-form-load-error"
        back={<BackToConsultations />}
        newForm={<ConsultationForm id={null} defaults={emptyConsultationFormValues()} />}
        editForm={(ready) => <ConsultationForm id={id} defaults={toConsultationFormValues(ready.consultation)} />}
      />
    </FormPageFrame>
  );
}
