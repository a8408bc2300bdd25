// The first-run flow: choose a passphrase, write down the recovery key, prove it was copied, then go home.
import { useState } from 'react';
import { request } from '../../app/cre.js';
import { useSession } from '../../app/session-store.js';
import { storeEpoch } from '../../app/store-reset.js';
import { CreateVaultPage } from './CreateVaultPage.js';
import { RecoveryKeyFlow } from './RecoveryKeyFlow.js';
import { recoveryKeyGroups } from './recovery-key-check.js';

export function CreateVaultFlow() {
  // The recovery key lives only in this component's state, never in a store: leaving the flow (done or locked) drops it.
  const [groups, setGroups] = useState<string[] | null>(null);
  const show = useSession((state) => state.show);

  async function finish(): Promise<void> {
    const epoch = storeEpoch();
    // If this is not recorded, Home says the key was never confirmed and offers a new one: go there all the same.
    await request((api) => api.vault.markRecoveryKeyConfirmed());
    // A lock while the call was in flight already showed Unlock; do not replace it with Home.
    if (epoch === storeEpoch()) show('home');
  }

  if (groups === null) {
    return <CreateVaultPage onCreated={(recoveryKey) => setGroups(recoveryKeyGroups(recoveryKey))} />;
  }
  return <RecoveryKeyFlow groups={groups} occasion="create" onConfirmed={finish} />;
}
