// Judges a new passphrase while it is typed: debounced, with the policy loaded lazily, in the interface language.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchLanguage, type Language } from '../../common/languages.js';
import type { PassphraseAssessment } from '../../common/passphrase-policy.js';
import { loadPassphrasePolicy } from './passphrase-policy-loader.js';
import type { StrengthVerdict } from './passphrase-choice.js';

const DEBOUNCE_MS = 250;

export interface AssessmentResult {
  assessment: PassphraseAssessment;
  minLength: number;
}

export type AssessmentView =
  | { status: 'empty' }
  /** `previous` is the result for earlier text, for display only, so the meter does not flicker while the user types. */
  | { status: 'checking'; previous: AssessmentResult | null }
  | { status: 'unavailable' }
  | ({ status: 'done' } & AssessmentResult);

type Judged = { status: 'unavailable' } | ({ status: 'done'; input: string; language: Language } & AssessmentResult);

/** The assessment of exactly `passphrase`; `checking` until the debounced check of the current text has run. */
export function usePassphraseAssessment(passphrase: string): AssessmentView {
  const { i18n } = useTranslation();
  const language = matchLanguage(i18n.language);
  const [judged, setJudged] = useState<Judged | null>(null);

  useEffect(() => {
    if (passphrase === '') return undefined;
    let current = true;
    const timer = setTimeout(() => {
      loadPassphrasePolicy().then(
        (policy) => {
          if (!current) return;
          const assessment = policy.assessPassphrase(passphrase, language);
          // `input` is kept only to tell whether this result is still current; it lives as long as the field's own state.
          setJudged({ status: 'done', assessment, minLength: policy.MIN_PASSPHRASE_LENGTH, input: passphrase, language });
        },
        () => {
          if (current) setJudged({ status: 'unavailable' });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [passphrase, language]);

  if (passphrase === '') return { status: 'empty' };
  if (judged?.status === 'unavailable') return judged;
  if (judged === null) return { status: 'checking', previous: null };
  if (judged.input !== passphrase || judged.language !== language) {
    return { status: 'checking', previous: { assessment: judged.assessment, minLength: judged.minLength } };
  }
  return { status: 'done', assessment: judged.assessment, minLength: judged.minLength };
}

export function verdictOf(view: AssessmentView): StrengthVerdict {
  switch (view.status) {
    case 'empty':
    case 'checking':
      return 'checking';
    case 'unavailable':
      return 'unknown';
    case 'done':
      return view.assessment.acceptable ? 'acceptable' : 'weak';
  }
}
