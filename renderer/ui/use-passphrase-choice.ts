// State of a "new passphrase + confirmation" pair with its live strength check; kept in the form only, never in a store.
import { useCallback, useState } from 'react';
import { passphraseBlocker, type PassphraseBlocker } from './passphrase-choice.js';
import { usePassphraseAssessment, verdictOf, type AssessmentView } from './use-passphrase-assessment.js';

export interface PassphraseChoice {
  passphrase: string;
  confirmation: string;
  setPassphrase: (value: string) => void;
  setConfirmation: (value: string) => void;
  assessment: AssessmentView;
  blocker: PassphraseBlocker | null;
  clear: () => void;
}

export function usePassphraseChoice(): PassphraseChoice {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const assessment = usePassphraseAssessment(passphrase);
  const blocker = passphraseBlocker(passphrase, confirmation, verdictOf(assessment));
  const clear = useCallback(() => {
    setPassphrase('');
    setConfirmation('');
  }, []);
  return { passphrase, confirmation, setPassphrase, setConfirmation, assessment, blocker, clear };
}
