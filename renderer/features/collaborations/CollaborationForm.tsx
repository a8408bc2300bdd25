// The collaboration form: react-hook-form checked against the contract's schema, errors inline in the user's language, unsaved-changes guard.
import { useEffect, useMemo, useState } from 'react';
import { FormProvider, get, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { request } from '../../app/cre.js';
import { leaveThen, setLeaveGuard } from '../../app/session-store.js';
import { storeEpoch } from '../../app/store-reset.js';
import { ConfirmLeaveDialog } from '../../ui/ConfirmLeaveDialog.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { toNestedErrors } from '../../ui/nested-errors.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { FieldShell, fieldAria } from '../roster/FormBits.js';
import {
  toCollaborationInput,
  validateCollaboration,
  type CollaborationFieldError,
  type CollaborationFormValues,
} from './collaboration-form-model.js';
import { useCollaborations } from './collaborations-store.js';
import { CommunityRequestFields } from './CommunityRequestFields.js';
import { LearningsFieldset } from './LearningsFieldset.js';
import { MembersFieldset } from './MembersFieldset.js';

function messageAt(errors: FieldErrors<CollaborationFormValues>, path: string): string | undefined {
  return (get(errors, path) as { message?: string } | undefined)?.message;
}

interface CollaborationFormProps {
  id: string | null;
  defaults: CollaborationFormValues;
  /** The community's name when it cannot change (editing, or started from a community or request). */
  fixedCommunity: string | null;
}

export function CollaborationForm({ id, defaults, fixedCommunity }: CollaborationFormProps) {
  const { t } = useTranslation('collaborations');
  const errorText = useErrorText();
  const open = useCollaborations((state) => state.open);
  const resolver = useMemo<Resolver<CollaborationFormValues>>(() => {
    const messageOf = (error: CollaborationFieldError) => t(`form.error.${error.key}`, { max: error.max ?? 0 });
    return (values) => {
      const errors = validateCollaboration(values);
      return errors.size === 0
        ? { values, errors: {} }
        : { values: {}, errors: toNestedErrors(errors, messageOf) as FieldErrors<CollaborationFormValues> };
    };
  }, [t]);
  const form = useForm<CollaborationFormValues>({ defaultValues: defaults, resolver, mode: 'onSubmit', reValidateMode: 'onChange' });
  const { register, handleSubmit, formState } = form;
  const { errors, isDirty, isSubmitting } = formState;
  const [pendingLeave, setPendingLeave] = useState<(() => void) | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const back = () => open(id === null ? { name: 'list' } : { name: 'detail', id });

  useEffect(() => {
    if (!isDirty) return undefined;
    setLeaveGuard((proceed) => setPendingLeave(() => proceed));
    return () => setLeaveGuard(null);
  }, [isDirty]);

  async function save(values: CollaborationFormValues): Promise<void> {
    setSaveError(null);
    const epoch = storeEpoch();
    const collaboration = toCollaborationInput(values);
    const reply =
      id === null
        ? await request((api) => api.collaborations.create({ collaboration }))
        : await request(async (api) => {
            const updated = await api.collaborations.update({ id, collaboration });
            return updated.ok ? { ok: true as const, value: { id } } : updated;
          });
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) {
      setSaveError(errorText(reply.error));
      return;
    }
    setLeaveGuard(null);
    open({ name: 'detail', id: reply.value.id, notice: t('detail.saved') });
  }

  const err = (path: string) => messageAt(errors, path);
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <FormProvider {...form}>
      <form className="form roster-form collaboration-form" noValidate onSubmit={(event) => void handleSubmit(save)(event)}>
        <LiveMessage id="collaboration-form-errors" kind="alert" text={hasErrors ? t('form.fixErrors') : null} />
        <CommunityRequestFields fixedCommunity={fixedCommunity} />
        <MembersFieldset />
        <fieldset className="form-section">
          <legend>{t('form.following')}</legend>
          <FieldShell id="collaboration-owner" label={t('field.owner')} hint={t('form.ownerHint')} error={err('owner')}>
            <input id="collaboration-owner" className="input" type="text" maxLength={200} autoComplete="off" {...register('owner')} {...fieldAria('collaboration-owner', t('form.ownerHint'), err('owner'))} />
          </FieldShell>
          <FieldShell id="collaboration-follow-up" label={t('field.nextFollowUp')} error={err('nextFollowUp')}>
            <input id="collaboration-follow-up" className="input" type="date" {...register('nextFollowUp')} {...fieldAria('collaboration-follow-up', null, err('nextFollowUp'))} />
          </FieldShell>
          <FieldShell id="collaboration-outcomes" label={t('field.outcomes')} error={err('outcomes')}>
            <textarea id="collaboration-outcomes" className="input" rows={4} maxLength={10000} {...register('outcomes')} {...fieldAria('collaboration-outcomes', null, err('outcomes'))} />
          </FieldShell>
        </fieldset>
        <LearningsFieldset />

        <LiveMessage id="collaboration-save-error" kind="alert" text={saveError} />
        <div className="actions">
          <button type="submit" className="button primary" aria-disabled={isSubmitting || undefined}>
            {t('form.save')}
          </button>
          <button type="button" className="button secondary" onClick={() => leaveThen(back)}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
      <ConfirmLeaveDialog
        pending={pendingLeave}
        onStay={() => setPendingLeave(null)}
        texts={{ title: t('leave.title'), text: t('leave.text'), stay: t('leave.stay'), leave: t('leave.leave') }}
      />
    </FormProvider>
  );
}
