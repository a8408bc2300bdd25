// The warning at the top of Home while the vault's recovery key was never confirmed, with the way to make a new one.
import { useTranslation } from 'react-i18next';
import { useSettings } from './settings-store.js';

interface UnconfirmedKeyNoticeProps {
  /** Takes the user to the Recovery key section's passphrase field. */
  onMakeNewKey: () => void;
}

export function UnconfirmedKeyNotice({ onMakeNewKey }: UnconfirmedKeyNoticeProps) {
  const { t } = useTranslation();
  const unconfirmed = useSettings((state) => state.recoveryKey?.confirmed === false);
  // A polite live region that is always in the page, so the warning is read once it appears without taking focus.
  return (
    <div role="status" className="live-region">
      {unconfirmed ? (
        <div className="message message-warning key-warning">
          <p>{t('home.keyNotConfirmed')}</p>
          <button type="button" className="button secondary" onClick={onMakeNewKey}>
            {t('home.keyNotConfirmedAction')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
