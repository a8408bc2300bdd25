// "Open a review packet…": main asks for the file, checks that it is sealed to this vault by a known sender, and opens
// it into the inbox; a bar while it reads, then what arrived or why it was refused (nothing kept).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { formatDateTime, formatNumber } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { JobProgress } from '../bundles/JobProgress.js';
import { useBundleProgress } from '../bundles/use-bundle-progress.js';
import { useInbox } from './inbox-store.js';

export function OpenPacketPanel() {
  const { t, i18n } = useTranslation('inbox');
  const errorText = useErrorText();
  const lastImport = useInbox((state) => state.lastImport);
  const [token, setToken] = useState<string | null>(null);
  const progress = useBundleProgress(token);

  async function openPacket(): Promise<void> {
    const store = useInbox.getState();
    store.setLastImport(null);
    const started = crypto.randomUUID();
    setToken(started);
    const epoch = storeEpoch();
    const reply = await request((api) => api.reviewInbox.importPacket({ token: started }));
    if (epoch !== storeEpoch()) return;
    setToken(null);
    if (!reply.ok) store.setLastImport({ kind: 'refused', error: reply.error });
    else store.setLastImport(reply.value === null ? { kind: 'cancelled' } : { kind: 'opened', report: reply.value });
    if (reply.ok && reply.value !== null) await store.load();
  }

  const report = lastImport?.kind === 'opened' ? lastImport.report : null;
  const opened = report
    ? t('open.opened', {
        title: report.title,
        name: report.senderName,
        applications: formatNumber(report.applications, i18n.language),
        questions: formatNumber(report.questions, i18n.language),
        expires: formatDateTime(report.expiresAt, i18n.language),
      })
    : null;
  return (
    <section className="card inbox-open" aria-labelledby="inbox-open-title">
      <h2 id="inbox-open-title">{t('open.title')}</h2>
      <p className="hint">{t('open.intro')}</p>
      <div className="actions">
        <button type="button" className="button primary" aria-disabled={token !== null || undefined} onClick={() => token === null && void openPacket()}>
          {t('open.button')}
        </button>
        {report ? (
          <button type="button" className="button secondary" onClick={() => useInbox.getState().open({ name: 'packet', packetId: report.packetId })}>
            {t('open.show', { title: report.title })}
          </button>
        ) : null}
      </div>
      <div role="status" className="live-region">
        {token !== null ? <JobProgress id="inbox-open-progress" label={t('open.reading')} progress={progress} percentText={(percent) => t('open.percent', { percent })} /> : null}
      </div>
      <LiveMessage id="inbox-open-status" kind="status" tone={lastImport?.kind === 'cancelled' ? 'info' : 'success'} text={opened ?? (lastImport?.kind === 'cancelled' ? t('open.cancelled') : null)} />
      <div id="inbox-open-error" role="alert" className="live-region">
        {lastImport?.kind === 'refused' ? (
          <div className="message message-error">
            <p className="inbox-refused-title">{t('open.refused')}</p>
            <p>{errorText(lastImport.error)}</p>
          </div>
        ) : null}
      </div>
    </section>
  );
}
