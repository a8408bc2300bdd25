// The application form: react-hook-form checked against the contract's schema and the chosen call, errors inline in the
// user's language, the unsaved-changes guard; the core's over-ceiling, after-deadline and ineligible answers are shown
// beside the budget, the received time or the checklist, and nothing typed is lost.
import { useCallback, useEffect, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApplicationInput } from '../../../../common/grants/application.schema.js';
import type { Call } from '../../../../common/grants/call.schema.js';
import { request } from '../../../app/cre.js';
import { goTo } from '../../../app/navigate.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { RecordForm } from '../../../ui/RecordForm.js';
import { useErrorText } from '../../../ui/use-error-text.js';
import { createOrUpdate, useRecordForm } from '../../../ui/use-record-form.js';
import { ApplicantContactsFieldset, EligibilityFieldset, RecipientFieldset } from './ApplicantFields.js';
import { ApplicationForFields } from './ApplicationForFields.js';
import {
  callContextOf,
  eligibilityOf,
  isLateEntry,
  toApplicationInput,
  validateApplication,
  type ApplicationFieldError,
  type ApplicationFormValues,
  type CallContext,
} from './application-form-model.js';
import { ApplicationIntakeFields, ApplicationTextsFields } from './ApplicationIntakeFields.js';
import { BudgetFieldset } from './BudgetFieldset.js';
import { useGrantCall } from '../use-grant-calls.js';

interface ApplicationFormProps {
  id: string | null;
  defaults: ApplicationFormValues;
  /** The documents already attached; the form keeps them as they are. */
  documents: ApplicationInput['documents'];
  openCalls: readonly Call[];
  /** The call chosen when the form opened (it may be closed already). */
  initialCall: Call | null;
  fixedCommunity: string | null;
}

/** Where each of the core's application checks is shown in the form. */
const CHECK_FIELDS = { over_ceiling: 'budget', ineligible: 'eligibility' } as const;

export function ApplicationForm({ id, defaults, documents, openCalls, initialCall, fixedCommunity }: ApplicationFormProps) {
  const { t } = useTranslation('grants', { keyPrefix: 'applicationForm' });
  const errorText = useErrorText();
  const context = useRef<CallContext | null>(callContextOf(initialCall));
  const messageOf = useCallback((error: ApplicationFieldError) => t(`error.${error.key}`, { max: error.max ?? 0 }), [t]);
  const validate = useCallback((values: ApplicationFormValues) => validateApplication(values, context.current), []);
  const record = useRecordForm({
    defaults,
    validate,
    messageOf,
    send: async (values) => {
      const application = toApplicationInput(values, context.current, documents);
      const reply = await createOrUpdate(
        id,
        () => request((api) => api.grantApplications.create({ application })),
        (saved) => request((api) => api.grantApplications.update({ id: saved, application })),
      );
      if (!reply.ok) {
        const { code } = reply.error;
        const message = errorText(reply.error);
        if (code === 'over_ceiling' || code === 'ineligible') record.form.setError(CHECK_FIELDS[code], { type: 'server', message });
        if (code === 'after_deadline') record.form.setError(isLateEntry(values, context.current) ? 'lateReason' : 'receivedDay', { type: 'server', message });
      }
      return reply;
    },
    onSaved: (saved) => goTo({ section: 'grants', view: { name: 'application', id: saved, notice: t('saved') } }),
  });
  const { control, getValues, setValue } = record.form;
  const callId = useWatch({ control, name: 'callId' });
  const call = useGrantCall(callId === '' ? null : callId);
  const chosen = call.state === 'ready' && call.value.id === callId ? call.value : initialCall?.id === callId ? initialCall : null;
  const callContext = callContextOf(chosen);

  // Once the chosen call is read: its checklist replaces the old one (answers kept by item), and blank currencies take its own.
  useEffect(() => {
    context.current = callContextOf(chosen);
    if (chosen === null) return;
    const current = getValues('eligibility');
    const next = eligibilityOf(chosen, current);
    if (next.map((item) => item.itemId).join() !== current.map((item) => item.itemId).join()) setValue('eligibility', next);
    getValues('budget').forEach((line, index) => {
      if (line.currency.trim() === '') setValue(`budget.${index}.currency`, chosen.currency);
    });
  }, [callId, chosen, getValues, setValue]);

  const back = () => goTo(id === null ? { section: 'grants', view: { name: 'applications', callId: defaults.callId || null } } : { section: 'grants', view: { name: 'application', id } });

  return (
    <RecordForm
      record={record}
      className="form roster-form grant-application-form"
      idPrefix="application-"
      texts={{
        fixErrors: t('fixErrors'),
        save: t('save'),
        cancel: t('cancel'),
        leave: { title: t('leave.title'), text: t('leave.text'), stay: t('leave.stay'), leave: t('leave.leave') },
      }}
      onCancel={back}
    >
      <LiveMessage id="application-call-load-error" kind="alert" text={call.state === 'failed' ? errorText(call.error) : null} />
      <ApplicationForFields openCalls={openCalls} chosenCall={chosen ?? initialCall} fixedCommunity={fixedCommunity} />
      <ApplicationIntakeFields context={callContext} />
      <ApplicationTextsFields />
      <BudgetFieldset context={callContext} />
      <EligibilityFieldset />
      <ApplicantContactsFieldset />
      <RecipientFieldset />
    </RecordForm>
  );
}
