// Change passphrase: the current one, a new one judged by the strength meter, and its confirmation.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreErrorPayload } from '../../../common/contract/errors.js';
import { request } from '../../app/cre.js';
import { GuardedSubmit } from '../../ui/GuardedSubmit.js';
import { NewPassphraseFields } from '../../ui/NewPassphraseFields.js';
import { PasswordField } from '../../ui/PasswordField.js';
import { retryAfterMsOf } from '../../ui/retry.js';
import { RevealToggle } from '../../ui/RevealToggle.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { usePassphraseChoice } from '../../ui/use-passphrase-choice.js';
import { useRetryTimer } from '../../ui/use-retry-timer.js';
import { useSettings } from './settings-store.js';

export function ChangePassphraseSection() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const refreshActivity = useSettings((state) => state.refreshActivity);
  // Passphrases stay in this form's state only, and are cleared once main has them.
  const [current, setCurrent] = useState('');
  const choice = usePassphraseChoice();
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CreErrorPayload | null>(null);
  const [changed, setChanged] = useState(false);
  const { remainingMs, wait } = useRetryTimer();
  const waiting = remainingMs > 0;
  const currentField = useRef<HTMLInputElement>(null);

  const blocker =
    current === ''
      ? t('changePassphrase.blockerCurrent')
      : choice.blocker !== null
        ? t(`passphrase.blocker.${choice.blocker}`)
        : choice.passphrase === current
          ? t('changePassphrase.blockerSame')
          : null;

  function edit(setter: (value: string) => void): (value: string) => void {
    return (value) => {
      setChanged(false);
      setter(value);
    };
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (blocker !== null || busy || waiting) return;
    setBusy(true);
    setError(null);
    setChanged(false);
    const reply = await request((api) =>
      api.vault.changePassphrase({ currentPassphrase: current, newPassphrase: choice.passphrase }),
    );
    setBusy(false);
    if (!reply.ok) {
      setError(reply.error);
      wait(retryAfterMsOf(reply.error));
      if (reply.error.code === 'wrong_passphrase') currentField.current?.select();
      currentField.current?.focus();
      return;
    }
    setCurrent('');
    choice.clear();
    setChanged(true);
    // The button is disabled again now that the form is empty; keep focus in the form rather than losing it.
    currentField.current?.focus();
    await refreshActivity();
  }

  const alertText = error && !(error.code === 'rate_limited' && waiting) ? errorText(error) : null;

  return (
    <section className="card" aria-labelledby="change-title">
      <h2 id="change-title">{t('changePassphrase.title')}</h2>
      <p className="hint">{t('changePassphrase.intro')}</p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <PasswordField
          id="change-current"
          label={t('changePassphrase.current')}
          value={current}
          onChange={edit(setCurrent)}
          revealed={revealed}
          autoComplete="current-password"
          inputRef={currentField}
          invalid={error?.code === 'wrong_passphrase'}
          describedBy={alertText ? 'change-error' : undefined}
        />
        <NewPassphraseFields
          idPrefix="change"
          choice={{ ...choice, setPassphrase: edit(choice.setPassphrase), setConfirmation: edit(choice.setConfirmation) }}
          revealed={revealed}
          passphraseLabel={t('changePassphrase.new')}
          confirmationLabel={t('changePassphrase.confirmation')}
        />
        <RevealToggle label={t('common.showPassphrases')} checked={revealed} onChange={setRevealed} />
        <GuardedSubmit
          idPrefix="change"
          submitLabel={t('changePassphrase.submit')}
          alertText={alertText}
          statusText={busy ? t('changePassphrase.progress') : changed ? t('changePassphrase.done') : null}
          statusTone={changed ? 'success' : 'info'}
          remainingMs={remainingMs}
          busy={busy}
          blocker={blocker}
        />
      </form>
    </section>
  );
}
