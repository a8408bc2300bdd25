// A collaboration's timeline, newest first: add an activity (kind, date, text) and remove one, with undo (the same activity added again).
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS, activityInputSchema, type Activity, type ActivityInput, type ActivityKind } from '../../../common/community/collaboration.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { DetailSection } from '../../ui/DetailParts.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { FieldShell, fieldAria } from '../../ui/FieldShell.js';
import { formatDay, localDay } from './collaboration-format.js';

export function TimelineSection({ collaborationId, live }: { collaborationId: string; live: boolean }) {
  const { t, i18n } = useTranslation(['collaborations', 'taxonomy']);
  const errorText = useErrorText();
  const [activities, setActivities] = useState<Activity[] | null>(null);
  const [version, setVersion] = useState(0);
  const [kind, setKind] = useState<ActivityKind>('note');
  const [date, setDate] = useState(() => localDay(new Date()));
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [removed, setRemoved] = useState<ActivityInput | null>(null);

  useEffect(() => {
    let current = true;
    const epoch = storeEpoch();
    void request((api) => api.collaborations.timeline({ id: collaborationId })).then((reply) => {
      if (!current || epoch !== storeEpoch()) return;
      if (reply.ok) setActivities([...reply.value].reverse());
      else setError(errorText(reply.error));
    });
    return () => {
      current = false;
    };
  }, [collaborationId, version, errorText]);

  async function add(activity: ActivityInput, done: string): Promise<boolean> {
    setError(null);
    const epoch = storeEpoch();
    const reply = await request((api) => api.collaborations.addActivity({ id: collaborationId, activity }));
    if (epoch !== storeEpoch()) return false;
    if (!reply.ok) {
      setError(errorText(reply.error));
      return false;
    }
    setStatus(done);
    setVersion((v) => v + 1);
    return true;
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const parsed = activityInputSchema.safeParse({ kind, date, text });
    const fields = new Set(parsed.success ? [] : parsed.error.issues.map((issue) => String(issue.path[0])));
    setTextError(fields.has('text') ? t(text.trim() === '' ? 'timeline.textRequired' : 'timeline.textTooLong') : null);
    setDateError(fields.has('date') ? t('timeline.dateRequired') : null);
    if (!parsed.success) return;
    setRemoved(null);
    if (await add(parsed.data, t('timeline.added'))) setText('');
  }

  async function remove(activity: Activity): Promise<void> {
    setError(null);
    const epoch = storeEpoch();
    const reply = await request((api) => api.collaborations.removeActivity({ activityId: activity.id }));
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) {
      setError(errorText(reply.error));
      return;
    }
    setRemoved({ kind: activity.kind, date: activity.date, text: activity.text });
    setStatus(t('timeline.removed'));
    setVersion((v) => v + 1);
  }

  async function undoRemove(): Promise<void> {
    if (!removed) return;
    if (await add(removed, t('timeline.restored'))) setRemoved(null);
  }

  return (
    <DetailSection id="collaboration-timeline-title" title={t('timeline.title')}>
      <LiveMessage id="timeline-status" kind="status" tone="success" text={status} />
      <LiveMessage id="timeline-error" kind="alert" text={error} />
      {removed ? (
        <div className="actions">
          <button type="button" className="button secondary small" onClick={() => void undoRemove()}>
            {t('timeline.undo')}
          </button>
        </div>
      ) : null}
      {activities === null ? <p className="hint">{t('detail.loading')}</p> : null}
      {activities !== null && activities.length === 0 ? <p className="hint">{t('timeline.empty')}</p> : null}
      {activities !== null && activities.length > 0 ? (
        <ol className="collaboration-timeline">
          {activities.map((activity) => (
            <li key={activity.id} className="timeline-entry">
              <p className="timeline-head">
                <strong>{t(`taxonomy:activityKind.${activity.kind}`)}</strong> <span className="muted">{formatDay(activity.date, i18n.language)}</span>
              </p>
              <p className="prewrap">{activity.text}</p>
              {live ? (
                <button type="button" className="button secondary small" onClick={() => void remove(activity)}>
                  {t('timeline.remove')}
                  <span className="visually-hidden"> {t('timeline.removeWhich', { kind: t(`taxonomy:activityKind.${activity.kind}`), date: formatDay(activity.date, i18n.language) })}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {live ? (
        <form className="form activity-form" noValidate onSubmit={(event) => void submit(event)}>
          <h3>{t('timeline.addTitle')}</h3>
          <div className="field-row">
            <FieldShell id="activity-kind" label={t('timeline.kind')}>
              <select id="activity-kind" className="select" value={kind} onChange={(event) => setKind(event.target.value as ActivityKind)}>
                {ACTIVITY_KINDS.map((choice) => (
                  <option key={choice} value={choice}>
                    {t(`taxonomy:activityKind.${choice}`)}
                  </option>
                ))}
              </select>
            </FieldShell>
            <FieldShell id="activity-date" label={t('timeline.date')} error={dateError}>
              <input id="activity-date" className="input" type="date" value={date} onChange={(event) => setDate(event.target.value)} {...fieldAria('activity-date', null, dateError)} />
            </FieldShell>
          </div>
          <FieldShell id="activity-text" label={t('timeline.text')} error={textError}>
            <textarea id="activity-text" className="input" rows={3} maxLength={10000} value={text} onChange={(event) => setText(event.target.value)} {...fieldAria('activity-text', null, textError)} />
          </FieldShell>
          <div className="actions">
            <button type="submit" className="button primary">
              {t('timeline.add')}
            </button>
          </div>
        </form>
      ) : null}
    </DetailSection>
  );
}
