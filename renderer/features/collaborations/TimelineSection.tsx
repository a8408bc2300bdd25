// A collaboration's one timeline, newest first: the activities logged (kind, date, text) and the lifecycle's status changes,
// each with its kind and day. "Add activity" opens the form in a drawer; an activity can be removed, with undo (the same
// activity added again).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, ActivityInput, Collaboration } from '../../../common/community/collaboration.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { DetailSection } from '../../ui/DetailParts.js';
import { Drawer, drawerTexts } from '../../ui/Drawer.js';
import { formatDayOnly } from '../../ui/format-day-only.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { ActivityForm } from './ActivityForm.js';
import { mergeTimeline, type TimelineEntry } from './timeline-model.js';

interface TimelineSectionProps {
  collaborationId: string;
  /** The lifecycle's steps, oldest first: they join the activities in the one timeline. */
  history: Collaboration['history'];
  live: boolean;
}

export function TimelineSection({ collaborationId, history, live }: TimelineSectionProps) {
  const { t, i18n } = useTranslation(['collaborations', 'taxonomy']);
  const errorText = useErrorText();
  const language = i18n.language;
  const [activities, setActivities] = useState<Activity[] | null>(null);
  const [version, setVersion] = useState(0);
  const [adding, setAdding] = useState(false);
  const [dirty, setDirty] = useState(false);
  const onDirtyChange = useCallback((changed: boolean) => setDirty(changed), []);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [removed, setRemoved] = useState<ActivityInput | null>(null);
  const entries = useMemo(() => (activities === null ? null : mergeTimeline(activities, history)), [activities, history]);

  useEffect(() => {
    let current = true;
    const epoch = storeEpoch();
    void request((api) => api.collaborations.timeline({ id: collaborationId })).then((reply) => {
      if (!current || epoch !== storeEpoch()) return;
      if (reply.ok) setActivities(reply.value);
      else setError(errorText(reply.error));
    });
    return () => {
      current = false;
    };
  }, [collaborationId, version, errorText]);

  /** Stores an activity; `report` receives the failure (in the drawer's form or on the page). */
  async function store(activity: ActivityInput, done: string, report: (message: string) => void): Promise<boolean> {
    const epoch = storeEpoch();
    const reply = await request((api) => api.collaborations.addActivity({ id: collaborationId, activity }));
    if (epoch !== storeEpoch()) return false;
    if (!reply.ok) {
      report(errorText(reply.error));
      return false;
    }
    setStatus(done);
    setVersion((v) => v + 1);
    return true;
  }

  async function add(activity: ActivityInput): Promise<boolean> {
    setSaveError(null);
    setError(null);
    const added = await store(activity, t('timeline.added'), setSaveError);
    if (added) {
      setRemoved(null);
      close();
    }
    return added;
  }

  function close(): void {
    setAdding(false);
    setDirty(false);
    setSaveError(null);
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
    setError(null);
    if (await store(removed, t('timeline.restored'), setError)) setRemoved(null);
  }

  const stateLabel = (entry: Extract<TimelineEntry, { type: 'status' }>) =>
    t(entry.first ? 'timeline.started' : 'timeline.movedTo', { state: t(`taxonomy:collaborationState.${entry.state}`) });

  return (
    <DetailSection
      id="collaboration-timeline-title"
      title={t('timeline.title')}
      action={
        live ? (
          <button type="button" className="button primary" onClick={() => setAdding(true)}>
            {t('timeline.open')}
          </button>
        ) : null
      }
    >
      <p className="hint">{t('timeline.order')}</p>
      <LiveMessage id="timeline-status" kind="status" tone="success" text={status} />
      <LiveMessage id="timeline-error" kind="alert" text={error} />
      {removed ? (
        <div className="actions">
          <button type="button" className="button secondary small" onClick={() => void undoRemove()}>
            {t('timeline.undo')}
          </button>
        </div>
      ) : null}
      {entries === null && error === null ? <p className="hint">{t('detail.loading')}</p> : null}
      {activities !== null && activities.length === 0 ? <p className="hint">{t('timeline.empty')}</p> : null}
      {entries !== null && entries.length > 0 ? (
        <ol className="collaboration-timeline" aria-labelledby="collaboration-timeline-title">
          {entries.map((entry) =>
            entry.type === 'status' ? (
              <li key={entry.key} className="timeline-entry timeline-status">
                <p className="timeline-head">
                  <strong>{t('timeline.statusChange')}</strong> <span className="muted">{formatDayOnly(entry.day, language)}</span>
                </p>
                <p>{stateLabel(entry)}</p>
              </li>
            ) : (
              <li key={entry.key} className="timeline-entry">
                <p className="timeline-head">
                  <strong>{t(`taxonomy:activityKind.${entry.activity.kind}`)}</strong> <span className="muted">{formatDayOnly(entry.day, language)}</span>
                </p>
                <p className="prewrap">{entry.activity.text}</p>
                {live ? (
                  <button type="button" className="button secondary small" onClick={() => void remove(entry.activity)}>
                    {t('timeline.remove')}
                    <span className="visually-hidden">
                      {' '}
                      {t('timeline.removeWhich', { kind: t(`taxonomy:activityKind.${entry.activity.kind}`), date: formatDayOnly(entry.day, language) })}
                    </span>
                  </button>
                ) : null}
              </li>
            ),
          )}
        </ol>
      ) : null}
      <Drawer isOpen={adding} title={t('timeline.addTitle')} dirty={dirty} onClose={close} texts={drawerTexts(t)}>
        <ActivityForm onAdd={add} onDirtyChange={onDirtyChange} saveError={saveError} />
      </Drawer>
    </DetailSection>
  );
}
