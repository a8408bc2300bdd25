// A call's lifecycle: its state and one button per step CALL_STEPS allows from here; archiving (final) is asked first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CALL_STEPS, type Call, type CallState } from '../../../../common/grants/call.schema.js';
import { request } from '../../../app/cre.js';
import { storeEpoch } from '../../../app/store-reset.js';
import { ConfirmLeaveDialog } from '../../../ui/ConfirmLeaveDialog.js';
import { DetailSection } from '../../../ui/DetailParts.js';
import { formatDateTime } from '../../../ui/format.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { useErrorText } from '../../../ui/use-error-text.js';

export function CallLifecycle({ call, onMoved }: { call: Call; onMoved: () => void }) {
  const { t, i18n } = useTranslation('grants');
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<{ to: CallState; proceed: () => void } | null>(null);
  const stateLabel = (state: CallState) => t(`calls.state.${state}`);
  const steps = CALL_STEPS[call.state];

  async function move(to: CallState): Promise<void> {
    setPending(null);
    setError(null);
    const epoch = storeEpoch();
    const reply = await request((api) => api.grantCalls.move({ id: call.id, to }));
    if (epoch !== storeEpoch()) return;
    if (reply.ok) onMoved();
    else setError(errorText(reply.error));
  }

  function ask(to: CallState): void {
    if (CALL_STEPS[to].length === 0) setPending({ to, proceed: () => void move(to) });
    else void move(to);
  }

  return (
    <DetailSection id="grants-call-lifecycle-title" title={t('calls.lifecycle.title')}>
      <p>
        {t('calls.lifecycle.current')} <strong>{stateLabel(call.state)}</strong>
      </p>
      {steps.length === 0 ? (
        <p className="hint">{t('calls.lifecycle.final')}</p>
      ) : (
        <div className="actions" role="group" aria-label={t('calls.lifecycle.stepsLabel')}>
          {steps.map((to) => (
            <button key={to} type="button" className="button secondary" onClick={() => ask(to)}>
              {t('calls.lifecycle.moveTo', { state: stateLabel(to) })}
            </button>
          ))}
        </div>
      )}
      <LiveMessage id="grants-call-move-error" kind="alert" text={error} />
      {call.history.length > 0 ? (
        <ol className="grants-history">
          {[...call.history].reverse().map((change) => (
            <li key={`${change.state}-${change.at}`}>
              <span className="grants-history-state">{stateLabel(change.state)}</span> · {formatDateTime(change.at, i18n.language)}
            </li>
          ))}
        </ol>
      ) : null}
      <ConfirmLeaveDialog
        pending={pending?.proceed ?? null}
        onStay={() => setPending(null)}
        texts={{
          title: t('calls.lifecycle.confirmTitle', { state: pending ? stateLabel(pending.to) : '' }),
          text: t('calls.lifecycle.confirmText'),
          stay: t('calls.lifecycle.confirmStay'),
          leave: t('calls.lifecycle.confirmMove', { state: pending ? stateLabel(pending.to) : '' }),
        }}
      />
    </DetailSection>
  );
}
