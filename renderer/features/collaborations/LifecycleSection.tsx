// A collaboration's lifecycle: its state and one button per step the lifecycle allows from here (the dated steps so far
// are in the timeline).
// A step into a final state (no step leads out of it) is confirmed first, and afterwards the screen invites recording learnings.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COLLABORATION_STEPS, type Collaboration, type CollaborationState } from '../../../common/community/collaboration.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { ConfirmLeaveDialog } from '../../ui/ConfirmLeaveDialog.js';
import { DetailSection } from '../../ui/DetailParts.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';

interface LifecycleSectionProps {
  collaboration: Collaboration;
  /** After a step: read the record again; `final` says the step ended the collaboration. */
  onMoved: (to: CollaborationState, final: boolean) => void;
}

export function LifecycleSection({ collaboration, onMoved }: LifecycleSectionProps) {
  const { t } = useTranslation(['collaborations', 'taxonomy']);
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<{ to: CollaborationState; proceed: () => void } | null>(null);
  const stateLabel = (state: CollaborationState) => t(`taxonomy:collaborationState.${state}`);
  const steps = COLLABORATION_STEPS[collaboration.state];

  async function move(to: CollaborationState): Promise<void> {
    setPending(null);
    setError(null);
    const epoch = storeEpoch();
    const reply = await request((api) => api.collaborations.move({ id: collaboration.id, to }));
    if (epoch !== storeEpoch()) return;
    if (reply.ok) onMoved(to, COLLABORATION_STEPS[to].length === 0);
    else setError(errorText(reply.error));
  }

  function ask(to: CollaborationState): void {
    if (COLLABORATION_STEPS[to].length === 0) setPending({ to, proceed: () => void move(to) });
    else void move(to);
  }

  return (
    <DetailSection id="collaboration-lifecycle-title" title={t('lifecycle.title')}>
      <p>
        {t('lifecycle.current')} <strong className="collaboration-state">{stateLabel(collaboration.state)}</strong>
      </p>
      {steps.length === 0 ? (
        <p className="hint">{t('lifecycle.final')}</p>
      ) : (
        <div className="actions" role="group" aria-label={t('lifecycle.stepsLabel')}>
          {steps.map((to) => (
            <button key={to} type="button" className="button secondary" onClick={() => ask(to)}>
              {t('lifecycle.moveTo', { state: stateLabel(to) })}
            </button>
          ))}
        </div>
      )}
      <LiveMessage id="collaboration-move-error" kind="alert" text={error} />
      <ConfirmLeaveDialog
        pending={pending?.proceed ?? null}
        onStay={() => setPending(null)}
        texts={{
          title: t('lifecycle.confirmTitle', { state: pending ? stateLabel(pending.to) : '' }),
          text: t('lifecycle.confirmText'),
          stay: t('lifecycle.confirmStay'),
          leave: t('lifecycle.confirmMove', { state: pending ? stateLabel(pending.to) : '' }),
        }}
      />
    </DetailSection>
  );
}
