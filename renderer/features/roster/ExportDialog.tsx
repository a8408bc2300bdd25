// Export the roster's current search to a CSV file, optionally with the sensitive fields (unencrypted, and logged).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../app/cre.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useRoster } from './roster-store.js';

export function ExportDialog() {
  const { t } = useTranslation('import');
  const errorText = useErrorText();
  const [includeSensitive, setIncludeSensitive] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function exportNow(): Promise<void> {
    setStatus(null);
    setError(null);
    setBusy(true);
    // The same query the roster list shows, so the file holds what the user was looking at.
    const query = useRoster.getState().currentQuery();
    const reply = await request((api) => api.rosterIo.exportCsv({ query, includeSensitive }));
    setBusy(false);
    if (!reply.ok) setError(errorText(reply.error));
    else if (reply.value.saved) setStatus(t('export.done', { count: reply.value.rowCount }));
  }

  return (
    <section className="roster-stack" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('export.title')}</h2>
      <p className="hint">{t('export.intro')}</p>
      <div className="checkbox-field">
        <input
          id="export-sensitive"
          type="checkbox"
          checked={includeSensitive}
          onChange={(event) => setIncludeSensitive(event.target.checked)}
          aria-describedby={includeSensitive ? 'export-sensitive-warning' : undefined}
        />
        <label htmlFor="export-sensitive">{t('export.includeSensitive')}</label>
      </div>
      {includeSensitive ? (
        <p id="export-sensitive-warning" className="message message-error">
          {t('export.sensitiveWarning')}
        </p>
      ) : null}
      <p>
        <button type="button" className="button secondary" disabled={busy} onClick={() => void exportNow()}>
          {t('export.button')}
        </button>
      </p>
      <LiveMessage id="export-status" kind="status" tone="success" text={status} />
      <LiveMessage id="export-error" kind="alert" text={error} />
    </section>
  );
}
