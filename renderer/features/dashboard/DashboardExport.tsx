// Exporting the figures of the chosen period: as CSV, or as a printed report saved as PDF (which takes a moment).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useDashboard } from './dashboard-store.js';

type Busy = 'csv' | 'print' | null;

export function DashboardExport() {
  const { t } = useTranslation('dashboard');
  const errorText = useErrorText();
  const [busy, setBusy] = useState<Busy>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(kind: Exclude<Busy, null>) {
    setBusy(kind);
    setError(null);
    setStatus(kind === 'print' ? t('export.printing') : null);
    const { exportCsv, printReport } = useDashboard.getState();
    const reply = await (kind === 'csv' ? exportCsv() : printReport());
    setBusy(null);
    if (!reply.ok) {
      setStatus(null);
      setError(errorText(reply.error));
    } else {
      setStatus(reply.value.saved ? t(kind === 'csv' ? 'export.csvSaved' : 'export.printSaved') : null);
    }
  }

  return (
    <section className="dashboard-export" aria-labelledby="dashboard-export-title">
      <h2 id="dashboard-export-title">{t('export.title')}</h2>
      <div className="actions">
        <button type="button" className="button secondary" disabled={busy !== null} onClick={() => void run('csv')}>
          {t('export.csv')}
        </button>
        <button type="button" className="button secondary" disabled={busy !== null} aria-busy={busy === 'print'} onClick={() => void run('print')}>
          {t('export.print')}
        </button>
      </div>
      <LiveMessage id="dashboard-export-status" kind="status" tone={busy === null ? 'success' : 'info'} text={status} />
      <LiveMessage id="dashboard-export-error" kind="alert" text={error} />
    </section>
  );
}
