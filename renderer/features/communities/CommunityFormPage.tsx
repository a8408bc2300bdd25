// Add or edit a community: loads the record when editing, then the form; Save goes to the detail, Cancel goes back.
import { useTranslation } from 'react-i18next';
import { FormPageFrame, RecordFormBody } from '../../ui/RecordFormPage.js';
import { BackToCommunities } from './BackToCommunities.js';
import { emptyCommunityValues, toCommunityFormValues } from './community-form-model.js';
import { CommunityForm } from './CommunityForm.js';
import { useCommunity } from './use-community.js';

export function CommunityFormPage({ id }: { id: string | null }) {
  const { t } = useTranslation('communities');
  const loaded = useCommunity(id);
  const title =
    id === null ? t('form.addTitle') : loaded.state === 'ready' ? t('form.editTitle', { name: loaded.community.name }) : t('form.editTitleLoading');
  return (
    <FormPageFrame title={title} intro={t('form.intro')}>
      <RecordFormBody
        id={id}
        loaded={loaded}
        loadingText={t('detail.loading')}
        errorId="community-form-load-error"
        back={<BackToCommunities />}
        newForm={<CommunityForm id={null} defaults={emptyCommunityValues()} />}
        editForm={(ready) => <CommunityForm id={id} defaults={toCommunityFormValues(ready.community)} />}
      />
    </FormPageFrame>
  );
}
