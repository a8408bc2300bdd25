// Shows a freshly made recovery key, then asks for two of its groups; used when a vault is created and when its key is replaced.
import { useRef, useState } from 'react';
import { ConfirmRecoveryKeyPage } from './ConfirmRecoveryKeyPage.js';
import { RecoveryKeyPage, type RecoveryKeyOccasion } from './RecoveryKeyPage.js';
import { pickGroupsToConfirm, secureRandomBelow } from './recovery-key-check.js';

type Step = { name: 'show' } | { name: 'confirm'; asked: [number, number] };

interface RecoveryKeyFlowProps {
  /** The key in groups of five. The caller keeps it in component state only, so a lock (which unmounts it) drops it. */
  groups: readonly string[];
  occasion: RecoveryKeyOccasion;
  /** Called once, when the user typed both asked groups correctly. */
  onConfirmed: () => void | Promise<void>;
}

export function RecoveryKeyFlow({ groups, occasion, onConfirmed }: RecoveryKeyFlowProps) {
  const [step, setStep] = useState<Step>({ name: 'show' });
  // A second press of Confirm while the first is still being recorded must not record it twice.
  const confirmed = useRef(false);

  function confirm(): void {
    if (confirmed.current) return;
    confirmed.current = true;
    void onConfirmed();
  }

  if (step.name === 'show') {
    return (
      <RecoveryKeyPage
        groups={groups}
        occasion={occasion}
        onContinue={() => setStep({ name: 'confirm', asked: pickGroupsToConfirm(secureRandomBelow) })}
      />
    );
  }
  return (
    <ConfirmRecoveryKeyPage
      groups={groups}
      asked={step.asked}
      onShowAgain={() => setStep({ name: 'show' })}
      onConfirmed={confirm}
    />
  );
}
