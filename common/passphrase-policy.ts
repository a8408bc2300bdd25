// Passphrase strength, judged the same way by the renderer's meter and by the core that refuses weak ones.
import { ZxcvbnFactory, type OptionsType } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as es from '@zxcvbn-ts/language-es-es';
import * as fr from '@zxcvbn-ts/language-fr';
import * as pt from '@zxcvbn-ts/language-pt-br';
import type { Language } from './languages.js';

/** zxcvbn score 0–4; 3 means "safely unguessable" against an offline attack on a slow hash. */
export const MIN_PASSPHRASE_SCORE = 3;
export const MIN_PASSPHRASE_LENGTH = 10;
/** zxcvbn stops scoring after this many characters; longer passphrases are judged on their start. */
const MAX_SCORED_LENGTH = 100;

const PACKS = { en, es, fr, pt } as const;

export interface PassphraseAssessment {
  score: 0 | 1 | 2 | 3 | 4;
  acceptable: boolean;
  /** Why it is refused: 'too_short', 'too_guessable', or null when acceptable. */
  reason: 'too_short' | 'too_guessable' | null;
  /** zxcvbn's warning and suggestions, already in the requested language. */
  warning: string | null;
  suggestions: string[];
}

const checkers = new Map<Language, ZxcvbnFactory>();

function checkerFor(language: Language): ZxcvbnFactory {
  let checker = checkers.get(language);
  if (!checker) {
    const pack = PACKS[language];
    const options: OptionsType = {
      translations: pack.translations,
      graphs: common.adjacencyGraphs,
      // Every language's words count as guessable, whatever language the interface speaks.
      dictionary: { ...common.dictionary, ...en.dictionary, ...es.dictionary, ...fr.dictionary, ...pt.dictionary },
    };
    checker = new ZxcvbnFactory(options);
    checkers.set(language, checker);
  }
  return checker;
}

export function assessPassphrase(passphrase: string, language: Language = 'en'): PassphraseAssessment {
  const result = checkerFor(language).check(passphrase.slice(0, MAX_SCORED_LENGTH));
  const score = result.score;
  const tooShort = [...passphrase].length < MIN_PASSPHRASE_LENGTH;
  const reason = tooShort ? 'too_short' : score < MIN_PASSPHRASE_SCORE ? 'too_guessable' : null;
  return {
    score,
    acceptable: reason === null,
    reason,
    warning: result.feedback.warning ?? null,
    suggestions: result.feedback.suggestions,
  };
}
