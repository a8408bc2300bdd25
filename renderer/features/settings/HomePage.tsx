// Home of an open vault: one page of sections (locking, passphrase, recovery key, details, verification, recent activity).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storeEpoch } from '../../app/store-reset.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { DiscardSampleSection } from '../sample/DiscardSampleSection.js';
import { recoveryKeyGroups } from '../vault/recovery-key-check.js';
import { RecoveryKeyFlow } from '../vault/RecoveryKeyFlow.js';
import { ActivitySection } from './ActivitySection.js';
import { ChangePassphraseSection } from './ChangePassphraseSection.js';
import { LockSection } from './LockSection.js';
import { RecoveryKeySection } from './RecoveryKeySection.js';
import { useSettings } from './settings-store.js';
import { UnconfirmedKeyNotice } from './UnconfirmedKeyNotice.js';
import { VaultDetailsSection } from './VaultDetailsSection.js';
import { VerifySection } from './VerifySection.js';
import './settings.css';

type KeyOutcome = 'confirmed' | 'notRecorded' | null;

/** Remounted each time Home comes back from the new-key flow, so focus returns to the top of the page. */
function HomeHeading() {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('home.title')}
      </h1>
      <p className="lead">{t('home.intro')}</p>
    </>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const load = useSettings((state) => state.load);
  const loadError = useSettings((state) => state.loadError);
  const markRecoveryKeyConfirmed = useSettings((state) => state.markRecoveryKeyConfirmed);
  // A new recovery key lives only here, never in a store: a lock unmounts Home and drops it.
  const [newKey, setNewKey] = useState<string[] | null>(null);
  const [outcome, setOutcome] = useState<KeyOutcome>(null);
  const keyField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void load();
  }, [load]);

  async function finishNewKey(): Promise<void> {
    const epoch = storeEpoch();
    const reply = await markRecoveryKeyConfirmed();
    if (epoch !== storeEpoch()) return;
    setNewKey(null);
    setOutcome(reply.ok ? 'confirmed' : 'notRecorded');
  }

  const outcomeText = outcome === 'confirmed' ? t('home.keyReplaced') : outcome === 'notRecorded' ? t('home.keyConfirmFailed') : null;

  // The status region stays mounted across the flow, so the outcome is announced when Home comes back.
  return (
    <div className="home">
      {newKey ? <RecoveryKeyFlow groups={newKey} occasion="replace" onConfirmed={finishNewKey} /> : <HomeHeading />}
      <LiveMessage id="home-status" kind="status" tone={outcome === 'confirmed' ? 'success' : 'error'} text={outcomeText} />
      {newKey ? null : (
        <>
          <LiveMessage id="home-error" kind="alert" text={loadError ? errorText(loadError) : null} />
          <UnconfirmedKeyNotice onMakeNewKey={() => keyField.current?.focus()} />
          <DiscardSampleSection />
          <LockSection />
          <ChangePassphraseSection />
          <RecoveryKeySection
            fieldRef={keyField}
            onReplaced={(recoveryKey) => {
              setOutcome(null);
              setNewKey(recoveryKeyGroups(recoveryKey));
            }}
          />
          <VaultDetailsSection />
          <VerifySection />
          <ActivitySection />
        </>
      )}
    </div>
  );
}
