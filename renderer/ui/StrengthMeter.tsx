// Shows how hard a new passphrase is to guess: a bar for the eye, and the level and advice as text for everyone.
import { useTranslation } from 'react-i18next';
import type { AssessmentView } from './use-passphrase-assessment.js';

const SEGMENTS = [0, 1, 2, 3, 4] as const;

export function StrengthMeter({ id, view }: { id: string; view: AssessmentView }) {
  const { t } = useTranslation();
  if (view.status === 'empty') {
    return (
      <div id={id} className="strength">
        <p className="hint">{t('passphrase.hint')}</p>
      </div>
    );
  }
  if (view.status === 'unavailable') {
    return (
      <div id={id} className="strength">
        <p className="hint">{t('passphrase.checkUnavailable')}</p>
      </div>
    );
  }
  const shown = view.status === 'done' ? view : view.previous;
  if (shown === null) {
    return (
      <div id={id} className="strength">
        <p className="hint">{t('passphrase.checking')}</p>
      </div>
    );
  }
  const { assessment, minLength } = shown;
  const verdict = assessment.acceptable
    ? t('passphrase.acceptable')
    : assessment.reason === 'too_short'
      ? t('passphrase.tooShort', { min: minLength })
      : t('passphrase.tooGuessable');
  return (
    <div id={id} className={`strength score-${assessment.score}`}>
      <div className="strength-bar" aria-hidden="true">
        {SEGMENTS.map((segment) => (
          <span key={segment} className={segment <= assessment.score ? 'strength-segment filled' : 'strength-segment'} />
        ))}
      </div>
      <p className="strength-level" aria-live="polite" aria-atomic="true">
        {t('passphrase.strength', { level: t(`passphrase.level.${assessment.score}`) })}
      </p>
      <p className={assessment.acceptable ? 'strength-verdict ok' : 'strength-verdict'}>{verdict}</p>
      {assessment.warning ? <p className="strength-advice">{assessment.warning}</p> : null}
      {assessment.suggestions.length > 0 ? (
        <ul className="strength-advice">
          {assessment.suggestions.map((suggestion) => (
            <li key={suggestion}>{suggestion}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
