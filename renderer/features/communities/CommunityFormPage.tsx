// Add or edit a community: loads the record when editing, then the form; Save goes to the detail, Cancel goes back.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { BackToCommunities } from './BackToCommunities.js';
import { emptyCommunityValues, toCommunityFormValues } from './community-form-model.js';
import { CommunityForm } from './CommunityForm.js';
import { useCommunity } from './use-community.js';

export function CommunityFormPage({ id }: { id: string | null }) {
  const { t } = useTranslation('communities');
  const errorText = useErrorText();
  const loaded = useCommunity(id);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const title =
    id === null ? t('form.addTitle') : loaded.state === 'ready' ? t('form.editTitle', { name: loaded.community.name }) : t('form.editTitleLoading');
  return (
    <div className="roster-stack">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p className="lead">{t('form.intro')}</p>
      {id === null ? <CommunityForm id={null} defaults={emptyCommunityValues()} /> : null}
      {id !== null && loaded.state === 'loading' ? <p className="hint">{t('detail.loading')}</p> : null}
      <LiveMessage id="community-form-load-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {id !== null && loaded.state === 'failed' ? <BackToCommunities /> : null}
      {id !== null && loaded.state === 'ready' ? <CommunityForm id={id} defaults={toCommunityFormValues(loaded.community)} /> : null}
    </div>
  );
}
