// The "new passphrase" and "confirm" pair with its strength meter, shared by create, recover and change passphrase.
import { useTranslation } from 'react-i18next';
import { describedBy } from './ids.js';
import { confirmationDiverges } from './passphrase-choice.js';
import { PasswordField } from './PasswordField.js';
import { StrengthMeter } from './StrengthMeter.js';
import type { PassphraseChoice } from './use-passphrase-choice.js';

interface NewPassphraseFieldsProps {
  idPrefix: string;
  choice: PassphraseChoice;
  revealed: boolean;
  passphraseLabel: string;
  confirmationLabel: string;
}

export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  const { idPrefix, choice, revealed, passphraseLabel, confirmationLabel } = props;
  const { t } = useTranslation();
  const meterId = `${idPrefix}-strength`;
  const mismatchId = `${idPrefix}-mismatch`;
  const mismatch = confirmationDiverges(choice.passphrase, choice.confirmation);
  return (
    <>
      <PasswordField
        id={`${idPrefix}-passphrase`}
        label={passphraseLabel}
        value={choice.passphrase}
        onChange={choice.setPassphrase}
        revealed={revealed}
        autoComplete="new-password"
        describedBy={meterId}
      />
      <StrengthMeter id={meterId} view={choice.assessment} />
      <PasswordField
        id={`${idPrefix}-confirmation`}
        label={confirmationLabel}
        value={choice.confirmation}
        onChange={choice.setConfirmation}
        revealed={revealed}
        autoComplete="new-password"
        describedBy={describedBy(mismatch && mismatchId)}
        invalid={mismatch}
      />
      <div id={mismatchId} aria-live="polite" className="live-region">
        {mismatch ? <p className="field-error">{t('passphrase.blocker.mismatch')}</p> : null}
      </div>
    </>
  );
}
