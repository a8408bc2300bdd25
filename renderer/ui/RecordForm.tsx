// The frame of a record's add/edit form: the error summary, the fields, Save and Cancel, and the unsaved-changes dialog.
import type { ReactNode } from 'react';
import { FormProvider, type FieldValues } from 'react-hook-form';
import { leaveThen } from '../app/session-store.js';
import { ConfirmLeaveDialog, type LeaveTexts } from './ConfirmLeaveDialog.js';
import { LiveMessage } from './LiveMessage.js';
import type { RecordFormState } from './use-record-form.js';

export interface RecordFormTexts {
  /** Announced at the top while some field has an error. */
  fixErrors: string;
  save: string;
  cancel: string;
  leave: LeaveTexts;
}

type RecordFormTextKey = 'form.fixErrors' | 'form.save' | 'form.cancel' | 'leave.title' | 'leave.text' | 'leave.stay' | 'leave.leave';

/** The frame's texts from a feature's namespace, where every record form keeps them under the same keys. */
export function recordFormTexts(t: (key: RecordFormTextKey) => string): RecordFormTexts {
  return {
    fixErrors: t('form.fixErrors'),
    save: t('form.save'),
    cancel: t('form.cancel'),
    leave: { title: t('leave.title'), text: t('leave.text'), stay: t('leave.stay'), leave: t('leave.leave') },
  };
}

interface RecordFormProps<V extends FieldValues> {
  record: RecordFormState<V>;
  className: string;
  /** Prefix of the ids of the form's messages: `resource-` gives `resource-form-errors` and `resource-save-error`. */
  idPrefix: string;
  texts: RecordFormTexts;
  /** Where Cancel goes, once the unsaved-changes guard agrees. */
  onCancel: () => void;
  children: ReactNode;
}

export function RecordForm<V extends FieldValues>({ record, className, idPrefix, texts, onCancel, children }: RecordFormProps<V>) {
  const { errors, isSubmitting } = record.form.formState;
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <FormProvider {...record.form}>
      <form className={className} noValidate onSubmit={(event) => void record.submit(event)}>
        <LiveMessage id={`${idPrefix}form-errors`} kind="alert" text={hasErrors ? texts.fixErrors : null} />
        {children}
        <LiveMessage id={`${idPrefix}save-error`} kind="alert" text={record.saveError} />
        <div className="actions">
          <button type="submit" className="button primary" aria-disabled={isSubmitting || undefined}>
            {texts.save}
          </button>
          <button type="button" className="button secondary" onClick={() => leaveThen(onCancel)}>
            {texts.cancel}
          </button>
        </div>
      </form>
      <ConfirmLeaveDialog pending={record.leave.pending} onStay={record.leave.stay} texts={texts.leave} />
    </FormProvider>
  );
}
