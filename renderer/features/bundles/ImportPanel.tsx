// "Open bundle…": main shows the open dialog, checks the whole file, then imports it; progress, then what was written or why it was refused.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { formatNumber } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { totalRecords } from './bundle-format.js';
import { useBundles } from './bundles-store.js';
import { CountsTable } from './CountsTable.js';
import { JobProgress } from './JobProgress.js';
import { useBundleProgress } from './use-bundle-progress.js';
import { useBundleWords } from './use-bundle-words.js';

export function ImportPanel() {
  const { t, i18n } = useTranslation('bundles');
  const { refusalText } = useBundleWords();
  const lastImport = useBundles((state) => state.lastImport);
  const [token, setToken] = useState<string | null>(null);
  const progress = useBundleProgress(token);

  async function openBundle(): Promise<void> {
    const store = useBundles.getState();
    store.setLastImport(null);
    const started = crypto.randomUUID();
    setToken(started);
    const epoch = storeEpoch();
    const reply = await request((api) => api.bundles.import({ token: started }));
    if (epoch !== storeEpoch()) return;
    setToken(null);
    if (!reply.ok) store.setLastImport({ kind: 'refused', error: reply.error });
    else store.setLastImport(reply.value === null ? { kind: 'cancelled' } : { kind: 'imported', report: reply.value });
    if (reply.ok && reply.value === null) return;
    await Promise.all([store.loadHistory(), store.loadConflicts(false)]);
  }

  const report = lastImport?.kind === 'imported' ? lastImport.report : null;
  const written = report === null ? 0 : totalRecords({ records: report.applied });
  const imported = report ? t('import.imported', { name: report.sender.displayName, count: written, formatted: formatNumber(written, i18n.language) }) : null;
  return (
    <section className="card bundle-receive" aria-labelledby="bundle-receive-title">
      <h2 id="bundle-receive-title">{t('actions.receive')}</h2>
      <p className="hint">{t('actions.receiveIntro')}</p>
      <div className="actions">
        <button type="button" className="button primary" aria-disabled={token !== null || undefined} onClick={() => token === null && void openBundle()}>
          {t('actions.open')}
        </button>
      </div>
      <div role="status" className="live-region">
        {token !== null ? <JobProgress id="bundle-import-progress" label={t('import.reading')} progress={progress} percentText={(percent) => t('import.percent', { percent })} /> : null}
      </div>
      <LiveMessage id="bundle-import-status" kind="status" tone={lastImport?.kind === 'cancelled' ? 'info' : 'success'} text={imported ?? (lastImport?.kind === 'cancelled' ? t('import.cancelled') : null)} />
      <div id="bundle-import-error" role="alert" className="live-region">
        {lastImport?.kind === 'refused' ? (
          <div className="message message-error">
            <p className="bundle-refused-title">{t('import.refused')}</p>
            <p>{refusalText(lastImport.error)}</p>
          </div>
        ) : null}
      </div>
      {report !== null && written > 0 ? <CountsTable className="bundle-applied" caption={t('import.appliedCaption')} counts={report.applied} /> : null}
      {report !== null && report.conflicts > 0 ? (
        <div className="message message-warning bundle-conflicts-notice">
          <p>{t('import.conflicts', { count: report.conflicts, formatted: formatNumber(report.conflicts, i18n.language), name: report.sender.displayName })}</p>
          <button type="button" className="button secondary small" onClick={() => useBundles.getState().open({ name: 'conflicts', resolved: false })}>
            {t('import.reviewConflicts')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
