// Home of an open vault: one page of sections (locking, passphrase, details, verification, recent activity).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { ActivitySection } from './ActivitySection.js';
import { ChangePassphraseSection } from './ChangePassphraseSection.js';
import { LockSection } from './LockSection.js';
import { useSettings } from './settings-store.js';
import { VaultDetailsSection } from './VaultDetailsSection.js';
import { VerifySection } from './VerifySection.js';
import './settings.css';

export function HomePage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const load = useSettings((state) => state.load);
  const loadError = useSettings((state) => state.loadError);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="home">
      <h1 ref={heading} tabIndex={-1}>
        {t('home.title')}
      </h1>
      <p className="lead">{t('home.intro')}</p>
      <LiveMessage id="home-error" kind="alert" text={loadError ? errorText(loadError) : null} />
      <LockSection />
      <ChangePassphraseSection />
      <VaultDetailsSection />
      <VerifySection />
      <ActivitySection />
    </div>
  );
}
