// Add or edit a collaboration: loads the record when editing (or the community it starts from), then the form; Save goes to the detail.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
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
  const errorText = useErrorText();
  const { loaded } = useCollaboration(id);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const title =
    id === null
      ? t('form.addTitle')
      : loaded.state === 'ready'
        ? t('form.editTitle', { community: loaded.collaboration.communityName })
        : t('form.editTitleLoading');
  return (
    <div className="roster-stack">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p className="lead">{t('form.intro')}</p>
      {id === null ? <CreateForm communityId={communityId} requestId={requestId} /> : null}
      {id !== null && loaded.state === 'loading' ? <p className="hint">{t('detail.loading')}</p> : null}
      <LiveMessage id="collaboration-form-load-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {id !== null && loaded.state === 'failed' ? <BackToCollaborations /> : null}
      {id !== null && loaded.state === 'ready' ? (
        <CollaborationForm id={id} defaults={toCollaborationFormValues(loaded.collaboration)} fixedCommunity={loaded.collaboration.communityName} />
      ) : null}
    </div>
  );
}
