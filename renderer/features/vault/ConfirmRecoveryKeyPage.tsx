// Asks for two randomly chosen groups of the recovery key, to prove the paper copy is right before it disappears.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { TextField } from '../../ui/TextField.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { groupMatches } from './recovery-key-check.js';

interface ConfirmRecoveryKeyPageProps {
  groups: readonly string[];
  /** The two group positions (0-based) the user must type. */
  asked: readonly [number, number];
  onShowAgain: () => void;
  onConfirmed: () => void;
}

export function ConfirmRecoveryKeyPage({ groups, asked, onShowAgain, onConfirmed }: ConfirmRecoveryKeyPageProps) {
  const { t } = useTranslation();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const [firstIndex, secondIndex] = asked;

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (first.trim() === '' || second.trim() === '') {
      setError(t('confirmKey.bothRequired'));
      return;
    }
    if (groupMatches(groups, firstIndex, first) && groupMatches(groups, secondIndex, second)) {
      onConfirmed();
      return;
    }
    setError(t('confirmKey.mismatch'));
  }

  return (
    <section className="panel" aria-labelledby="confirm-key-title">
      <h1 id="confirm-key-title" ref={heading} tabIndex={-1}>
        {t('confirmKey.title')}
      </h1>
      <p className="lead">{t('confirmKey.intro', { first: firstIndex + 1, second: secondIndex + 1 })}</p>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field-row">
          <TextField
            id="confirm-key-first"
            label={t('recoveryKey.group', { number: firstIndex + 1 })}
            value={first}
            onChange={setFirst}
            inputClassName="mono"
            maxLength={12}
            describedBy={error ? 'confirm-key-error' : undefined}
            invalid={error !== null}
          />
          <TextField
            id="confirm-key-second"
            label={t('recoveryKey.group', { number: secondIndex + 1 })}
            value={second}
            onChange={setSecond}
            inputClassName="mono"
            maxLength={12}
            describedBy={error ? 'confirm-key-error' : undefined}
            invalid={error !== null}
          />
        </div>
        <LiveMessage id="confirm-key-error" kind="alert" text={error} />
        <div className="actions">
          <button type="submit" className="button primary">
            {t('confirmKey.submit')}
          </button>
          <button type="button" className="button secondary" onClick={onShowAgain}>
            {t('confirmKey.showAgain')}
          </button>
        </div>
      </form>
    </section>
  );
}
