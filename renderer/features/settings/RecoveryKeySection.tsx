// Recovery key: when the current key was made, whether it was confirmed, and making a new one with the current passphrase.
import { useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreErrorPayload } from '../../../common/contract/errors.js';
import { request } from '../../app/cre.js';
import { GuardedSubmit } from '../../ui/GuardedSubmit.js';
import { formatDateTime } from '../../ui/format.js';
import { PasswordField } from '../../ui/PasswordField.js';
import { retryAfterMsOf } from '../../ui/retry.js';
import { RevealToggle } from '../../ui/RevealToggle.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useRetryTimer } from '../../ui/use-retry-timer.js';
import { useSettings } from './settings-store.js';

interface RecoveryKeySectionProps {
  /** The passphrase field, which the not-confirmed warning at the top of Home moves focus to. */
  fieldRef: RefObject<HTMLInputElement | null>;
  /** Receives the new key main made; never log it. The old key already stopped working. */
  onReplaced: (recoveryKey: string) => void;
}

function KeyState() {
  const { t, i18n } = useTranslation();
  const state = useSettings((s) => s.recoveryKey);
  if (state === null) return <p className="hint">{t('common.loading')}</p>;
  return (
    <dl className="details key-state">
      <dt>{t('newRecoveryKey.created')}</dt>
      <dd>{formatDateTime(state.createdAt, i18n.language, 'long')}</dd>
      <dt>{t('newRecoveryKey.status')}</dt>
      <dd className={state.confirmed ? undefined : 'attention'}>
        {state.confirmed ? t('newRecoveryKey.confirmed') : t('newRecoveryKey.notConfirmed')}
      </dd>
    </dl>
  );
}

export function RecoveryKeySection({ fieldRef, onReplaced }: RecoveryKeySectionProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  // The passphrase stays in this form's state only, and is cleared once main has it.
  const [passphrase, setPassphrase] = useState('');
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CreErrorPayload | null>(null);
  const { remainingMs, wait } = useRetryTimer();
  const waiting = remainingMs > 0;
  const blocker = passphrase === '' ? t('newRecoveryKey.blocker') : null;

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (blocker !== null || busy || waiting) return;
    setBusy(true);
    setError(null);
    const reply = await request((api) => api.vault.replaceRecoveryKey({ currentPassphrase: passphrase }));
    setBusy(false);
    if (!reply.ok) {
      setError(reply.error);
      wait(retryAfterMsOf(reply.error));
      if (reply.error.code === 'wrong_passphrase') fieldRef.current?.select();
      fieldRef.current?.focus();
      return;
    }
    setPassphrase('');
    onReplaced(reply.value.recoveryKey);
  }

  const alertText = error && !(error.code === 'rate_limited' && waiting) ? errorText(error) : null;

  return (
    <section className="card" aria-labelledby="new-key-title">
      <h2 id="new-key-title">{t('newRecoveryKey.title')}</h2>
      <KeyState />
      <p className="hint">{t('newRecoveryKey.intro')}</p>
      <p id="new-key-old-stops" className="hint">
        {t('newRecoveryKey.oldStops')}
      </p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <PasswordField
          id="new-key-passphrase"
          label={t('newRecoveryKey.passphrase')}
          hint={t('newRecoveryKey.passphraseHint')}
          value={passphrase}
          onChange={(value) => {
            setError(null);
            setPassphrase(value);
          }}
          revealed={revealed}
          autoComplete="current-password"
          inputRef={fieldRef}
          invalid={error?.code === 'wrong_passphrase'}
          describedBy={alertText ? 'new-key-error' : undefined}
        />
        <RevealToggle label={t('common.showPassphrase')} checked={revealed} onChange={setRevealed} />
        <GuardedSubmit
          idPrefix="new-key"
          submitLabel={t('newRecoveryKey.submit')}
          alertText={alertText}
          statusText={busy ? t('newRecoveryKey.progress') : null}
          remainingMs={remainingMs}
          busy={busy}
          blocker={blocker}
          describedBy="new-key-old-stops"
        />
      </form>
    </section>
  );
}
