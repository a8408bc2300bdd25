// Add or edit a collaboration: loads the record when editing (or the community it starts from), then the form; Save goes to the detail.
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { FormPageFrame, RecordFormBody } from '../../ui/RecordFormPage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useCommunity } from '../communities/use-community.js';
import { BackToCollaborations } from './BackToCollaborations.js';
import { emptyCollaborationValues, toCollaborationFormValues } from './collaboration-form-model.js';
import { CollaborationForm } from './CollaborationForm.js';
import { useCollaboration } from './use-collaboration.js';

/** A new collaboration, for any community or for the one it was started from. */
function CreateForm({ communityId, requestId }: { communityId: string | null; requestId: string | null }) {
  const { t } = useTranslation('collaborations');
  const errorText = useErrorText();
  const community = useCommunity(communityId);
  if (communityId === null) return <CollaborationForm id={null} defaults={emptyCollaborationValues(null, null)} fixedCommunity={null} />;
  if (community.state === 'loading') return <p className="hint">{t('detail.loading')}</p>;
  if (community.state === 'failed') return <LiveMessage id="collaboration-form-community-error" kind="alert" text={errorText(community.error)} />;
  return <CollaborationForm id={null} defaults={emptyCollaborationValues(communityId, requestId)} fixedCommunity={community.community.name} />;
}

export function CollaborationFormPage({ id, communityId = null, requestId = null }: { id: string | null; communityId?: string | null; requestId?: string | null }) {
  const { t } = useTranslation('collaborations');
  const { loaded } = useCollaboration(id);
  const title =
    id === null
      ? t('form.addTitle')
      : loaded.state === 'ready'
        ? t('form.editTitle', { community: loaded.collaboration.communityName })
        : t('form.editTitleLoading');
  return (
    <FormPageFrame title={title} intro={t('form.intro')}>
      <RecordFormBody
        id={id}
        loaded={loaded}
        loadingText={t('detail.loading')}
        errorId="collaboration-form-load-error"
        back={<BackToCollaborations />}
        newForm={<CreateForm communityId={communityId} requestId={requestId} />}
        editForm={(ready) => (
          <CollaborationForm id={id} defaults={toCollaborationFormValues(ready.collaboration)} fixedCommunity={ready.collaboration.communityName} />
        )}
      />
    </FormPageFrame>
  );
}
