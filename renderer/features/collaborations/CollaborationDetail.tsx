// Everything about one collaboration: one timeline (status changes and activities, newest first) and the learnings in the
// main column; who takes part (each a link), the lifecycle's next steps, follow-up and outcomes beside them. Edit is a
// button; Delete (asked first, with undo on the list) is in the "More actions" menu.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collaboration } from '../../../common/community/collaboration.schema.js';
import { goTo } from '../../app/navigate.js';
import { ActionsMenu, deleteMenuAction } from '../../ui/ActionsMenu.js';
import { DetailActions, DetailColumns, DetailRow, DetailSection } from '../../ui/DetailParts.js';
import { formatDateTime } from '../../ui/format.js';
import { formatDayOnly } from '../../ui/format-day-only.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { BackToCollaborations } from './BackToCollaborations.js';
import { useCollaborations } from './collaborations-store.js';
import { LearningsSection } from './LearningsSection.js';
import { LifecycleSection } from './LifecycleSection.js';
import { TimelineSection } from './TimelineSection.js';
import { useCollaboration } from './use-collaboration.js';

function Details({ collaboration, reload }: { collaboration: Collaboration; reload: () => void }) {
  const { t, i18n } = useTranslation(['collaborations', 'taxonomy']);
  const errorText = useErrorText();
  const { open, remove } = useCollaborations.getState();
  const [error, setError] = useState<string | null>(null);
  const [invite, setInvite] = useState<string | null>(null);
  const [recording, setRecording] = useState(false);
  const language = i18n.language;
  const none = t('detail.none');
  const live = collaboration.deletedAt === null;
  const { id, requestId } = collaboration;

  async function deleteIt(): Promise<void> {
    setError(null);
    const reply = await remove(id, collaboration.communityName);
    if (!reply.ok) setError(errorText(reply.error));
  }

  const main = (
    <>
      <TimelineSection collaborationId={id} history={collaboration.history} live={live} />
      <LearningsSection collaboration={collaboration} live={live} onSaved={reload} recording={recording} onRecordingChange={setRecording} />
    </>
  );
  const aside = (
    <>
      <DetailSection id="collaboration-who-title" title={t('detail.who')}>
        <dl className="details">
          <DetailRow term={t('field.community')}>
            <button type="button" className="link-button" onClick={() => goTo({ section: 'communities', view: { name: 'detail', id: collaboration.communityId } })}>
              {collaboration.communityName}
            </button>
          </DetailRow>
          <DetailRow term={t('field.request')}>
            {requestId === null ? (
              none
            ) : (
              <button type="button" className="link-button" onClick={() => goTo({ section: 'requests', view: { name: 'detail', id: requestId } })}>
                {t('detail.openRequest')}
              </button>
            )}
          </DetailRow>
          <DetailRow term={t('field.owner')}>{collaboration.owner}</DetailRow>
        </dl>
        <h3>{t('field.members')}</h3>
        <ul className="member-list">
          {collaboration.members.map((member) => (
            <li key={member.collaboratorId}>
              <button type="button" className="link-button" onClick={() => goTo({ section: 'roster', view: { name: 'detail', id: member.collaboratorId } })}>
                {member.name || t('detail.unknownMember')}
              </button>
              {member.role ? <span className="muted"> — {member.role}</span> : null}
            </li>
          ))}
        </ul>
      </DetailSection>

      {live ? (
        <LifecycleSection
          collaboration={collaboration}
          onMoved={(to, final) => {
            setInvite(final ? t('lifecycle.inviteLearnings', { state: t(`taxonomy:collaborationState.${to}`) }) : null);
            reload();
          }}
        />
      ) : null}
      <LiveMessage id="collaboration-invite" kind="status" tone="success" text={invite} />
      {invite ? (
        <div className="actions">
          <button type="button" className="button secondary" onClick={() => setRecording(true)}>
            {t('lifecycle.goToLearnings')}
          </button>
        </div>
      ) : null}

      <DetailSection id="collaboration-follow-title" title={t('detail.followAndOutcomes')}>
        <dl className="details">
          <DetailRow term={t('field.nextFollowUp')}>{collaboration.nextFollowUp ? formatDayOnly(collaboration.nextFollowUp, language) : none}</DetailRow>
          <DetailRow term={t('field.outcomes')}>
            <span className={collaboration.outcomes ? 'prewrap' : undefined}>{collaboration.outcomes || none}</span>
          </DetailRow>
        </dl>
      </DetailSection>

      <DetailSection id="collaboration-record-title" title={t('detail.record')}>
        <dl className="details">
          <DetailRow term={t('detail.created')}>{formatDateTime(collaboration.createdAt, language)}</DetailRow>
          <DetailRow term={t('detail.updated')}>{formatDateTime(collaboration.updatedAt, language)}</DetailRow>
        </dl>
      </DetailSection>
    </>
  );

  return (
    <>
      <p className="lead">
        {t(`taxonomy:collaborationState.${collaboration.state}`)} · {t('detail.ownedBy', { owner: collaboration.owner })}
      </p>
      {live ? (
        <DetailActions>
          <button type="button" className="button primary" onClick={() => open({ name: 'edit', id })}>
            {t('detail.edit')}
          </button>
          <ActionsMenu
            label={t('detail.moreActions')}
            actions={[deleteMenuAction(t, t('detail.deleteConfirm.title', { name: collaboration.communityName }), () => void deleteIt())]}
          />
        </DetailActions>
      ) : (
        <p className="notice">{t('detail.isDeleted')}</p>
      )}
      <LiveMessage id="collaboration-detail-error" kind="alert" text={error} />
      <DetailColumns main={main} aside={aside} />
    </>
  );
}

export function CollaborationDetail({ id, notice = null }: { id: string; notice?: string | null }) {
  const { t } = useTranslation('collaborations');
  const errorText = useErrorText();
  const { loaded, reload } = useCollaboration(id);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  return (
    <div className="roster-stack collaboration-detail">
      <BackToCollaborations />
      <h1 ref={heading} tabIndex={-1}>
        {loaded.state === 'ready' ? t('detail.titleWith', { community: loaded.collaboration.communityName }) : t('detail.title')}
      </h1>
      <LiveMessage id="collaboration-detail-notice" kind="status" tone="success" text={notice} />
      <LiveMessage id="collaboration-detail-load-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {loaded.state === 'loading' ? <p className="hint">{t('detail.loading')}</p> : null}
      {loaded.state === 'ready' ? <Details collaboration={loaded.collaboration} reload={reload} /> : null}
    </div>
  );
}
