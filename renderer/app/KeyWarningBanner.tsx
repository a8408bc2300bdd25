// The recovery-key warning on every section of an open vault but Vault settings (which shows it with its own action).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../features/settings/settings-store.js';
import { leaveThen, useSession } from './session-store.js';

export function KeyWarningBanner() {
  const { t } = useTranslation();
  const loadRecoveryKeyState = useSettings((state) => state.loadRecoveryKeyState);
  const unconfirmed = useSettings((state) => state.recoveryKey?.confirmed === false);
  const showSection = useSession((state) => state.showSection);

  useEffect(() => {
    void loadRecoveryKeyState();
  }, [loadRecoveryKeyState]);

  // Always in the page as a polite live region, so the warning is read when it appears without taking focus.
  return (
    <div role="status" className="live-region shell-banner">
      {unconfirmed ? (
        <div className="message message-warning key-warning">
          <p>{t('home.keyNotConfirmed')}</p>
          <button type="button" className="button secondary" onClick={() => leaveThen(() => showSection('settings'))}>
            {t('home.keyNotConfirmedOpenSettings')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
