// Everything about one support request: what is asked and where it stands, and the collaborations made for it, in the main
// column; which community asks (a link) beside them. Find collaborators and Edit are buttons; Delete (asked first) is in the
// "More actions" menu.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportRequest } from '../../../common/community/request.schema.js';
import { goTo } from '../../app/navigate.js';
import { ActionsMenu, deleteMenuAction } from '../../ui/ActionsMenu.js';
import { DetailActions, DetailColumns, DetailRow, DetailSection } from '../../ui/DetailParts.js';
import { formatDateTime } from '../../ui/format.js';
import { formatDayOnly } from '../../ui/format-day-only.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { languageName } from '../roster/place-names.js';
import { BackToRequests } from './BackToRequests.js';
import { RequestCollaborations } from './RequestCollaborations.js';
import { requestName } from './request-form-model.js';
import { useRequests } from './requests-store.js';
import { useCommunityStruggles } from './use-community-struggles.js';
import { useSupportRequest } from './use-request.js';

function StruggleValue({ communityId, struggleId }: { communityId: string; struggleId: string }) {
  const { t } = useTranslation('requests');
  const loaded = useCommunityStruggles(communityId);
  if (loaded.state !== 'ready') return <>{t('detail.loading')}</>;
  const struggle = loaded.struggles.find((entry) => entry.id === struggleId);
  if (!struggle) return <>{t('detail.struggleGone')}</>;
  return (
    <button type="button" className="link-button" onClick={() => goTo({ section: 'projects', view: { name: 'detail', id: struggle.projectId } })}>
      {struggle.project.name}
    </button>
  );
}

function Details({ item }: { item: SupportRequest }) {
  const { t, i18n } = useTranslation(['requests', 'taxonomy']);
  const errorText = useErrorText();
  const { open, remove } = useRequests.getState();
  const [error, setError] = useState<string | null>(null);
  const language = i18n.language;
  const none = t('detail.none');
  const openCommunity = () => goTo({ section: 'communities', view: { name: 'detail', id: item.communityId } });

  async function deleteIt(name: string): Promise<void> {
    setError(null);
    const reply = await remove(item.id, name);
    if (!reply.ok) setError(errorText(reply.error));
  }

  const main = (
    <>
      <DetailSection id="request-ask-title" title={t('detail.ask')}>
        <p className="prewrap">{item.description}</p>
        <dl className="details">
          <DetailRow term={t('field.strategyAreas')}>{item.strategyAreas.map((area) => t(`taxonomy:strategy.${area}`)).join(', ')}</DetailRow>
          <DetailRow term={t('field.level')}>{t(`taxonomy:level.${item.level}`)}</DetailRow>
          <DetailRow term={t('field.languages')}>
            {item.languages.length > 0 ? item.languages.map((code) => languageName(code, language)).join(', ') : none}
          </DetailRow>
          <DetailRow term={t('field.urgency')}>{t(`taxonomy:urgency.${item.urgency}`)}</DetailRow>
          <DetailRow term={t('field.deadline')}>{item.deadline ? formatDayOnly(item.deadline, language, 'long') : t('detail.noDeadline')}</DetailRow>
          <DetailRow term={t('field.status')}>{t(`taxonomy:requestStatus.${item.status}`)}</DetailRow>
        </dl>
      </DetailSection>

      <RequestCollaborations communityId={item.communityId} requestId={item.id} />
    </>
  );
  const aside = (
    <>
      <DetailSection id="request-community-title" title={t('detail.who')}>
        <dl className="details">
          <DetailRow term={t('field.community')}>
            <button type="button" className="link-button" onClick={openCommunity}>
              {item.communityName}
            </button>
          </DetailRow>
          <DetailRow term={t('field.region')}>{t(`taxonomy:region.${item.region}`)}</DetailRow>
          <DetailRow term={t('field.struggle')}>
            {item.struggleId ? <StruggleValue communityId={item.communityId} struggleId={item.struggleId} /> : t('detail.noStruggle')}
          </DetailRow>
        </dl>
      </DetailSection>

      <DetailSection id="request-record-title" title={t('detail.record')}>
        <dl className="details">
          <DetailRow term={t('detail.created')}>{formatDateTime(item.createdAt, language)}</DetailRow>
          <DetailRow term={t('detail.updated')}>{formatDateTime(item.updatedAt, language)}</DetailRow>
        </dl>
      </DetailSection>
    </>
  );
  const name = requestName(item.communityName, item.description);
  return (
    <>
      <p className="lead">
        <span className={`badge urgency-${item.urgency}`}>{t(`taxonomy:urgency.${item.urgency}`)}</span>{' '}
        {t('detail.statusLine', { status: t(`taxonomy:requestStatus.${item.status}`) })}
      </p>
      <DetailActions>
        <button type="button" className="button primary" onClick={() => open({ name: 'match', requestId: item.id })}>
          {t('detail.findCollaborators')}
        </button>
        <button type="button" className="button secondary" onClick={() => open({ name: 'edit', id: item.id })}>
          {t('detail.edit')}
        </button>
        <ActionsMenu label={t('detail.moreActions')} actions={[deleteMenuAction(t, t('detail.deleteConfirm.title', { name }), () => void deleteIt(name))]} />
      </DetailActions>
      <LiveMessage id="request-detail-error" kind="alert" text={error} />
      <DetailColumns main={main} aside={aside} />
    </>
  );
}

export function RequestDetail({ id, notice = null }: { id: string; notice?: string | null }) {
  const { t } = useTranslation('requests');
  const errorText = useErrorText();
  const loaded = useSupportRequest(id);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  return (
    <div className="roster-stack request-detail">
      <BackToRequests />
      <h1 ref={heading} tabIndex={-1}>
        {loaded.state === 'ready' ? t('detail.heading', { community: loaded.request.communityName }) : t('detail.title')}
      </h1>
      <LiveMessage id="request-detail-notice" kind="status" tone="success" text={notice} />
      <LiveMessage id="request-detail-load-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {loaded.state === 'loading' ? <p className="hint">{t('detail.loading')}</p> : null}
      {loaded.state === 'ready' ? <Details item={loaded.request} /> : null}
    </div>
  );
}
