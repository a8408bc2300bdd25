// Verify vault: runs SQLCipher's integrity check and the audit-trail hash chain check, and says what they found.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { formatNumber } from '../../ui/format.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useSettings } from './settings-store.js';

export function VerifySection() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const report = useSettings((state) => state.verifyReport);
  const verify = useSettings((state) => state.verify);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(): Promise<void> {
    if (busy) return;
    setBusy(true);
    setError(null);
    const reply = await verify();
    setBusy(false);
    if (!reply.ok) setError(errorText(reply.error));
  }

  const audit = report?.audit;
  const auditText = !audit
    ? ''
    : audit.ok
      ? t('verify.auditOk', { entries: formatNumber(audit.entries, i18n.language) })
      : audit.firstBrokenSeq !== null
        ? t('verify.auditBroken', { seq: audit.firstBrokenSeq })
        : t('verify.auditBad');

  return (
    <section className="card" aria-labelledby="verify-title">
      <h2 id="verify-title">{t('verify.title')}</h2>
      <p className="hint">{t('verify.intro')}</p>
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => void run()} aria-disabled={busy || undefined}>
          {t('verify.submit')}
        </button>
      </div>
      <LiveMessage id="verify-progress" kind="status" text={busy ? t('verify.progress') : null} />
      <LiveMessage id="verify-error" kind="alert" text={error} />
      <div role="status" className="live-region">
        {report && !busy ? (
          <ul className="results">
            <li className={report.integrity.ok ? 'result ok' : 'result bad'}>
              {report.integrity.ok ? t('verify.integrityOk') : t('verify.integrityBad')}
              {report.integrity.problems.length > 0 ? (
                <ul className="problems">
                  {report.integrity.problems.map((problem, index) => (
                    <li key={index} className="mono">
                      {problem}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
            <li className={report.audit.ok ? 'result ok' : 'result bad'}>{auditText}</li>
          </ul>
        ) : null}
      </div>
    </section>
  );
}
