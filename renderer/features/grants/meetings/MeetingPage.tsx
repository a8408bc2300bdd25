// A call's decision meetings: recording a new one (id null) or reading one recorded, and the call's earlier meetings.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reply } from '../../../../common/contract/errors.js';
import type { Meeting } from '../../../../common/grants/award.schema.js';
import { callTitle, type Call } from '../../../../common/grants/call.schema.js';
import { request } from '../../../app/cre.js';
import { goTo } from '../../../app/navigate.js';
import { BackLink } from '../../../ui/BackLink.js';
import { DetailSection } from '../../../ui/DetailParts.js';
import { formatDayOnly, localDayOf } from '../../../ui/format-day-only.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { useErrorText } from '../../../ui/use-error-text.js';
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.js';
import { readAll, useLoaded } from '../../../ui/use-loaded.js';
import { useGrantCall } from '../use-grant-calls.js';
import { loadAgenda } from './meeting-agenda.js';
import { emptyMeetingValues, type AgendaItem } from './meeting-model.js';
import { MeetingForm } from './MeetingForm.js';
import { MeetingRecord } from './MeetingRecord.js';
import './meetings.css';

/** The states in which a call's applications can be decided. */
const DECIDING = new Set(['in_review', 'decided']);

function NewMeeting({ call }: { call: Call }) {
  const { t } = useTranslation('grants', { keyPrefix: 'meetings' });
  const errorText = useErrorText();
  const [today] = useState(() => localDayOf(new Date()));
  const start = useLoaded(async (): Promise<Reply<{ agenda: AgendaItem[]; me: string }>> => {
    const [agenda, me] = await Promise.all([loadAgenda(call.id), request((api) => api.team.me({}))]);
    if (!agenda.ok) return agenda;
    if (!me.ok) return me;
    return { ok: true, value: { agenda: agenda.value, me: me.value.vaultId } };
  }, `agenda:${call.id}`);
  if (!DECIDING.has(call.state)) return <p className="message message-warning">{t('notInReview')}</p>;
  if (start.state === 'loading') return <p className="hint">{t('loading')}</p>;
  if (start.state === 'failed') return <LiveMessage id="meeting-agenda-error" kind="alert" text={errorText(start.error)} />;
  const { agenda, me } = start.value;
  return (
    <MeetingForm
      call={call}
      agenda={agenda}
      myVaultId={me}
      defaults={emptyMeetingValues(
        today,
        agenda.map((item) => item.application),
        call.ceiling,
      )}
    />
  );
}

function RecordedMeeting({ call, id, onChanged }: { call: Call; id: string; onChanged: () => void }) {
  const { t } = useTranslation('grants', { keyPrefix: 'meetings' });
  const errorText = useErrorText();
  const [version, setVersion] = useState(0);
  const meeting = useLoaded(() => request((api) => api.grantMeetings.get({ id })), `meeting:${id}:${version}`);
  const titles = useLoaded(async (): Promise<Reply<Map<string, string>>> => {
    const listed = await readAll((offset, limit) => request((api) => api.grantApplications.list({ callId: call.id, offset, limit })));
    return listed.ok ? { ok: true, value: new Map(listed.value.map((application) => [application.id, application.title])) } : listed;
  }, `titles:${call.id}`);
  // While a delete or restore is read back, the record stays on screen (with its undo notice) instead of "Loading…".
  const [lastShown, setLastShown] = useState<Meeting | null>(null);
  if (meeting.state === 'ready' && meeting.value !== lastShown) setLastShown(meeting.value);
  const shown = meeting.state === 'ready' ? meeting.value : lastShown;
  if (meeting.state === 'failed') return <LiveMessage id="meeting-load-error" kind="alert" text={errorText(meeting.error)} />;
  if (titles.state === 'failed') return <LiveMessage id="meeting-titles-error" kind="alert" text={errorText(titles.error)} />;
  if (shown?.id !== id || titles.state === 'loading') return <p className="hint">{t('loading')}</p>;
  return (
    <MeetingRecord
      meeting={shown}
      call={call}
      titles={titles.value}
      onChanged={() => {
        setVersion((v) => v + 1);
        onChanged();
      }}
    />
  );
}

/** The call's meetings; `changes` counts deletions and restores made on this page, so the list follows them. */
function EarlierMeetings({ callId, current, changes }: { callId: string; current: string | null; changes: number }) {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'meetings' });
  const errorText = useErrorText();
  const meetings = useLoaded(() => request((api) => api.grantMeetings.list({ callId })), `meetings:${callId}:${current ?? ''}:${changes}`);
  return (
    <DetailSection
      id="meeting-earlier-title"
      title={t('earlier')}
      action={
        current !== null ? (
          <button type="button" className="button secondary" onClick={() => goTo({ section: 'grants', view: { name: 'meeting', callId, id: null } })}>
            {t('recordNew')}
          </button>
        ) : null
      }
    >
      <LiveMessage id="meeting-earlier-error" kind="alert" text={meetings.state === 'failed' ? errorText(meetings.error) : null} />
      {meetings.state === 'ready' && meetings.value.length === 0 ? <p className="hint">{t('noEarlier')}</p> : null}
      {meetings.state === 'ready' && meetings.value.length > 0 ? (
        <ul className="grant-meetings">
          {meetings.value.map((meeting) => (
            <li key={meeting.id}>
              <button
                type="button"
                className="link-button"
                aria-current={meeting.id === current ? 'page' : undefined}
                onClick={() => goTo({ section: 'grants', view: { name: 'meeting', callId, id: meeting.id } })}
              >
                {t('meetingOf', { date: formatDayOnly(meeting.date, i18n.language) })}
              </button>{' '}
              <span className="muted">{t('decisionCount', { count: meeting.decisions.length })}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </DetailSection>
  );
}

export function MeetingPage({ callId, id }: { callId: string; id: string | null }) {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'meetings' });
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const call = useGrantCall(callId);
  const [changes, setChanges] = useState(0);
  const title = call.state === 'ready' ? callTitle(call.value, i18n.language) : '';
  return (
    <div className="roster-stack grant-meeting">
      <BackLink label={t('back')} onBack={() => goTo({ section: 'grants', view: { name: 'call', id: callId } })} />
      <h1 ref={heading} tabIndex={-1}>
        {title === '' ? t('titleLoading') : id === null ? t('newTitle', { call: title }) : t('title', { call: title })}
      </h1>
      <p className="lead">{id === null ? t('newIntro') : t('intro')}</p>
      <LiveMessage id="meeting-call-error" kind="alert" text={call.state === 'failed' ? errorText(call.error) : null} />
      {call.state === 'loading' ? <p className="hint">{t('loading')}</p> : null}
      {call.state === 'ready' ? id === null ? <NewMeeting call={call.value} /> : <RecordedMeeting call={call.value} id={id} onChanged={() => setChanges((n) => n + 1)} /> : null}
      <EarlierMeetings callId={callId} current={id} changes={changes} />
    </div>
  );
}
