// Add or edit a collaborator: loads the record when editing, then the form; Save goes to the detail, Cancel goes back.
import { useTranslation } from 'react-i18next';
import { FormPageFrame, RecordFormBody } from '../../ui/RecordFormPage.js';
import { emptyFormValues, toFormValues } from './collaborator-form-model.js';
import { CollaboratorForm } from './CollaboratorForm.js';
import { useCollaborator } from './use-collaborator.js';

export function CollaboratorFormPage({ id }: { id: string | null }) {
  const { t } = useTranslation('roster');
  const loaded = useCollaborator(id);
  const title = id === null ? t('form.addTitle') : loaded.state === 'ready' ? t('form.editTitle', { name: loaded.collaborator.name }) : t('form.editTitleLoading');
  return (
    <FormPageFrame title={title} intro={t('form.intro')}>
      <RecordFormBody
        id={id}
        loaded={loaded}
        loadingText={t('detail.loading')}
        errorId="form-load-error"
        newForm={<CollaboratorForm id={null} defaults={emptyFormValues()} />}
        editForm={(ready) => <CollaboratorForm id={id} defaults={toFormValues(ready.collaborator)} />}
      />
    </FormPageFrame>
  );
}
