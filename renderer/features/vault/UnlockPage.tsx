// Unlock: the passphrase, a countdown when main is making the user wait after failures, and the way to recovery.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreErrorPayload } from '../../../common/contract/errors.js';
import { request } from '../../app/cre.js';
import { useSession } from '../../app/session-store.js';
import { describedBy } from '../../ui/ids.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { PasswordField } from '../../ui/PasswordField.js';
import { RetryNotice } from '../../ui/RetryNotice.js';
import { failuresOf, retryAfterMsOf } from '../../ui/retry.js';
import { RevealToggle } from '../../ui/RevealToggle.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { useRetryTimer } from '../../ui/use-retry-timer.js';
import { LockNoteText } from './LockNoteText.js';

export function UnlockPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const lockNote = useSession((state) => state.lockNote);
  const show = useSession((state) => state.show);
  const [passphrase, setPassphrase] = useState('');
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CreErrorPayload | null>(null);
  const [emptyTried, setEmptyTried] = useState(false);
  const [failures, setFailures] = useState(0);
  const { remainingMs, wait } = useRetryTimer();
  const field = useRef<HTMLInputElement>(null);
  useFocusOnMount(field);
  const waiting = remainingMs > 0;

  useEffect(() => {
    let current = true;
    void request((api) => api.vault.status()).then((reply) => {
      if (!current || !reply.ok) return;
      setFailures(reply.value.backoff.failures);
      wait(reply.value.backoff.retryAfterMs);
    });
    return () => {
      current = false;
    };
  }, [wait]);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (busy || waiting) return;
    if (passphrase === '') {
      setEmptyTried(true);
      field.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    setEmptyTried(false);
    const reply = await request((api) => api.vault.unlock({ passphrase }));
    setBusy(false);
    if (reply.ok) {
      setPassphrase('');
      show('home');
      return;
    }
    setError(reply.error);
    const count = failuresOf(reply.error);
    if (count !== null) setFailures(count);
    wait(retryAfterMsOf(reply.error));
    field.current?.select();
    field.current?.focus();
  }

  // While the countdown runs it says everything a rate_limited error would.
  const alertText = emptyTried
    ? t('unlock.empty')
    : error && !(error.code === 'rate_limited' && waiting)
      ? errorText(error)
      : null;

  return (
    <section className="panel" aria-labelledby="unlock-title">
      <h1 id="unlock-title">{t('unlock.title')}</h1>
      {lockNote ? <LockNoteText id="unlock-note" note={lockNote} /> : null}
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <PasswordField
          id="unlock-passphrase"
          label={t('unlock.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
          revealed={revealed}
          autoComplete="current-password"
          inputRef={field}
          invalid={alertText !== null}
          describedBy={describedBy(lockNote && 'unlock-note', alertText && 'unlock-error')}
        />
        <RevealToggle label={t('common.showPassphrase')} checked={revealed} onChange={setRevealed} />
        <LiveMessage id="unlock-error" kind="alert" text={alertText} />
        <LiveMessage id="unlock-progress" kind="status" text={busy ? t('unlock.progress') : null} />
        <RetryNotice id="unlock-wait" remainingMs={remainingMs} />
        {failures > 0 ? <p className="hint">{t('unlock.failures', { number: failures })}</p> : null}
        <div className="actions">
          <button type="submit" className="button primary" disabled={waiting}
            aria-disabled={busy || undefined}
            aria-describedby={waiting ? 'unlock-wait' : undefined}>
            {t('unlock.submit')}
          </button>
        </div>
      </form>
      <p className="alternative">
        {t('unlock.forgot')}{' '}
        <button type="button" className="link-button" onClick={() => show('recover')}>
          {t('unlock.useRecoveryKey')}
        </button>
      </p>
    </section>
  );
}
