// Everything about one consultation round: what was heard, by theme, with quotes (those that identify someone marked as
// kept in this vault) and the follow-up actions (overdue by the vault's clock) in the main column; the round, who took
// part and the record beside them. Edit is a button; Delete (asked first) is in the "More actions" menu.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consultation } from '../../../common/consultations/consultation.schema.js';
import { request } from '../../app/cre.js';
import { goTo } from '../../app/navigate.js';
import { ActionsMenu, deleteMenuAction } from '../../ui/ActionsMenu.js';
import { DetailActions, DetailColumns, DetailRow, DetailSection } from '../../ui/DetailParts.js';
import { formatDateTime } from '../../ui/format.js';
import { formatDayOnly } from '../../ui/format-day-only.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { RecordTable } from '../../ui/RecordTable.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { useLoaded } from '../../ui/use-loaded.js';
import { BackToConsultations } from './BackToConsultations.js';
import { roundDates } from './ConsultationsPage.js';
import { useConsultations } from './consultations-store.js';
import { useConsultation } from './use-consultation.js';

/** Feedback grouped by theme, themes in the order they first appear. */
function byTheme(feedback: Consultation['feedback']): [string, Consultation['feedback']][] {
  const groups = new Map<string, Consultation['feedback']>();
  for (const item of feedback) groups.set(item.theme, [...(groups.get(item.theme) ?? []), item]);
  return [...groups];
}

function Heard({ round }: { round: Consultation }) {
  const { t } = useTranslation('consultations');
  if (round.feedback.length === 0) return <p className="hint">{t('detail.nothingHeard')}</p>;
  return byTheme(round.feedback).map(([theme, items], index) => (
    <div key={theme} className="consultation-theme">
      <h3 id={`consultation-theme-${index}`}>{theme}</h3>
      <ul className="consultation-heard" aria-labelledby={`consultation-theme-${index}`}>
        {items.map((item) => (
          <li key={item.id}>
            <p className="prewrap">{item.text}</p>
            {item.quote ? (
              <blockquote className="consultation-quote">
                <p className="prewrap">“{item.quote}”</p>
              </blockquote>
            ) : null}
            {item.quoteSensitive ? <span className="badge sensitive">{t('detail.sensitiveQuote')}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  ));
}

function FollowUps({ round }: { round: Consultation }) {
  const { t, i18n } = useTranslation('consultations');
  const overdue = useLoaded(() => request((api) => api.consultations.overdueActions({})), `overdue-${round.id}-${round.updatedAt}`);
  const late = new Set(overdue.state === 'ready' ? overdue.value.filter((a) => a.consultationId === round.id).map((a) => a.actionId) : []);
  const day = (iso: string | null) => (iso === null ? t('detail.noDay') : formatDayOnly(iso, i18n.language));
  if (round.actions.length === 0) return <p className="hint">{t('detail.noActions')}</p>;
  return (
    <RecordTable className="activity consultation-actions-table" caption={t('field.actions')} columns={[t('field.action'), t('field.owner'), t('field.dueOn'), t('detail.status')]}>
      {round.actions.map((action) => (
        <tr key={action.id}>
          <td className="prewrap">{action.text}</td>
          <td>{action.owner}</td>
          <td>{day(action.dueOn)}</td>
          <td>
            {action.doneOn !== null ? (
              <span className="badge consultation-done">{t('detail.doneOn', { date: day(action.doneOn) })}</span>
            ) : late.has(action.id) ? (
              <span className="badge consultation-overdue">{t('detail.overdue')}</span>
            ) : (
              t('detail.open')
            )}
          </td>
        </tr>
      ))}
    </RecordTable>
  );
}

function Participants({ round }: { round: Consultation }) {
  const { t } = useTranslation('consultations');
  const missing = round.communityIds.length - round.communities.length + round.collaboratorIds.length - round.collaborators.length;
  const none = round.communities.length === 0 && round.collaborators.length === 0 && round.otherParticipants === '' && missing === 0;
  return (
    <DetailSection id="consultation-participants-title" title={t('field.participants')}>
      {none ? <p className="hint">{t('detail.noParticipants')}</p> : null}
      {round.communities.length > 0 ? (
        <>
          <h3 className="consultation-subheading">{t('field.communities')}</h3>
          <ul className="consultation-names">
            {round.communities.map((community) => (
              <li key={community.id}>
                <button type="button" className="link-button" onClick={() => goTo({ section: 'communities', view: { name: 'detail', id: community.id } })}>
                  {community.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {round.collaborators.length > 0 ? (
        <>
          <h3 className="consultation-subheading">{t('field.collaborators')}</h3>
          <ul className="consultation-names">
            {round.collaborators.map((collaborator) => (
              <li key={collaborator.id}>
                <button type="button" className="link-button" onClick={() => goTo({ section: 'roster', view: { name: 'detail', id: collaborator.id } })}>
                  {collaborator.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {missing > 0 ? <p className="hint">{t('detail.notHeld', { count: missing })}</p> : null}
      {round.otherParticipants ? (
        <>
          <h3 className="consultation-subheading">{t('field.otherParticipants')}</h3>
          <p className="prewrap">{round.otherParticipants}</p>
        </>
      ) : null}
    </DetailSection>
  );
}

function Details({ round, id }: { round: Consultation; id: string }) {
  const { t, i18n } = useTranslation(['consultations', 'taxonomy']);
  const errorText = useErrorText();
  const { open, remove } = useConsultations.getState();
  const [error, setError] = useState<string | null>(null);
  const language = i18n.language;

  async function deleteIt(): Promise<void> {
    setError(null);
    const reply = await remove(id, round.topic);
    if (!reply.ok) setError(errorText(reply.error));
  }

  const main = (
    <>
      <DetailSection id="consultation-heard-title" title={t('field.feedback')}>
        <Heard round={round} />
      </DetailSection>
      <DetailSection id="consultation-actions-title" title={t('field.actions')}>
        <FollowUps round={round} />
      </DetailSection>
      <DetailSection id="consultation-notes-title" title={t('field.notes')}>
        <p className={round.notes ? 'prewrap' : 'hint'}>{round.notes || t('detail.none')}</p>
      </DetailSection>
    </>
  );
  const aside = (
    <>
      <DetailSection id="consultation-about-title" title={t('detail.about')}>
        <dl className="details">
          <DetailRow term={t('field.dates')}>{roundDates(round, language)}</DetailRow>
          <DetailRow term={t('field.channel')}>{t(`channel.${round.channel}`)}</DetailRow>
          <DetailRow term={t('field.region')}>{t(`taxonomy:region.${round.region}`)}</DetailRow>
          <DetailRow term={t('field.sharing')}>{t(`taxonomy:sharing.${round.sharing}`)}</DetailRow>
        </dl>
      </DetailSection>
      <Participants round={round} />
      <DetailSection id="consultation-record-title" title={t('detail.record')}>
        <dl className="details">
          <DetailRow term={t('detail.created')}>{formatDateTime(round.createdAt, language)}</DetailRow>
          <DetailRow term={t('detail.updated')}>{formatDateTime(round.updatedAt, language)}</DetailRow>
        </dl>
      </DetailSection>
    </>
  );
  return (
    <>
      <p className="lead">
        {t(`channel.${round.channel}`)} · {roundDates(round, language)} · {t(`taxonomy:region.${round.region}`)}
      </p>
      {round.deletedAt ? (
        <p className="hint">{t('detail.deletedNote')}</p>
      ) : (
        <DetailActions>
          <button type="button" className="button primary" onClick={() => open({ name: 'edit', id })}>
            {t('detail.edit')}
          </button>
          <ActionsMenu label={t('detail.moreActions')} actions={[deleteMenuAction(t, t('detail.deleteConfirm.title', { topic: round.topic }), () => void deleteIt())]} />
        </DetailActions>
      )}
      <LiveMessage id="consultation-detail-error" kind="alert" text={error} />
      <DetailColumns main={main} aside={aside} />
    </>
  );
}

export function ConsultationDetail({ id }: { id: string }) {
  const { t } = useTranslation('consultations');
  const errorText = useErrorText();
  const loaded = useConsultation(id);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  return (
    <div className="roster-stack roster-detail consultation-detail">
      <BackToConsultations />
      <h1 ref={heading} tabIndex={-1}>
        {loaded.state === 'ready' ? loaded.consultation.topic : t('detail.title')}
      </h1>
      <LiveMessage id="consultation-load-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {loaded.state === 'loading' ? <p className="hint">{t('detail.loading')}</p> : null}
      {loaded.state === 'ready' ? <Details round={loaded.consultation} id={id} /> : null}
    </div>
  );
}
