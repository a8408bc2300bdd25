// Recording a decision meeting: its date and the working-group members present, then per application in review or
// waitlisted a decision with its rationale and (approved) amount; each shows who is recused and whether the quorum is
// met after recusals before anything is saved. The core checks both again and answers quorum_not_met or over_ceiling.
import { useCallback } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Call } from '../../../../common/grants/call.schema.js';
import { request } from '../../../app/cre.js';
import { goTo } from '../../../app/navigate.js';
import { CheckboxGroupField } from '../../../ui/CheckboxGroup.js';
import { FormDateField } from '../../../ui/DateField.js';
import { FieldShell, fieldAria } from '../../../ui/FieldShell.js';
import { formatCurrency } from '../../../ui/format.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { RecordForm } from '../../../ui/RecordForm.js';
import { useErrorText } from '../../../ui/use-error-text.js';
import { useErrorAt, useRecordForm } from '../../../ui/use-record-form.js';
import { formatScore } from '../grants-format.js';
import { DECISION_CHOICES, quorumAfterRecusals, toMeetingInput, validateMeeting, type AgendaItem, type MeetingFieldError, type MeetingFormValues } from './meeting-model.js';

interface MeetingFormProps {
  call: Call;
  agenda: AgendaItem[];
  defaults: MeetingFormValues;
  /** This vault's own reviewer: recused from the applications whose reviews stay sealed. */
  myVaultId: string;
}

const recusedIds = (item: AgendaItem, myVaultId: string) => (item.recused === 'sealed' ? [myVaultId] : item.recused.map((member) => member.vaultId));

function DecisionFieldset({ item, index, call, myVaultId }: { item: AgendaItem; index: number; call: Call; myVaultId: string }) {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'meetings' });
  const { t: ta } = useTranslation('grants', { keyPrefix: 'applications' });
  const { control, register } = useFormContext<MeetingFormValues>();
  const err = useErrorAt();
  const [attendees, decision] = useWatch({ control, name: ['attendees', `decisions.${index}.decision`] });
  const { application, ranked } = item;
  const language = i18n.language;
  const quorum = quorumAfterRecusals(attendees, recusedIds(item, myVaultId), call.quorum);
  const base = `meeting-decision-${index}`;
  const decisionError = err(`decisions.${index}.decision`);
  return (
    <fieldset className="form-section grant-decision" aria-describedby={`${base}-facts ${base}-quorum`}>
      <legend>{application.title}</legend>
      <p id={`${base}-facts`} className="hint">
        {[
          application.communityName,
          ta(`state.${application.state}`),
          t('requested', { amount: formatCurrency(application.amountRequested, application.currency, language) }),
          ranked?.mean != null ? t('mean', { mean: formatScore(ranked.mean, language) }) : t('noScores'),
          ranked?.disagreement ? t('disagreement') : null,
        ]
          .filter((part) => part !== null)
          .join(' · ')}
      </p>
      <p>
        {item.recused === 'sealed'
          ? t('youAreRecused')
          : item.recused.length === 0
            ? t('noRecusals')
            : t('recusedList', { list: item.recused.map((member) => (member.reason ? `${member.name} (${member.reason})` : member.name)).join(', ') })}
      </p>
      <p id={`${base}-quorum`} className={quorum.met ? 'grant-quorum met' : 'grant-quorum not-met'}>
        {t(quorum.met ? 'quorumMet' : 'quorumNotMet', { present: quorum.present, required: quorum.required })}
      </p>
      <div className="grant-decision-choices" role="radiogroup" aria-label={t('decisionFor', { title: application.title })} aria-describedby={decisionError ? `${base}-error` : undefined}>
        {DECISION_CHOICES.map((choice) => (
          <div className="radio-field" key={choice || 'none'}>
            <input id={`${base}-${choice || 'none'}`} type="radio" value={choice} {...register(`decisions.${index}.decision`)} />
            <label htmlFor={`${base}-${choice || 'none'}`}>{choice === '' ? t('noDecision') : t(`decision.${choice}`)}</label>
          </div>
        ))}
      </div>
      <div id={`${base}-error`} className="live-region" aria-live="polite">
        {decisionError ? <p className="field-error">{decisionError}</p> : null}
      </div>
      {decision !== '' ? (
        <>
          <FieldShell id={`${base}-rationale`} label={t('rationale')} error={err(`decisions.${index}.rationale`)}>
            <textarea
              id={`${base}-rationale`}
              className="input"
              rows={3}
              maxLength={5000}
              {...register(`decisions.${index}.rationale`)}
              {...fieldAria(`${base}-rationale`, null, err(`decisions.${index}.rationale`))}
            />
          </FieldShell>
          {decision === 'approved' ? (
            <FieldShell id={`${base}-amount`} label={t('amount', { currency: call.currency })} hint={t('amountHint', { ceiling: formatCurrency(call.ceiling, call.currency, language) })} error={err(`decisions.${index}.amount`)}>
              <input
                id={`${base}-amount`}
                className="input grant-amount"
                type="text"
                inputMode="decimal"
                maxLength={20}
                {...register(`decisions.${index}.amount`)}
                {...fieldAria(`${base}-amount`, t('amountHint', { ceiling: formatCurrency(call.ceiling, call.currency, language) }), err(`decisions.${index}.amount`))}
              />
            </FieldShell>
          ) : null}
        </>
      ) : null}
    </fieldset>
  );
}

export function MeetingForm({ call, agenda, defaults, myVaultId }: MeetingFormProps) {
  const { t } = useTranslation('grants', { keyPrefix: 'meetings' });
  const errorText = useErrorText();
  const messageOf = useCallback((error: MeetingFieldError) => t(`error.${error.key}`), [t]);
  const validate = useCallback(
    (values: MeetingFormValues) =>
      validateMeeting(values, {
        ceiling: call.ceiling,
        quorum: call.quorum,
        recusedOf: (applicationId) => {
          const item = agenda.find((entry) => entry.application.id === applicationId);
          return item ? recusedIds(item, myVaultId) : [];
        },
      }),
    [agenda, call, myVaultId],
  );
  const record = useRecordForm({
    defaults,
    validate,
    messageOf,
    send: async (values) => {
      const meeting = toMeetingInput(call.id, values);
      const reply = await request((api) => api.grantMeetings.create({ meeting }));
      if (!reply.ok) {
        // The core names the application it refused: its fieldset says so too.
        const index = values.decisions.findIndex((item) => item.applicationId === reply.error.details?.['applicationId']);
        if (index >= 0) record.form.setError(`decisions.${index}.decision`, { type: 'server', message: errorText(reply.error) });
      }
      return reply;
    },
    onSaved: (id) => goTo({ section: 'grants', view: { name: 'meeting', callId: call.id, id } }),
  });
  const { control } = record.form;
  const err = record.errorAt;

  return (
    <RecordForm
      record={record}
      className="form roster-form grant-meeting-form"
      idPrefix="meeting-"
      texts={{
        fixErrors: t('fixErrors'),
        save: t('save'),
        cancel: t('cancel'),
        leave: { title: t('leave.title'), text: t('leave.text'), stay: t('leave.stay'), leave: t('leave.leave') },
      }}
      onCancel={() => goTo({ section: 'grants', view: { name: 'call', id: call.id } })}
    >
      <fieldset className="form-section">
        <legend>{t('who')}</legend>
        <FormDateField id="meeting-date" control={control} name="date" label={t('date')} error={err('date')} />
        {call.workingGroup.length === 0 ? (
          <p className="message message-warning">{t('noGroup')}</p>
        ) : (
          <CheckboxGroupField
            id="meeting-attendees"
            legend={t('attendees')}
            control={control}
            name="attendees"
            options={call.workingGroup.map((member) => member.vaultId)}
            labelOf={(vaultId) => call.workingGroup.find((member) => member.vaultId === vaultId)?.name ?? vaultId}
            error={err('attendees')}
          />
        )}
        <p className="hint">{t('quorumRule', { quorum: call.quorum })}</p>
        <FieldShell id="meeting-notes" label={t('notes')} error={err('notes')}>
          <textarea id="meeting-notes" className="input" rows={3} maxLength={20000} {...record.form.register('notes')} {...fieldAria('meeting-notes', null, err('notes'))} />
        </FieldShell>
      </fieldset>
      <h2>{t('decisions')}</h2>
      <LiveMessage id="meeting-decisions-error" kind="alert" text={err('decisions') ?? null} />
      {agenda.length === 0 ? <p className="hint">{t('nothingToDecide')}</p> : null}
      {agenda.map((item, index) => (
        <DecisionFieldset key={item.application.id} item={item} index={index} call={call} myVaultId={myVaultId} />
      ))}
    </RecordForm>
  );
}
