// "Import a return…": main shows the open dialog, checks the whole file, then imports it in one transaction; progress
// while it reads, then what the member's return brought or why it was refused (nothing written then).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { formatNumber } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { JobProgress } from '../bundles/JobProgress.js';
import { useBundleProgress } from '../bundles/use-bundle-progress.js';
import { useReviews } from './reviews-store.js';
import { useReviewWords } from './use-review-words.js';

function ImportedReport() {
  const { t, i18n } = useTranslation('review');
  const lastImport = useReviews((state) => state.lastImport);
  if (lastImport?.kind !== 'imported') return null;
  const { report } = lastImport;
  const count = (value: number) => ({ count: value, formatted: formatNumber(value, i18n.language) });
  return (
    <div className="review-import-report">
      <ul>
        <li>{t('import.declarations', count(report.declarations))}</li>
        {report.conflicts > 0 ? <li>{t('import.conflicts', count(report.conflicts))}</li> : null}
        <li>{t('import.scores', count(report.scores))}</li>
        <li>{t('import.answers', count(report.answers))}</li>
        <li>{report.advice ? t('import.advice') : t('import.noAdvice')}</li>
      </ul>
      <div className="actions">
        <button type="button" className="button secondary small" onClick={() => useReviews.getState().open({ name: 'packet', id: report.packetId })}>
          {t('import.openPacket')}
          <span className="visually-hidden"> {report.title}</span>
        </button>
      </div>
    </div>
  );
}

export function ReturnImportPanel() {
  const { t } = useTranslation('review');
  const { refusalText } = useReviewWords();
  const lastImport = useReviews((state) => state.lastImport);
  const [token, setToken] = useState<string | null>(null);
  const progress = useBundleProgress(token);

  async function importReturn(): Promise<void> {
    const store = useReviews.getState();
    store.setLastImport(null);
    const started = crypto.randomUUID();
    setToken(started);
    const epoch = storeEpoch();
    const reply = await request((api) => api.reviewPackets.importReturn({ token: started }));
    if (epoch !== storeEpoch()) return;
    setToken(null);
    if (!reply.ok) return store.setLastImport({ kind: 'refused', error: reply.error });
    store.setLastImport(reply.value === null ? { kind: 'cancelled' } : { kind: 'imported', report: reply.value });
    if (reply.value !== null) await store.loadPackets();
  }

  const report = lastImport?.kind === 'imported' ? lastImport.report : null;
  const statusText = report ? t('import.imported', { name: report.memberName, title: report.title }) : lastImport?.kind === 'cancelled' ? t('import.cancelled') : null;
  return (
    <section className="card review-receive" aria-labelledby="review-receive-title">
      <h2 id="review-receive-title">{t('import.title')}</h2>
      <p className="hint">{t('import.intro')}</p>
      <div className="actions">
        <button type="button" className="button secondary" aria-disabled={token !== null || undefined} onClick={() => token === null && void importReturn()}>
          {t('import.action')}
        </button>
      </div>
      <div role="status" className="live-region">
        {token !== null ? <JobProgress id="review-import-progress" label={t('import.reading')} progress={progress} percentText={(percent) => t('percent', { percent })} /> : null}
      </div>
      <LiveMessage id="review-import-status" kind="status" tone={lastImport?.kind === 'cancelled' ? 'info' : 'success'} text={statusText} />
      <div id="review-import-error" role="alert" className="live-region">
        {lastImport?.kind === 'refused' ? (
          <div className="message message-error">
            <p className="review-refused-title">{t('import.refused')}</p>
            <p>{refusalText(lastImport.error)}</p>
          </div>
        ) : null}
      </div>
      <ImportedReport />
    </section>
  );
}
