// Shows a recovery key once (at creation, or a replacement), in large groups of five, with how to keep it; the user confirms it is on paper.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import './vault.css';

/** `create`: the vault's first key; `replace`: a new key that has just made the old one useless. */
export type RecoveryKeyOccasion = 'create' | 'replace';

interface RecoveryKeyPageProps {
  /** The recovery key in groups of five: a secret shown to the user, never logged or stored. */
  groups: readonly string[];
  occasion: RecoveryKeyOccasion;
  onContinue: () => void;
}

export function RecoveryKeyPage({ groups, occasion, onContinue }: RecoveryKeyPageProps) {
  const { t } = useTranslation();
  const [written, setWritten] = useState(false);
  const checkboxId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);

  return (
    <section className="panel" aria-labelledby="recovery-key-title">
      <h1 id="recovery-key-title" ref={heading} tabIndex={-1}>
        {occasion === 'replace' ? t('recoveryKey.replaceTitle') : t('recoveryKey.title')}
      </h1>
      <p className="lead">{occasion === 'replace' ? t('recoveryKey.replaceIntro') : t('recoveryKey.intro')}</p>
      <ol className="recovery-key" aria-label={t('recoveryKey.listLabel')}>
        {groups.map((group, index) => (
          <li key={index} className="recovery-key-group">
            <span className="recovery-key-number">{t('recoveryKey.group', { number: index + 1 })}</span>
            <code className="recovery-key-text">{group}</code>
          </li>
        ))}
      </ol>
      <h2>{t('recoveryKey.keepTitle')}</h2>
      <ul className="instructions">
        <li>{t('recoveryKey.keepPaper')}</li>
        <li>{t('recoveryKey.keepApart')}</li>
        <li>{t('recoveryKey.keepSecret')}</li>
      </ul>
      <div className="checkbox-field">
        <input id={checkboxId} type="checkbox" checked={written} onChange={(event) => setWritten(event.target.checked)} />
        <label htmlFor={checkboxId}>{t('recoveryKey.written')}</label>
      </div>
      <div className="actions">
        <button
          type="button"
          className="button primary"
          disabled={!written}
          aria-describedby="recovery-key-blocker"
          onClick={onContinue}
        >
          {t('recoveryKey.continue')}
        </button>
      </div>
      <p id="recovery-key-blocker" className="hint">
        {written ? '' : t('recoveryKey.writtenFirst')}
      </p>
    </section>
  );
}
