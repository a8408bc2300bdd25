// The collaboration form: react-hook-form checked against the contract's schema, errors inline in the user's language, unsaved-changes guard.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../app/cre.js';
import { FormDateField } from '../../ui/DateField.js';
import { FieldShell, fieldAria } from '../../ui/FieldShell.js';
import { RecordForm, recordFormTexts } from '../../ui/RecordForm.js';
import { createOrUpdate, useRecordForm } from '../../ui/use-record-form.js';
import { toCollaborationInput, validateCollaboration, type CollaborationFieldError, type CollaborationFormValues } from './collaboration-form-model.js';
import { useCollaborations } from './collaborations-store.js';
import { CommunityRequestFields } from './CommunityRequestFields.js';
import { LearningsFieldset } from './LearningsFieldset.js';
import { MembersFieldset } from './MembersFieldset.js';

interface CollaborationFormProps {
  id: string | null;
  defaults: CollaborationFormValues;
  /** The community's name when it cannot change (editing, or started from a community or request). */
  fixedCommunity: string | null;
}

export function CollaborationForm({ id, defaults, fixedCommunity }: CollaborationFormProps) {
  const { t } = useTranslation('collaborations');
  const open = useCollaborations((state) => state.open);
  const messageOf = useCallback((error: CollaborationFieldError) => t(`form.error.${error.key}`, { max: error.max ?? 0 }), [t]);
  const record = useRecordForm({
    defaults,
    validate: validateCollaboration,
    messageOf,
    send: (values) => {
      const collaboration = toCollaborationInput(values);
      return createOrUpdate(
        id,
        () => request((api) => api.collaborations.create({ collaboration })),
        (saved) => request((api) => api.collaborations.update({ id: saved, collaboration })),
      );
    },
    onSaved: (saved) => open({ name: 'detail', id: saved, notice: t('detail.saved') }),
  });
  const { register } = record.form;
  const err = record.errorAt;
  const back = () => open(id === null ? { name: 'list' } : { name: 'detail', id });

  return (
    <RecordForm record={record} className="form roster-form collaboration-form" idPrefix="collaboration-" texts={recordFormTexts(t)} onCancel={back}>
      <CommunityRequestFields fixedCommunity={fixedCommunity} />
      <MembersFieldset />
      <fieldset className="form-section">
        <legend>{t('form.following')}</legend>
        <FieldShell id="collaboration-owner" label={t('field.owner')} hint={t('form.ownerHint')} error={err('owner')}>
          <input id="collaboration-owner" className="input" type="text" maxLength={200} autoComplete="off" {...register('owner')} {...fieldAria('collaboration-owner', t('form.ownerHint'), err('owner'))} />
        </FieldShell>
        <FormDateField id="collaboration-follow-up" control={record.form.control} name="nextFollowUp" label={t('field.nextFollowUp')} error={err('nextFollowUp')} />
        <FieldShell id="collaboration-outcomes" label={t('field.outcomes')} error={err('outcomes')}>
          <textarea id="collaboration-outcomes" className="input" rows={4} maxLength={10000} {...register('outcomes')} {...fieldAria('collaboration-outcomes', null, err('outcomes'))} />
        </FieldShell>
      </fieldset>
      <LearningsFieldset />
    </RecordForm>
  );
}
