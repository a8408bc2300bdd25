// The first-run flow: choose a passphrase, write down the recovery key, prove it was copied, then go home.
import { useState } from 'react';
import { useSession } from '../../app/session-store.js';
import { ConfirmRecoveryKeyPage } from './ConfirmRecoveryKeyPage.js';
import { CreateVaultPage } from './CreateVaultPage.js';
import { RecoveryKeyPage } from './RecoveryKeyPage.js';
import { pickGroupsToConfirm, recoveryKeyGroups, secureRandomBelow } from './recovery-key-check.js';

// The recovery key lives only in this component's state, never in a store: leaving the flow (done or locked) drops it.
type Step =
  | { name: 'create' }
  | { name: 'show'; groups: string[] }
  | { name: 'confirm'; groups: string[]; asked: [number, number] };

export function CreateVaultFlow() {
  const [step, setStep] = useState<Step>({ name: 'create' });
  const show = useSession((state) => state.show);

  switch (step.name) {
    case 'create':
      return <CreateVaultPage onCreated={(recoveryKey) => setStep({ name: 'show', groups: recoveryKeyGroups(recoveryKey) })} />;
    case 'show':
      return (
        <RecoveryKeyPage
          groups={step.groups}
          onContinue={() => setStep({ name: 'confirm', groups: step.groups, asked: pickGroupsToConfirm(secureRandomBelow) })}
        />
      );
    case 'confirm':
      return (
        <ConfirmRecoveryKeyPage
          groups={step.groups}
          asked={step.asked}
          onShowAgain={() => setStep({ name: 'show', groups: step.groups })}
          onConfirmed={() => show('home')}
        />
      );
  }
}
