// The SAMPLE DATA label in the header, on every screen while the vault in the folder is a sample vault (open or locked).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session-store.js';
import { useSample } from './sample-store.js';
import './sample.css';

export function SampleLabel() {
  const { t } = useTranslation();
  const screen = useSession((state) => state.screen);
  const status = useSample((state) => state.status);
  const refresh = useSample((state) => state.refresh);

  // Creating, unlocking, locking and discarding all change the screen: that is when the answer can change.
  useEffect(() => {
    if (screen !== 'starting') void refresh();
  }, [screen, refresh]);

  if (!status?.isSample) return null;
  return (
    <div className="sample-label" role="note" aria-label={t('sample.labelDescription')}>
      <strong className="sample-badge">{t('sample.label')}</strong>
      {screen === 'unlock' && status.passphrase !== null ? (
        <span className="sample-label-passphrase">
          {t('sample.passphraseLabel')} <code>{status.passphrase}</code>
        </span>
      ) : null}
    </div>
  );
}
