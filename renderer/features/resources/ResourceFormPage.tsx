// Add or edit a resource: loads the record when editing, then the form; Save goes to the detail, Cancel goes back.
import { useTranslation } from 'react-i18next';
import { FormPageFrame, RecordFormBody } from '../../ui/RecordFormPage.js';
import { BackToResources } from './BackToResources.js';
import { emptyResourceValues, toResourceFormValues } from './resource-form-model.js';
import { ResourceForm } from './ResourceForm.js';
import { useResource } from './use-resource.js';

export function ResourceFormPage({ id }: { id: string | null }) {
  const { t } = useTranslation('resources');
  const [loaded] = useResource(id);
  const title = id === null ? t('form.addTitle') : loaded.state === 'ready' ? t('form.editTitle', { name: loaded.resource.title }) : t('form.editTitleLoading');
  return (
    <FormPageFrame title={title} intro={t('form.intro')}>
      <RecordFormBody
        id={id}
        loaded={loaded}
        loadingText={t('detail.loading')}
        errorId="resource-form-load-error"
        back={<BackToResources />}
        newForm={<ResourceForm id={null} defaults={emptyResourceValues()} />}
        editForm={(ready) => <ResourceForm id={id} defaults={toResourceFormValues(ready.resource)} />}
      />
    </FormPageFrame>
  );
}
