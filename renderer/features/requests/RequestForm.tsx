// The support request form: react-hook-form checked against the contract's schema, errors inline in the user's language, unsaved-changes guard.
import { useEffect, useMemo, useState } from 'react';
import { Controller, FormProvider, get, useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CommunitySummary } from '../../../common/community/community.schema.js';
import { REQUEST_STATUSES, URGENCIES } from '../../../common/community/taxonomy.js';
import { LEVELS, STRATEGY_AREAS } from '../../../common/roster/taxonomy.js';
import { request } from '../../app/cre.js';
import { leaveThen, setLeaveGuard } from '../../app/session-store.js';
import { storeEpoch } from '../../app/store-reset.js';
import { ConfirmLeaveDialog } from '../../ui/ConfirmLeaveDialog.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { toNestedErrors } from '../../ui/nested-errors.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { CodePicker } from '../roster/CodePicker.js';
import { CheckboxGroup, FieldShell, fieldAria } from '../roster/FormBits.js';
import { allLanguages } from '../roster/place-names.js';
import { toRequestInput, validateRequest, type RequestFieldError, type RequestFormValues } from './request-form-model.js';
import { useRequests } from './requests-store.js';
import { StruggleChoice } from './StruggleChoice.js';

function messageAt(errors: FieldErrors<RequestFormValues>, path: string): string | undefined {
  return (get(errors, path) as { message?: string } | undefined)?.message;
}

interface RequestFormProps {
  /** null for a new request. */
  id: string | null;
  defaults: RequestFormValues;
  /** The community the request is for when it is settled (editing, or opened from a community); otherwise chosen from `choices`. */
  fixedCommunity: { id: string; name: string } | null;
  choices: readonly CommunitySummary[];
}

export function RequestForm({ id, defaults, fixedCommunity, choices }: RequestFormProps) {
  const { t, i18n } = useTranslation(['requests', 'taxonomy']);
  const errorText = useErrorText();
  const open = useRequests((state) => state.open);
  const resolver = useMemo<Resolver<RequestFormValues>>(() => {
    const messageOf = (error: RequestFieldError) => t(`form.error.${error.key}`, { max: error.max ?? 0 });
    return (values) => {
      const errors = validateRequest(values);
      return errors.size === 0
        ? { values, errors: {} }
        : { values: {}, errors: toNestedErrors(errors, messageOf) as FieldErrors<RequestFormValues> };
    };
  }, [t]);
  const form = useForm<RequestFormValues>({ defaultValues: defaults, resolver, mode: 'onSubmit', reValidateMode: 'onChange' });
  const { register, control, handleSubmit, formState, setValue } = form;
  const { errors, isDirty, isSubmitting } = formState;
  const [pendingLeave, setPendingLeave] = useState<(() => void) | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const languages = useMemo(() => allLanguages(i18n.language), [i18n.language]);
  const communityId = useWatch({ control, name: 'communityId' });
  const back = () => open(id === null ? { name: 'list' } : { name: 'detail', id });

  useEffect(() => {
    if (!isDirty) return undefined;
    setLeaveGuard((proceed) => setPendingLeave(() => proceed));
    return () => setLeaveGuard(null);
  }, [isDirty]);

  async function save(values: RequestFormValues): Promise<void> {
    setSaveError(null);
    const epoch = storeEpoch();
    const input = toRequestInput(values);
    const reply =
      id === null
        ? await request((api) => api.requests.create({ request: input }))
        : await request(async (api) => {
            const updated = await api.requests.update({ id, request: input });
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
  const communityRegistration = register('communityId', {
    // A struggle belongs to one community: choosing another community clears it.
    onChange: () => setValue('struggleId', ''),
  });
  return (
    <FormProvider {...form}>
      <form className="form roster-form request-form" noValidate onSubmit={(event) => void handleSubmit(save)(event)}>
        <LiveMessage id="request-form-errors" kind="alert" text={hasErrors ? t('form.fixErrors') : null} />
        <fieldset className="form-section">
          <legend>{t('form.who')}</legend>
          {fixedCommunity ? (
            <p className="fixed-community">
              <span className="field-label">{t('field.community')}: </span>
              {fixedCommunity.name}
            </p>
          ) : (
            <FieldShell id="rq-community" label={t('field.community')} error={err('communityId')}>
              <select id="rq-community" className="select" {...communityRegistration} {...fieldAria('rq-community', null, err('communityId'))}>
                <option value="">{t('form.chooseCommunity')}</option>
                {choices.map((community) => (
                  <option key={community.id} value={community.id}>
                    {community.name}
                  </option>
                ))}
              </select>
            </FieldShell>
          )}
          <StruggleChoice communityId={communityId === '' ? null : communityId} error={err('struggleId')} />
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('form.what')}</legend>
          <FieldShell id="rq-description" label={t('field.description')} hint={t('form.descriptionHint')} error={err('description')}>
            <textarea
              id="rq-description"
              className="input"
              rows={5}
              maxLength={10000}
              {...register('description')}
              {...fieldAria('rq-description', t('form.descriptionHint'), err('description'))}
            />
          </FieldShell>
          <Controller
            control={control}
            name="strategyAreas"
            render={({ field }) => (
              <CheckboxGroup
                id="rq-areas"
                legend={t('field.strategyAreas')}
                options={STRATEGY_AREAS}
                labelOf={(area) => t(`taxonomy:strategy.${area}`)}
                value={field.value}
                onChange={field.onChange}
                error={err('strategyAreas')}
              />
            )}
          />
          <FieldShell id="rq-level" label={t('field.level')} error={err('level')}>
            <select id="rq-level" className="select" {...register('level')} {...fieldAria('rq-level', null, err('level'))}>
              {LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`taxonomy:level.${level}`)}
                </option>
              ))}
            </select>
          </FieldShell>
          <Controller
            control={control}
            name="languages"
            render={({ field }) => (
              <CodePicker
                id="rq-languages"
                legend={t('field.languages')}
                filterLabel={t('form.findLanguage')}
                all={languages}
                value={field.value}
                onChange={field.onChange}
                error={err('languages')}
                inputRef={field.ref}
              />
            )}
          />
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('form.when')}</legend>
          <div className="field-row">
            <FieldShell id="rq-urgency" label={t('field.urgency')} error={err('urgency')}>
              <select id="rq-urgency" className="select" {...register('urgency')} {...fieldAria('rq-urgency', null, err('urgency'))}>
                {URGENCIES.map((urgency) => (
                  <option key={urgency} value={urgency}>
                    {t(`taxonomy:urgency.${urgency}`)}
                  </option>
                ))}
              </select>
            </FieldShell>
            <FieldShell id="rq-deadline" label={t('field.deadline')} hint={t('form.deadlineHint')} error={err('deadline')}>
              <input
                id="rq-deadline"
                className="input date-input"
                type="date"
                {...register('deadline')}
                {...fieldAria('rq-deadline', t('form.deadlineHint'), err('deadline'))}
              />
            </FieldShell>
          </div>
          {id !== null ? (
            <FieldShell id="rq-status" label={t('field.status')} error={err('status')}>
              <select id="rq-status" className="select" {...register('status')} {...fieldAria('rq-status', null, err('status'))}>
                {REQUEST_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`taxonomy:requestStatus.${status}`)}
                  </option>
                ))}
              </select>
            </FieldShell>
          ) : null}
        </fieldset>

        <LiveMessage id="request-save-error" kind="alert" text={saveError} />
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
