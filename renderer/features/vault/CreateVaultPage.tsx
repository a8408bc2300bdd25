// The first screen: create the vault (who it is for — the network, or a reviewer for the exchange — and a strong
// passphrase with a live strength meter; main derives the key and writes the vault) beside the other way in, a sample
// vault to explore, both in view without scrolling.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../app/cre.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { NewPassphraseFields } from '../../ui/NewPassphraseFields.js';
import { loadPassphrasePolicy } from '../../ui/passphrase-policy-loader.js';
import { RevealToggle } from '../../ui/RevealToggle.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { usePassphraseChoice } from '../../ui/use-passphrase-choice.js';
import { ExploreSampleChoice } from '../sample/ExploreSampleChoice.js';
import './vault.css';

/** Who the vault is for: the network's work, or reviewing for the exchange (a vault in reviewer mode). */
const PURPOSES = ['network', 'reviewer'] as const;
type Purpose = (typeof PURPOSES)[number];
const PURPOSE_LABELS = { network: 'create.purposeNetwork', reviewer: 'create.purposeReviewer' } as const;

interface CreateVaultPageProps {
  /** Receives the recovery key main generated; never log it. */
  onCreated: (recoveryKey: string) => void;
}

export function CreateVaultPage({ onCreated }: CreateVaultPageProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const choice = usePassphraseChoice();
  const [revealed, setRevealed] = useState(false);
  const [purpose, setPurpose] = useState<Purpose>('network');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);

  useEffect(() => {
    // Start fetching the strength checker now, so the meter answers at the first keystroke.
    loadPassphrasePolicy().catch(() => undefined);
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (choice.blocker !== null || busy) return;
    setBusy(true);
    setError(null);
    const reply = await request((api) => api.vault.create({ passphrase: choice.passphrase, reviewer: purpose === 'reviewer' }));
    setBusy(false);
    if (!reply.ok) {
      setError(errorText(reply.error));
      return;
    }
    choice.clear();
    onCreated(reply.value.recoveryKey);
  }

  return (
    <div className="first-run">
      <section className="panel first-run-create" aria-labelledby="create-title">
        <h1 id="create-title" ref={heading} tabIndex={-1}>
          {t('create.title')}
        </h1>
        <p className="lead">{t('create.intro')}</p>
        <div className="callout">
          <h2>{t('create.whyTitle')}</h2>
          <p>{t('create.whyLong')}</p>
          <p>{t('create.noReset')}</p>
        </div>
        <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
          <fieldset className="first-run-purpose">
            <legend>{t('create.purposeLegend')}</legend>
            {PURPOSES.map((option) => (
              <div className="radio-field" key={option}>
                <input id={`create-purpose-${option}`} type="radio" name="create-purpose" value={option} checked={purpose === option} onChange={() => setPurpose(option)} />
                <label htmlFor={`create-purpose-${option}`}>{t(PURPOSE_LABELS[option])}</label>
              </div>
            ))}
          </fieldset>
          <NewPassphraseFields
            idPrefix="create"
            choice={choice}
            revealed={revealed}
            passphraseLabel={t('create.passphrase')}
            confirmationLabel={t('create.confirmation')}
          />
          <RevealToggle label={t('common.showPassphrases')} checked={revealed} onChange={setRevealed} />
          <LiveMessage id="create-error" kind="alert" text={error} />
          <LiveMessage id="create-progress" kind="status" text={busy ? t('create.progress') : null} />
          <div className="actions">
            <button type="submit" className="button primary" disabled={choice.blocker !== null}
              aria-disabled={busy || undefined}
              aria-describedby="create-blocker">
              {t('create.submit')}
            </button>
          </div>
          <p id="create-blocker" className="hint">
            {choice.blocker !== null ? t(`passphrase.blocker.${choice.blocker}`) : ''}
          </p>
        </form>
      </section>
      <ExploreSampleChoice />
    </div>
  );
}
