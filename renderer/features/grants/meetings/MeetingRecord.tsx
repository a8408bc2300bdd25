// A recorded decision meeting: its date, who attended, each decision with its amount, rationale and the quorum counted
// after recusals, and who was recused from what. "Save minutes as PDF"; Delete (asked first, with undo) and Restore are
// in "More actions".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../common/grants/award.schema.js';
import type { Call } from '../../../../common/grants/call.schema.js';
import { request } from '../../../app/cre.js';
import { goTo } from '../../../app/navigate.js';
import { storeEpoch } from '../../../app/store-reset.js';
import { ActionsMenu, type MenuAction } from '../../../ui/ActionsMenu.js';
import { DetailActions, DetailRow, DetailSection } from '../../../ui/DetailParts.js';
import { formatCurrency } from '../../../ui/format.js';
import { formatDayOnly } from '../../../ui/format-day-only.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { RecordTable } from '../../../ui/RecordTable.js';
import { useErrorText } from '../../../ui/use-error-text.js';

interface MeetingRecordProps {
  meeting: Meeting;
  call: Call;
  /** Application titles by id (the call's live applications). */
  titles: ReadonlyMap<string, string>;
  onChanged: () => void;
}

export function MeetingRecord({ meeting, call, titles, onChanged }: MeetingRecordProps) {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'meetings' });
  const errorText = useErrorText();
  const language = i18n.language;
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [undo, setUndo] = useState(false);
  const live = meeting.deletedAt === null;
  const nameOf = (vaultId: string) => call.workingGroup.find((member) => member.vaultId === vaultId)?.name ?? vaultId;
  const titleOf = (applicationId: string) => titles.get(applicationId) ?? t('unknownApplication');
  const day = formatDayOnly(meeting.date, language);

  async function run(action: 'delete' | 'restore' | 'minutes'): Promise<void> {
    setError(null);
    setStatus(action === 'minutes' ? t('record.writing') : null);
    setBusy(true);
    const epoch = storeEpoch();
    const reply = await request((api) =>
      action === 'minutes'
        ? api.grantMeetings.saveMinutes({ id: meeting.id })
        : action === 'delete'
          ? api.grantMeetings.delete({ id: meeting.id })
          : api.grantMeetings.restore({ id: meeting.id }),
    );
    if (epoch !== storeEpoch()) return;
    setBusy(false);
    if (!reply.ok) {
      setStatus(null);
      return setError(errorText(reply.error));
    }
    if (action === 'minutes') return setStatus(reply.value !== null && reply.value.saved ? t('record.minutesSaved') : null);
    setUndo(action === 'delete');
    setStatus(action === 'delete' ? t('record.deleted', { date: day }) : t('record.restored', { date: day }));
    onChanged();
  }

  const actions: MenuAction[] = live
    ? [
        {
          id: 'delete',
          label: t('record.delete'),
          danger: true,
          onAction: () => void run('delete'),
          confirm: { title: t('record.deleteConfirm.title', { date: day }), text: t('record.deleteHint'), stay: t('record.deleteConfirm.stay'), leave: t('record.deleteConfirm.leave') },
        },
      ]
    : [{ id: 'restore', label: t('record.restore'), onAction: () => void run('restore') }];

  return (
    <>
      <DetailActions>
        <button type="button" className="button primary" aria-disabled={busy || undefined} onClick={() => !busy && void run('minutes')}>
          {t('record.saveMinutes')}
        </button>
        <ActionsMenu label={t('record.moreActions')} actions={actions} />
      </DetailActions>
      {!live ? <p className="notice">{t('record.isDeleted')}</p> : null}
      <div role="status" className="live-region">
        {status ? (
          <div className="message message-info undo-notice">
            <span>{status}</span>
            {undo && !live ? (
              <button type="button" className="button secondary" onClick={() => void run('restore')}>
                {t('record.undo')}
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      <LiveMessage id="meeting-record-error" kind="alert" text={error} />
      <DetailSection id="meeting-who-title" title={t('who')}>
        <dl className="details">
          <DetailRow term={t('date')}>{day}</DetailRow>
          <DetailRow term={t('attendees')}>{meeting.attendees.map(nameOf).join(', ')}</DetailRow>
          <DetailRow term={t('notes')}>
            <span className={meeting.notes ? 'prewrap' : undefined}>{meeting.notes || t('none')}</span>
          </DetailRow>
        </dl>
      </DetailSection>
      <DetailSection id="meeting-decisions-title" title={t('decisions')}>
        <RecordTable
          className="activity grant-decisions-table"
          caption={t('decisions')}
          columns={[t('record.application'), t('record.decision'), { label: t('record.amount'), className: 'number' }, t('rationale'), t('record.quorum')]}
        >
          {meeting.decisions.map((decision) => {
            const quorum = meeting.quorum.find((entry) => entry.applicationId === decision.applicationId);
            return (
              <tr key={decision.applicationId}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => goTo({ section: 'grants', view: { name: 'application', id: decision.applicationId } })}>
                    {titleOf(decision.applicationId)}
                  </button>
                </th>
                <td>{t(`decision.${decision.decision}`)}</td>
                <td className="number">{decision.amount === null ? '—' : formatCurrency(decision.amount, call.currency, language)}</td>
                <td className="prewrap">{decision.rationale}</td>
                <td>{quorum ? t(quorum.met ? 'quorumMet' : 'quorumNotMet', { present: quorum.present, required: quorum.required }) : '—'}</td>
              </tr>
            );
          })}
        </RecordTable>
      </DetailSection>
      <DetailSection id="meeting-recusals-title" title={t('record.recusals')}>
        {meeting.recusals.length === 0 ? (
          <p className="hint">{t('noRecusals')}</p>
        ) : (
          <RecordTable className="activity grant-recusals-table" caption={t('record.recusals')} columns={[t('record.application'), t('record.member'), t('record.reason')]}>
            {meeting.recusals.map((recusal) => (
              <tr key={`${recusal.applicationId}-${recusal.vaultId}`}>
                <th scope="row">{titleOf(recusal.applicationId)}</th>
                <td>{recusal.name}</td>
                <td>{recusal.reason}</td>
              </tr>
            ))}
          </RecordTable>
        )}
      </DetailSection>
    </>
  );
}
