// Shows the recovery key once, in large groups of five, with how to keep it; the user confirms it is on paper.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import './vault.css';

interface RecoveryKeyPageProps {
  /** The recovery key in groups of five: a secret shown to the user, never logged or stored. */
  groups: readonly string[];
  onContinue: () => void;
}

export function RecoveryKeyPage({ groups, onContinue }: RecoveryKeyPageProps) {
  const { t } = useTranslation();
  const [written, setWritten] = useState(false);
  const checkboxId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);

  return (
    <section className="panel" aria-labelledby="recovery-key-title">
      <h1 id="recovery-key-title" ref={heading} tabIndex={-1}>
        {t('recoveryKey.title')}
      </h1>
      <p className="lead">{t('recoveryKey.intro')}</p>
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
