// Turns a contract error into a sentence in the user's language, from the `errors` namespace, by its code.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreErrorPayload } from '../../common/contract/errors.js';
import { retryAfterMsOf, secondsLeft } from './retry.js';

export function useErrorText(): (error: CreErrorPayload) => string {
  const { t } = useTranslation(['app', 'errors']);
  return useCallback(
    (error: CreErrorPayload) => {
      switch (error.code) {
        case 'rate_limited':
          return t('errors:rate_limited', { seconds: secondsLeft(retryAfterMsOf(error)) });
        case 'weak_passphrase': {
          const parts = [t('errors:weak_passphrase')];
          const reason = error.details?.['reason'];
          if (reason === 'too_short' || reason === 'too_guessable') parts.push(t(`passphrase.reason.${reason}`));
          // The core words this hint in the language the user chose.
          const warning = error.details?.['warning'];
          if (typeof warning === 'string' && warning !== '') parts.push(warning);
          return parts.join(' ');
        }
        default:
          // Details are facts, never secrets (errors.ts): a message may name them, e.g. the missing file or a limit.
          return t(`errors:${error.code}`, { ...error.details });
      }
    },
    [t],
  );
}
