// Recover: open the vault with the recovery key written at creation, and choose a new passphrase at the same time.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreErrorPayload } from '../../../common/contract/errors.js';
import { RECOVERY_KEY_LENGTH, formatRecoveryKey } from '../../../common/recovery-key-format.js';
import { request } from '../../app/cre.js';
import { useSession } from '../../app/session-store.js';
import { GuardedSubmit } from '../../ui/GuardedSubmit.js';
import { NewPassphraseFields } from '../../ui/NewPassphraseFields.js';
import { retryAfterMsOf } from '../../ui/retry.js';
import { RevealToggle } from '../../ui/RevealToggle.js';
import { TextField } from '../../ui/TextField.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { usePassphraseChoice } from '../../ui/use-passphrase-choice.js';
import { useRetryTimer } from '../../ui/use-retry-timer.js';
import { readRecoveryKeyInput } from './recovery-key-check.js';

export function RecoverPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const show = useSession((state) => state.show);
  // The typed recovery key is a secret: it stays in this form's state and is sent once to main.
  const [recoveryKey, setRecoveryKey] = useState('');
  const choice = usePassphraseChoice();
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CreErrorPayload | null>(null);
  const { remainingMs, wait } = useRetryTimer();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const waiting = remainingMs > 0;

  const keyInput = readRecoveryKeyInput(recoveryKey);
  let keyError: string | null = null;
  if (keyInput.problem === 'invalid') keyError = t('recover.keyInvalid');
  if (keyInput.problem === 'tooLong') keyError = t('recover.keyTooLong', { total: RECOVERY_KEY_LENGTH });
  const keyHint =
    keyInput.problem === 'incomplete'
      ? `${t('recover.keyHint')} ${t('recover.keyProgress', { typed: keyInput.count, total: RECOVERY_KEY_LENGTH })}`
      : t('recover.keyHint');
  let blocker: string | null = null;
  if (keyInput.normalized === null) blocker = t('recover.blockerKey');
  else if (choice.blocker !== null) blocker = t(`passphrase.blocker.${choice.blocker}`);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const normalized = keyInput.normalized;
    if (normalized === null || choice.blocker !== null || busy || waiting) return;
    setBusy(true);
    setError(null);
    const reply = await request((api) =>
      api.vault.recover({ recoveryKey: formatRecoveryKey(normalized), newPassphrase: choice.passphrase }),
    );
    setBusy(false);
    if (reply.ok) {
      setRecoveryKey('');
      choice.clear();
      show('home');
      return;
    }
    setError(reply.error);
    wait(retryAfterMsOf(reply.error));
  }

  const alertText = error && !(error.code === 'rate_limited' && waiting) ? errorText(error) : null;

  return (
    <section className="panel" aria-labelledby="recover-title">
      <h1 id="recover-title" ref={heading} tabIndex={-1}>
        {t('recover.title')}
      </h1>
      <p className="lead">{t('recover.intro')}</p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <TextField
          id="recover-key"
          label={t('recover.recoveryKey')}
          value={recoveryKey}
          onChange={setRecoveryKey}
          hint={keyHint}
          error={keyError}
          inputClassName="mono"
          maxLength={120}
        />
        <NewPassphraseFields
          idPrefix="recover"
          choice={choice}
          revealed={revealed}
          passphraseLabel={t('recover.newPassphrase')}
          confirmationLabel={t('recover.confirmation')}
        />
        <RevealToggle label={t('common.showPassphrases')} checked={revealed} onChange={setRevealed} />
        <GuardedSubmit
          idPrefix="recover"
          submitLabel={t('recover.submit')}
          alertText={alertText}
          statusText={busy ? t('recover.progress') : null}
          remainingMs={remainingMs}
          busy={busy}
          blocker={blocker}
        >
          <button type="button" className="button secondary" onClick={() => show('unlock')}>
            {t('recover.back')}
          </button>
        </GuardedSubmit>
      </form>
    </section>
  );
}
