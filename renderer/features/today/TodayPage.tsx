// Today: most urgent first (critical and high new requests, overdue follow-ups, overdue grant reports and consultation actions, bundles waiting too long for acknowledgement, upcoming follow-ups, other requests, collaborations gone quiet for N days); every line opens its record; N and the acknowledgement days are set in disclosures at the bottom.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { acknowledgementDaysSchema } from '../../../common/bundles/delivery.schema.js';
import { stalledDaysSchema, UPCOMING_DAYS, type Today } from '../../../common/community/today.schema.js';
import type { OverdueAction } from '../../../common/consultations/consultation.schema.js';
import { request } from '../../app/cre.js';
import { goTo } from '../../app/navigate.js';
import { storeEpoch } from '../../app/store-reset.js';
import { Sun } from 'lucide-react';
import { EmptyState } from '../../ui/EmptyState.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { DeliveryLines } from './DeliveryLines.js';
import { DaysSettingForm } from './DaysSettingForm.js';
import { formatDay } from '../collaborations/collaboration-format.js';
import { todayGroups, type CollaborationLine, type ConsultationActionLine, type GrantReportLine, type RequestLine, type TodayGroup } from './today-groups.js';
import './today.css';

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

function RequestLines({ lines, day }: { lines: RequestLine[]; day: (iso: string) => string }) {
  const { t } = useTranslation(['today', 'taxonomy']);
  return lines.map((item) => (
    <li key={item.id}>
      <button type="button" className="link-button" onClick={() => goTo({ section: 'requests', view: { name: 'detail', id: item.id } })}>
        {t('line.requestOf', { community: item.communityName })}
      </button>{' '}
      <span className="muted">
        {t(`taxonomy:urgency.${item.urgency}`)}
        {item.deadline ? ` · ${t('line.deadline', { date: day(item.deadline) })}` : ''}
      </span>
    </li>
  ));
}

function GrantReportLines({ lines, day }: { lines: GrantReportLine[]; day: (iso: string) => string }) {
  const { t } = useTranslation('today');
  return lines.map((line) => (
    <li key={line.id}>
      <button type="button" className="link-button" onClick={() => goTo({ section: 'grants', view: { name: 'award', applicationId: line.applicationId } })}>
        {t('grantReports.line', { number: line.number, kind: t(`grantReports.kind.${line.kind}`), title: line.applicationTitle })}
      </button>{' '}
      <span className="muted">
        {line.communityName} · {t('grantReports.wasDue', { date: day(line.dueDate) })}
      </span>
    </li>
  ));
}

function ConsultationActionLines({ lines, day }: { lines: ConsultationActionLine[]; day: (iso: string) => string }) {
  const { t } = useTranslation('today');
  return lines.map((line) => (
    <li key={line.id}>
      <button type="button" className="link-button" onClick={() => goTo({ section: 'consultations', view: { name: 'detail', id: line.consultationId } })}>
        {line.text}
      </button>{' '}
      <span className="muted">
        {line.topic} · {t('consultationActions.owner', { owner: line.owner })} · {t('consultationActions.wasDue', { date: day(line.dueOn) })}
      </span>
    </li>
  ));
}

/** One group of the screen: its title, its empty text and its lines. */
function TodayGroupSection({ group, today, day }: { group: TodayGroup; today: Today; day: (iso: string) => string }) {
  const { t } = useTranslation('today');
  const id = `today-${group.id}`;
  const count = group.lines.length;
  switch (group.id) {
    case 'urgentRequests':
    case 'otherRequests': {
      const keys = group.id === 'urgentRequests' ? { title: 'requests.urgentTitle', empty: 'requests.urgentEmpty' } as const : { title: 'requests.otherTitle', empty: 'requests.otherEmpty' } as const;
      return (
        <Group id={id} title={t(keys.title)} count={count} empty={t(keys.empty)}>
          <RequestLines lines={group.lines} day={day} />
        </Group>
      );
    }
    case 'overdue':
      return (
        <Group id={id} title={t('overdue.title')} count={count} empty={t('overdue.empty')}>
          <CollaborationLines lines={group.lines} detail={(line) => t('line.followUpWas', { date: day(line.nextFollowUp ?? '') })} />
        </Group>
      );
    case 'grantReports':
      return (
        <Group id={id} title={t('grantReports.title')} count={count} empty={t('grantReports.empty')}>
          <GrantReportLines lines={group.lines} day={day} />
        </Group>
      );
    case 'consultationActions':
      return (
        <Group id={id} title={t('consultationActions.title')} count={count} empty={t('consultationActions.empty')}>
          <ConsultationActionLines lines={group.lines} day={day} />
        </Group>
      );
    case 'upcoming':
      return (
        <Group id={id} title={t('upcoming.title', { count: UPCOMING_DAYS })} count={count} empty={t('upcoming.empty', { count: UPCOMING_DAYS })}>
          <CollaborationLines lines={group.lines} detail={(line) => t('line.followUpOn', { date: day(line.nextFollowUp ?? '') })} />
        </Group>
      );
    case 'unacknowledged':
      return (
        <Group id={id} title={t('unacknowledged.title')} count={count} empty={t('unacknowledged.empty')}>
          <DeliveryLines lines={group.lines} />
        </Group>
      );
    case 'stalled':
      return (
        <Group id={id} title={t('stalled.title', { count: today.stalledDays })} count={count} empty={t('stalled.empty', { count: today.stalledDays })}>
          <CollaborationLines lines={group.lines} detail={(line) => t('line.lastMovement', { date: day(line.lastMovement) })} />
        </Group>
      );
  }
}

/** Nothing due at all, as in a new vault: what Today is for, and the first steps that will fill it. */
function NothingDue() {
  const { t } = useTranslation('today');
  return (
    <EmptyState
      id="today-empty"
      icon={Sun}
      title={t('emptyState.title')}
      purpose={t('emptyState.purpose')}
      actions={[
        { label: t('emptyState.addCollaborator'), onClick: () => goTo({ section: 'roster', view: { name: 'create' } }), primary: true },
        { label: t('emptyState.importCsv'), onClick: () => goTo({ section: 'roster', view: { name: 'importExport' } }) },
        { label: t('emptyState.addCommunity'), onClick: () => goTo({ section: 'communities', view: { name: 'create' } }) },
        { label: t('emptyState.exchangeCards'), onClick: () => goTo({ section: 'team' }) },
      ]}
    />
  );
}

export function TodayPage() {
  const { t, i18n } = useTranslation(['today', 'taxonomy']);
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const [today, setToday] = useState<Today | null>(null);
  const [grantReports, setGrantReports] = useState<GrantReportLine[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [reportsError, setReportsError] = useState<string | null>(null);
  const [consultationActions, setConsultationActions] = useState<OverdueAction[]>([]);
  const [actionsError, setActionsError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const language = i18n.language;
  const day = (iso: string) => formatDay(iso, language);

  useEffect(() => {
    let current = true;
    const epoch = storeEpoch();
    void Promise.all([
      request((api) => api.today.get({})),
      request((api) => api.grantAwards.overdueReports({})),
      request((api) => api.consultations.overdueActions({})),
    ]).then(([reply, reports, actions]) => {
      if (!current || epoch !== storeEpoch()) return;
      // Grant reports and consultation actions are read beside the rest: if they cannot be, Today still shows everything else.
      setGrantReports(reports.ok ? reports.value : []);
      setReportsError(reports.ok ? null : t('grantReports.failed', { reason: errorText(reports.error) }));
      setConsultationActions(actions.ok ? actions.value : []);
      setActionsError(actions.ok ? null : t('consultationActions.failed', { reason: errorText(actions.error) }));
      if (reply.ok) {
        setError(null);
        setToday(reply.value);
      } else setError(errorText(reply.error));
    });
    return () => {
      current = false;
    };
  }, [version, errorText, t]);
  const [saved, setSaved] = useState<string | null>(null);
  const onSaved = useCallback(
    (days: number) => {
      setSaved(t('stalled.daysSaved', { count: days }));
      setVersion((v) => v + 1);
    },
    [t],
  );
  const [ackSaved, setAckSaved] = useState<string | null>(null);
  const onAckSaved = useCallback(
    (days: number) => {
      setAckSaved(t('unacknowledged.daysSaved', { count: days }));
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
      <LiveMessage id="today-grant-reports-error" kind="alert" text={reportsError} />
      <LiveMessage id="today-consultation-actions-error" kind="alert" text={actionsError} />
      {today ? (
        <>
          {todayGroups(today, grantReports, consultationActions).every((group) => group.lines.length === 0) ? (
            <NothingDue />
          ) : (
            todayGroups(today, grantReports, consultationActions).map((group) => <TodayGroupSection key={group.id} group={group} today={today} day={day} />)
          )}
          <details className="today-settings">
            <summary>{t('stalled.settings', { count: today.stalledDays })}</summary>
            <DaysSettingForm
              key={today.stalledDays}
              id="stalled-days"
              days={today.stalledDays}
              schema={stalledDaysSchema}
              words={{ label: t('stalled.daysLabel'), hint: t('stalled.daysHint'), invalid: t('stalled.daysInvalid'), save: t('stalled.daysSave') }}
              save={(days) => request((api) => api.today.setStalledDays({ days }))}
              onSaved={onSaved}
            />
            <LiveMessage id="stalled-days-status" kind="status" tone="success" text={saved} />
          </details>
          <details className="today-settings">
            <summary>{t('unacknowledged.settings', { count: today.acknowledgementDays })}</summary>
            <DaysSettingForm
              key={today.acknowledgementDays}
              id="acknowledgement-days"
              days={today.acknowledgementDays}
              schema={acknowledgementDaysSchema}
              words={{ label: t('unacknowledged.daysLabel'), hint: t('stalled.daysHint'), invalid: t('stalled.daysInvalid'), save: t('unacknowledged.daysSave') }}
              save={(days) => request((api) => api.bundles.setAcknowledgementDays({ days }))}
              onSaved={onAckSaved}
            />
            <LiveMessage id="acknowledgement-days-status" kind="status" tone="success" text={ackSaved} />
          </details>
        </>
      ) : null}
    </div>
  );
}
