// Home's section for a sample vault: its public passphrase, and discarding it (after a confirmation) to start for real.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../app/cre.js';
import { start } from '../../app/start.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useSample } from './sample-store.js';
import './sample.css';

export function DiscardSampleSection() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const status = useSample((state) => state.status);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmText = useRef<HTMLParagraphElement>(null);
  const discardButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Focus follows the step: to the question when it opens, back to the button when it is cancelled.
  useEffect(() => {
    if (confirming) confirmText.current?.focus();
    else if (wasConfirming.current) discardButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (!status?.isSample) return null;

  async function discard(): Promise<void> {
    if (busy) return;
    setBusy(true);
    setError(null);
    const reply = await request((api) => api.sample.discard({}));
    if (!reply.ok) {
      setBusy(false);
      setError(errorText(reply.error));
      return;
    }
    // The folder is empty now: start over, which shows the first-run screen.
    await start();
  }

  return (
    <section className="card sample-section" aria-labelledby="sample-section-title" aria-busy={busy}>
      <h2 id="sample-section-title">{t('sample.sectionTitle')}</h2>
      <p>{t('sample.sectionIntro')}</p>
      {status.passphrase !== null ? (
        <p className="sample-passphrase">
          {t('sample.passphraseLabel')} <code>{status.passphrase}</code>
        </p>
      ) : null}
      {confirming ? (
        <div className="sample-confirm">
          <p ref={confirmText} tabIndex={-1} id="sample-confirm-text">
            {t('sample.confirm')}
          </p>
          <div className="actions">
            <button type="button" className="button danger" onClick={() => void discard()} aria-describedby="sample-confirm-text"
              aria-disabled={busy || undefined}>
              {t('sample.confirmDiscard')}
            </button>
            <button type="button" className="button secondary" onClick={() => setConfirming(false)} disabled={busy}>
              {t('sample.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button ref={discardButton} type="button" className="button secondary" onClick={() => setConfirming(true)}>
            {t('sample.discard')}
          </button>
        </div>
      )}
      <LiveMessage id="sample-discard-error" kind="alert" text={error} />
      <LiveMessage id="sample-discard-progress" kind="status" text={busy ? t('sample.discarding') : null} />
    </section>
  );
}
