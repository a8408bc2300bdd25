// The grants dashboard: per call, region and strategy area, and in total per currency, how many applications were
// received, approved, declined, waitlisted and awarded; the sums requested, awarded and disbursed; the median days from
// application to decision; and the share of awards paid to communities directly. Export as CSV, or save as PDF.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GrantGroup } from '../../../../common/grants/grants-dashboard.schema.js';
import { request } from '../../../app/cre.js';
import { storeEpoch } from '../../../app/store-reset.js';
import { formatCurrency, formatDateTime, formatNumber } from '../../../ui/format.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { useErrorText } from '../../../ui/use-error-text.js';
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.js';
import { useLoaded } from '../../../ui/use-loaded.js';
import { formatDays, formatShare, taxonomyKeyOf, type GroupKind } from './grants-dashboard-format.js';
import './grants-dashboard.css';

const COUNTS = ['applications', 'approved', 'declined', 'waitlisted', 'awards'] as const;
const SUMS = ['requested', 'awarded', 'disbursed'] as const;

function FiguresTable({ kind, title, groups }: { kind: GroupKind; title: string; groups: readonly GrantGroup[] }) {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'grantsDashboard' });
  const { t: tx } = useTranslation('taxonomy');
  const language = i18n.language;
  const id = `grants-dashboard-${kind}`;
  const labelOf = (group: GrantGroup) => {
    if (kind === 'total') return t('allCalls');
    const key = taxonomyKeyOf(kind, group);
    return key === null ? group.label : tx(key);
  };
  return (
    <section className="card grants-dashboard-table" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {groups.length === 0 ? (
        <p className="hint">{t('noneYet')}</p>
      ) : (
        // A wide table scrolls sideways inside its own box, which the keyboard can reach and scroll.
        <div className="table-scroll" role="region" tabIndex={0} aria-label={t('scrollLabel', { title })}>
          <table className="activity figures">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t(`group.${kind}`)}</th>
                <th scope="col">{t('column.currency')}</th>
                {[...COUNTS, ...SUMS].map((column) => (
                  <th key={column} scope="col" className="number">
                    {t(`column.${column}`)}
                  </th>
                ))}
                <th scope="col" className="number">
                  {t('column.medianDays')}
                </th>
                <th scope="col" className="number">
                  {t('column.directShare')}
                </th>
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => (
                <tr key={`${group.key}-${group.currency}`}>
                  <th scope="row">{labelOf(group)}</th>
                  <td>{group.currency}</td>
                  {COUNTS.map((column) => (
                    <td key={column} className="number">
                      {formatNumber(group.figures[column], language)}
                    </td>
                  ))}
                  {SUMS.map((column) => (
                    <td key={column} className="number">
                      {formatCurrency(group.figures[column], group.currency, language)}
                    </td>
                  ))}
                  <td className="number">{formatDays(group.figures.medianDaysToDecision, language)}</td>
                  <td className="number">{formatShare(group.figures.directShare, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

type Busy = 'csv' | 'print' | null;

function DashboardExport() {
  const { t } = useTranslation('grants', { keyPrefix: 'grantsDashboard' });
  const errorText = useErrorText();
  const [busy, setBusy] = useState<Busy>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(kind: Exclude<Busy, null>): Promise<void> {
    setBusy(kind);
    setError(null);
    setStatus(kind === 'print' ? t('export.printing') : null);
    const epoch = storeEpoch();
    const reply = await request((api) => (kind === 'csv' ? api.grantDashboard.exportCsv({}) : api.grantDashboard.printReport({})));
    if (epoch !== storeEpoch()) return;
    setBusy(null);
    if (!reply.ok) {
      setStatus(null);
      setError(errorText(reply.error));
    } else setStatus(reply.value.saved ? t(kind === 'csv' ? 'export.csvSaved' : 'export.printSaved') : null);
  }

  return (
    <section className="grants-dashboard-export" aria-labelledby="grants-dashboard-export-title">
      <h2 id="grants-dashboard-export-title" className="visually-hidden">
        {t('export.title')}
      </h2>
      <div className="actions">
        <button type="button" className="button secondary" disabled={busy !== null} onClick={() => void run('csv')}>
          {t('export.csv')}
        </button>
        <button type="button" className="button secondary" disabled={busy !== null} aria-busy={busy === 'print'} onClick={() => void run('print')}>
          {t('export.print')}
        </button>
      </div>
      <LiveMessage id="grants-dashboard-export-status" kind="status" tone={busy === null ? 'success' : 'info'} text={status} />
      <LiveMessage id="grants-dashboard-export-error" kind="alert" text={error} />
    </section>
  );
}

export function GrantsDashboardPage() {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'grantsDashboard' });
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const figures = useLoaded(() => request((api) => api.grantDashboard.get({})), 'grants-dashboard');

  return (
    <div className="roster-stack grants-dashboard">
      <div className="roster-head">
        <h1 ref={heading} tabIndex={-1}>
          {t('title')}
        </h1>
      </div>
      <p className="lead">{t('intro')}</p>
      <DashboardExport />
      <LiveMessage id="grants-dashboard-error" kind="alert" text={figures.state === 'failed' ? errorText(figures.error) : null} />
      <p role="status" className="result-count">
        {figures.state === 'loading' ? t('loading') : figures.state === 'ready' ? t('generated', { moment: formatDateTime(figures.value.generatedAt, i18n.language) }) : null}
      </p>
      {figures.state === 'ready' ? (
        <>
          <FiguresTable kind="total" title={t('totals')} groups={figures.value.totals} />
          <FiguresTable kind="call" title={t('byCall')} groups={figures.value.byCall} />
          <FiguresTable kind="region" title={t('byRegion')} groups={figures.value.byRegion} />
          <FiguresTable kind="strategyArea" title={t('byStrategyArea')} groups={figures.value.byStrategyArea} />
          <section className="grants-dashboard-notes" aria-labelledby="grants-dashboard-notes-title">
            <h2 id="grants-dashboard-notes-title">{t('definitions.title')}</h2>
            <ul>
              <li>{t('definitions.sums')}</li>
              <li>{t('definitions.days')}</li>
              <li>{t('definitions.direct')}</li>
              <li>{t('definitions.areas')}</li>
            </ul>
          </section>
        </>
      ) : null}
    </div>
  );
}
