// The resource form: react-hook-form checked against the contract's schema, errors inline in the user's language, unsaved-changes guard.
import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RESOURCE_TYPES } from '../../../common/resources/resource.schema.js';
import { SHARING_LEVELS, STRATEGY_AREAS } from '../../../common/roster/taxonomy.js';
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
import { toResourceInput, validateResource, type ResourceFieldError, type ResourceFormValues } from './resource-form-model.js';
import { useResources } from './resources-store.js';

export function ResourceForm({ id, defaults }: { id: string | null; defaults: ResourceFormValues }) {
  const { t, i18n } = useTranslation(['resources', 'taxonomy']);
  const errorText = useErrorText();
  const open = useResources((state) => state.open);
  const resolver = useMemo<Resolver<ResourceFormValues>>(() => {
    const messageOf = (error: ResourceFieldError) => t(`form.error.${error.key}`, { max: error.max ?? 0 });
    return (values) => {
      const errors = validateResource(values);
      return errors.size === 0 ? { values, errors: {} } : { values: {}, errors: toNestedErrors(errors, messageOf) as FieldErrors<ResourceFormValues> };
    };
  }, [t]);
  const { register, control, handleSubmit, formState } = useForm<ResourceFormValues>({ defaultValues: defaults, resolver, mode: 'onSubmit', reValidateMode: 'onChange' });
  const { errors, isDirty, isSubmitting } = formState;
  const [pendingLeave, setPendingLeave] = useState<(() => void) | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const languages = useMemo(() => allLanguages(i18n.language), [i18n.language]);
  const back = () => open(id === null ? { name: 'list' } : { name: 'detail', id });

  useEffect(() => {
    if (!isDirty) return undefined;
    setLeaveGuard((proceed) => setPendingLeave(() => proceed));
    return () => setLeaveGuard(null);
  }, [isDirty]);

  async function save(values: ResourceFormValues): Promise<void> {
    setSaveError(null);
    const epoch = storeEpoch();
    const resource = toResourceInput(values);
    const reply =
      id === null
        ? await request((api) => api.resources.create({ resource }))
        : await request(async (api) => {
            const updated = await api.resources.update({ id, resource });
            return updated.ok ? { ok: true as const, value: { id } } : updated;
          });
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) {
      setSaveError(errorText(reply.error));
      return;
    }
    setLeaveGuard(null);
    open({ name: 'detail', id: reply.value.id, notice: t('detail.saved', { name: values.title.trim() }) });
  }

  const err = (field: keyof ResourceFormValues) => errors[field]?.message;
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <>
      <form className="form roster-form resource-form" noValidate onSubmit={(event) => void handleSubmit(save)(event)}>
        <LiveMessage id="resource-form-errors" kind="alert" text={hasErrors ? t('form.fixErrors') : null} />
        <fieldset className="form-section">
          <legend>{t('form.what')}</legend>
          <FieldShell id="rs-title" label={t('field.title')} error={err('title')}>
            <input id="rs-title" className="input" type="text" maxLength={300} autoComplete="off" {...register('title')} {...fieldAria('rs-title', null, err('title'))} />
          </FieldShell>
          <FieldShell id="rs-type" label={t('field.type')} error={err('type')}>
            <select id="rs-type" className="select" {...register('type')} {...fieldAria('rs-type', null, err('type'))}>
              <option value="">{t('form.chooseType')}</option>
              {RESOURCE_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`taxonomy:resourceType.${type}`)}
                </option>
              ))}
            </select>
          </FieldShell>
          <FieldShell id="rs-summary" label={t('field.summary')} hint={t('form.summaryHint')} error={err('summary')}>
            <textarea id="rs-summary" className="input" rows={5} maxLength={10000} {...register('summary')} {...fieldAria('rs-summary', t('form.summaryHint'), err('summary'))} />
          </FieldShell>
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('form.forWhom')}</legend>
          <Controller
            control={control}
            name="strategyAreas"
            render={({ field }) => (
              <CheckboxGroup
                id="rs-areas"
                legend={t('field.strategyAreas')}
                options={STRATEGY_AREAS}
                labelOf={(value) => t(`taxonomy:strategy.${value}`)}
                value={field.value}
                onChange={field.onChange}
                error={err('strategyAreas')}
              />
            )}
          />
          <Controller
            control={control}
            name="languages"
            render={({ field }) => (
              <CodePicker
                id="rs-languages"
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
          <legend>{t('field.sharing')}</legend>
          <p className="hint">{t('form.sharingHint')}</p>
          {SHARING_LEVELS.map((level) => (
            <div className="radio-field" key={level}>
              <input id={`rs-sharing-${level}`} type="radio" value={level} aria-describedby={`rs-sharing-${level}-hint`} {...register('sharing')} />
              <label htmlFor={`rs-sharing-${level}`}>{t(`taxonomy:sharing.${level}`)}</label>
              <p id={`rs-sharing-${level}-hint`} className="hint">
                {t(`sharing.${level}`)}
              </p>
            </div>
          ))}
        </fieldset>

        <LiveMessage id="resource-save-error" kind="alert" text={saveError} />
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
    </>
  );
}
