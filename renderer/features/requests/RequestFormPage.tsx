// Add or edit a support request: loads what the form needs (the request, the given community, or every community to choose from), then the form.
import { useTranslation } from 'react-i18next';
import { goTo } from '../../app/navigate.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { FormPageFrame } from '../../ui/RecordFormPage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useCommunity } from '../communities/use-community.js';
import { BackToRequests } from './BackToRequests.js';
import { emptyRequestValues, toRequestFormValues } from './request-form-model.js';
import { RequestForm } from './RequestForm.js';
import { useCommunityChoices } from './use-community-choices.js';
import { useSupportRequest } from './use-request.js';

/** A new request: for the community the opening screen named, or with a chooser over every community. */
function NewRequest({ communityId }: { communityId: string | null }) {
  const { t } = useTranslation('requests');
  const errorText = useErrorText();
  const given = useCommunity(communityId);
  const choices = useCommunityChoices(communityId === null);
  if (communityId !== null) {
    if (given.state === 'loading') return <p className="hint">{t('detail.loading')}</p>;
    if (given.state === 'failed') return <LiveMessage id="request-form-load-error" kind="alert" text={errorText(given.error)} />;
    return <RequestForm id={null} defaults={emptyRequestValues(communityId)} fixedCommunity={{ id: communityId, name: given.community.name }} choices={[]} />;
  }
  if (choices.state === 'loading') return <p className="hint">{t('detail.loading')}</p>;
  if (choices.state === 'failed') return <LiveMessage id="request-form-load-error" kind="alert" text={errorText(choices.error)} />;
  if (choices.communities.length === 0) {
    return (
      <div className="no-projects">
        <p className="hint">{t('form.noCommunities')}</p>
        <button type="button" className="button secondary" onClick={() => goTo({ section: 'communities', view: { name: 'create' } })}>
          {t('form.addCommunity')}
        </button>
      </div>
    );
  }
  return <RequestForm id={null} defaults={emptyRequestValues(null)} fixedCommunity={null} choices={choices.communities} />;
}

function EditRequest({ id }: { id: string }) {
  const { t } = useTranslation('requests');
  const errorText = useErrorText();
  const loaded = useSupportRequest(id);
  if (loaded.state === 'loading') return <p className="hint">{t('detail.loading')}</p>;
  if (loaded.state === 'failed') {
    return (
      <>
        <LiveMessage id="request-form-load-error" kind="alert" text={errorText(loaded.error)} />
        <BackToRequests />
      </>
    );
  }
  const { request } = loaded;
  return <RequestForm id={id} defaults={toRequestFormValues(request)} fixedCommunity={{ id: request.communityId, name: request.communityName }} choices={[]} />;
}

export function RequestFormPage({ id, communityId }: { id: string | null; communityId: string | null }) {
  const { t } = useTranslation('requests');
  return (
    <FormPageFrame title={id === null ? t('form.addTitle') : t('form.editTitle')} intro={t('form.intro')}>
      {id === null ? <NewRequest communityId={communityId} /> : <EditRequest id={id} />}
    </FormPageFrame>
  );
}
