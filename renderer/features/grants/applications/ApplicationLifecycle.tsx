// An application's lifecycle on its page: the state, the steps a person takes here (eligibility, review, reporting,
// closing; decisions come from a decision meeting and awards from the award page), an optional note for the step, and
// the dated history. A step into a final state is confirmed first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPLICATION_STEPS, type Application, type ApplicationState } from '../../../../common/grants/application.schema.js';
import { request } from '../../../app/cre.js';
import { storeEpoch } from '../../../app/store-reset.js';
import { ConfirmLeaveDialog } from '../../../ui/ConfirmLeaveDialog.js';
import { DetailSection } from '../../../ui/DetailParts.js';
import { FieldShell, fieldAria } from '../../../ui/FieldShell.js';
import { formatDateTime } from '../../../ui/format.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { useErrorText } from '../../../ui/use-error-text.js';
import { manualSteps } from './application-format.js';

interface ApplicationLifecycleProps {
  application: Application;
  live: boolean;
  onMoved: (to: ApplicationState) => void;
}

export function ApplicationLifecycle({ application, live, onMoved }: ApplicationLifecycleProps) {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'applications' });
  const errorText = useErrorText();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<ApplicationState | null>(null);
  const stateLabel = (state: ApplicationState) => t(`state.${state}`);
  const steps = live ? manualSteps(application.state) : [];
  const decidedElsewhere = live && steps.length < APPLICATION_STEPS[application.state].length;

  async function move(to: ApplicationState): Promise<void> {
    setPending(null);
    setError(null);
    const epoch = storeEpoch();
    const reply = await request((api) => api.grantApplications.move({ id: application.id, to, note }));
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) return setError(errorText(reply.error));
    setNote('');
    onMoved(to);
  }

  return (
    <DetailSection id="application-lifecycle-title" title={t('lifecycle.title')}>
      <p>
        {t('lifecycle.current')} <strong>{stateLabel(application.state)}</strong>
      </p>
      {steps.length > 0 ? (
        <>
          <FieldShell id="application-step-note" label={t('lifecycle.note')} hint={t('lifecycle.noteHint')}>
            <textarea
              id="application-step-note"
              className="input"
              rows={2}
              maxLength={2000}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              {...fieldAria('application-step-note', t('lifecycle.noteHint'), null)}
            />
          </FieldShell>
          <div className="actions" role="group" aria-label={t('lifecycle.stepsLabel')}>
            {steps.map((to) => (
              <button key={to} type="button" className="button secondary" onClick={() => (APPLICATION_STEPS[to].length === 0 ? setPending(to) : void move(to))}>
                {t('lifecycle.moveTo', { state: stateLabel(to) })}
              </button>
            ))}
          </div>
        </>
      ) : null}
      {decidedElsewhere ? <p className="hint">{t('lifecycle.decidedElsewhere')}</p> : null}
      {live && APPLICATION_STEPS[application.state].length === 0 ? <p className="hint">{t('lifecycle.final')}</p> : null}
      <LiveMessage id="application-move-error" kind="alert" text={error} />
      <h3>{t('lifecycle.history')}</h3>
      <ol className="grant-history">
        {[...application.history].reverse().map((change, index) => (
          <li key={`${change.at}-${index}`}>
            <strong>{stateLabel(change.state)}</strong> <span className="muted">{formatDateTime(change.at, i18n.language)}</span>
            {change.note ? <p className="prewrap">{change.note}</p> : null}
          </li>
        ))}
      </ol>
      <ConfirmLeaveDialog
        pending={pending === null ? null : () => void move(pending)}
        onStay={() => setPending(null)}
        texts={{
          title: t('lifecycle.confirmTitle', { state: pending ? stateLabel(pending) : '' }),
          text: t('lifecycle.confirmText'),
          stay: t('lifecycle.confirmStay'),
          leave: t('lifecycle.confirmMove', { state: pending ? stateLabel(pending) : '' }),
        }}
      />
    </DetailSection>
  );
}
