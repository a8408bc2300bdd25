// Locking: the Lock now button with its shortcut, and how long the vault may sit idle before it locks itself.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lockNow } from '../../app/lock.js';
import { isMacPlatform, lockShortcut } from '../../app/shortcut.js';
import { formatMinutes } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { autoLockChoices, autoLockValue, parseAutoLockValue } from './auto-lock-options.js';
import { useSettings } from './settings-store.js';

export function LockSection() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const autoLock = useSettings((state) => state.autoLock);
  const saveAutoLock = useSettings((state) => state.saveAutoLock);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const shortcut = lockShortcut(isMacPlatform(navigator.userAgent));

  async function lock(): Promise<void> {
    setError(null);
    const reply = await lockNow();
    if (!reply.ok) setError(errorText(reply.error));
  }

  async function choose(value: string): Promise<void> {
    const parsed = parseAutoLockValue(value);
    if (parsed === null) return;
    setSaved(false);
    setError(null);
    const reply = await saveAutoLock(parsed.minutes);
    if (reply.ok) setSaved(true);
    else setError(errorText(reply.error));
  }

  const current = autoLock?.minutes ?? null;
  return (
    <section className="card" aria-labelledby="lock-title">
      <h2 id="lock-title">{t('lock.title')}</h2>
      <div className="lock-now">
        <button type="button" className="button primary" onClick={() => void lock()} aria-keyshortcuts={shortcut.aria}>
          {t('lock.now')}
        </button>
        <span className="shortcut">
          {t('lock.shortcut')}{' '}
          {shortcut.keys.map((key, index) => (
            <span key={key}>
              {index > 0 ? '+' : ''}
              <kbd>{key}</kbd>
            </span>
          ))}
        </span>
      </div>
      <p className="hint">{t('lock.nowHint')}</p>
      <div className="field">
        <label htmlFor="auto-lock">{t('autoLock.label')}</label>
        <select
          id="auto-lock"
          className="select"
          value={autoLockValue(current)}
          disabled={autoLock === null}
          onChange={(event) => void choose(event.target.value)}
          aria-describedby="auto-lock-hint"
        >
          <option value={autoLockValue(null)}>{t('autoLock.off')}</option>
          {autoLockChoices(current).map((minutes) => (
            <option key={minutes} value={autoLockValue(minutes)}>
              {formatMinutes(minutes, i18n.language)}
            </option>
          ))}
        </select>
        <p id="auto-lock-hint" className="hint">
          {t('autoLock.hint')}
        </p>
      </div>
      <LiveMessage id="lock-error" kind="alert" text={error} />
      <LiveMessage id="auto-lock-saved" kind="status" tone="success" text={saved ? t('autoLock.saved') : null} />
    </section>
  );
}
