// Today: follow-ups overdue and coming up, collaborations gone quiet (N days, settable) and new requests, most urgent first; every line opens its record.
import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { stalledDaysSchema, UPCOMING_DAYS, type Today } from '../../../common/community/today.schema.js';
import { request } from '../../app/cre.js';
import { goTo } from '../../app/navigate.js';
import { storeEpoch } from '../../app/store-reset.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { FieldShell, fieldAria } from '../../ui/FieldShell.js';
import { formatDay } from '../collaborations/collaboration-format.js';
import './today.css';

type CollaborationLine = Today['overdue'][number];

function Group({ id, title, count, empty, children }: { id: string; title: string; count: number; empty: string; children: ReactNode }) {
  return (
    <section className="card today-group" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="badge">{count}</span>
      </h2>
      {count === 0 ? <p className="hint">{empty}</p> : <ul className="today-lines">{children}</ul>}
    </section>
  );
}

function CollaborationLines({ lines, detail }: { lines: CollaborationLine[]; detail: (line: CollaborationLine) => string }) {
  const { t } = useTranslation(['today', 'taxonomy']);
  return lines.map((line) => (
    <li key={line.id}>
      <button type="button" className="link-button" onClick={() => goTo({ section: 'collaborations', view: { name: 'detail', id: line.id } })}>
        {line.communityName}
      </button>{' '}
      <span className="muted">
        {t(`taxonomy:collaborationState.${line.state}`)} · {t('line.owner', { owner: line.owner })} · {detail(line)}
      </span>
    </li>
  ));
}

/** Keyed by the days in force, so it starts over from them after a change; the page announces the change, as this form is replaced. */
function StalledDaysForm({ days, onSaved }: { days: number; onSaved: (days: number) => void }) {
  const { t } = useTranslation('today');
  const errorText = useErrorText();
  const [typed, setTyped] = useState(String(days));
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const parsed = stalledDaysSchema.safeParse(Number(typed.trim() === '' ? Number.NaN : typed));
    if (!parsed.success) {
      setFieldError(t('stalled.daysInvalid'));
      return;
    }
    setFieldError(null);
    setError(null);
    const epoch = storeEpoch();
    const reply = await request((api) => api.today.setStalledDays({ days: parsed.data }));
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) {
      setError(errorText(reply.error));
      return;
    }
    onSaved(parsed.data);
  }

  return (
    <form className="form stalled-days" noValidate onSubmit={(event) => void submit(event)}>
      <FieldShell id="stalled-days" label={t('stalled.daysLabel')} hint={t('stalled.daysHint')} error={fieldError}>
        <input
          id="stalled-days"
          className="input"
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          {...fieldAria('stalled-days', t('stalled.daysHint'), fieldError)}
        />
      </FieldShell>
      <div className="actions">
        <button type="submit" className="button secondary">
          {t('stalled.daysSave')}
        </button>
      </div>
      <LiveMessage id="stalled-days-error" kind="alert" text={error} />
    </form>
  );
}

export function TodayPage() {
  const { t, i18n } = useTranslation(['today', 'taxonomy']);
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const [today, setToday] = useState<Today | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const language = i18n.language;
  const day = (iso: string) => formatDay(iso, language);

  useEffect(() => {
    let current = true;
    const epoch = storeEpoch();
    void request((api) => api.today.get({})).then((reply) => {
      if (!current || epoch !== storeEpoch()) return;
      if (reply.ok) {
        setError(null);
        setToday(reply.value);
      } else setError(errorText(reply.error));
    });
    return () => {
      current = false;
    };
  }, [version, errorText]);
  const [saved, setSaved] = useState<string | null>(null);
  const onSaved = useCallback(
    (days: number) => {
      setSaved(t('stalled.daysSaved', { count: days }));
      setVersion((v) => v + 1);
    },
    [t],
  );

  return (
    <div className="roster-stack today">
      <h1 ref={heading} tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="lead">{today ? t('lead', { date: day(today.date) }) : t('loading')}</p>
      <LiveMessage id="today-error" kind="alert" text={error} />
      {today ? (
        <>
          <Group id="today-overdue" title={t('overdue.title')} count={today.overdue.length} empty={t('overdue.empty')}>
            <CollaborationLines lines={today.overdue} detail={(line) => t('line.followUpWas', { date: day(line.nextFollowUp ?? '') })} />
          </Group>
          <Group id="today-upcoming" title={t('upcoming.title', { count: UPCOMING_DAYS })} count={today.upcoming.length} empty={t('upcoming.empty', { count: UPCOMING_DAYS })}>
            <CollaborationLines lines={today.upcoming} detail={(line) => t('line.followUpOn', { date: day(line.nextFollowUp ?? '') })} />
          </Group>
          <Group id="today-stalled" title={t('stalled.title', { count: today.stalledDays })} count={today.stalled.length} empty={t('stalled.empty', { count: today.stalledDays })}>
            <CollaborationLines lines={today.stalled} detail={(line) => t('line.lastMovement', { date: day(line.lastMovement) })} />
          </Group>
          <StalledDaysForm key={today.stalledDays} days={today.stalledDays} onSaved={onSaved} />
          <LiveMessage id="stalled-days-status" kind="status" tone="success" text={saved} />
          <Group id="today-requests" title={t('requests.title')} count={today.newRequests.length} empty={t('requests.empty')}>
            {today.newRequests.map((item) => (
              <li key={item.id}>
                <button type="button" className="link-button" onClick={() => goTo({ section: 'requests', view: { name: 'detail', id: item.id } })}>
                  {t('line.requestOf', { community: item.communityName })}
                </button>{' '}
                <span className="muted">
                  {t(`taxonomy:urgency.${item.urgency}`)}
                  {item.deadline ? ` · ${t('line.deadline', { date: day(item.deadline) })}` : ''}
                </span>
              </li>
            ))}
          </Group>
        </>
      ) : null}
    </div>
  );
}
