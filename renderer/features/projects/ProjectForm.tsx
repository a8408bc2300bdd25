// The harmful project form: react-hook-form checked against the contract's schema, errors inline in the user's language, unsaved-changes guard.
import { toNestedErrors } from '../../ui/nested-errors.js';
import { useEffect, useMemo, useState } from 'react';
import { Controller, FormProvider, get, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PROJECT_SECTORS, PROJECT_STAGES, RISK_CATEGORIES } from '../../../common/community/taxonomy.js';
import { request } from '../../app/cre.js';
import { leaveThen, setLeaveGuard } from '../../app/session-store.js';
import { storeEpoch } from '../../app/store-reset.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { CheckboxGroup, FieldShell, fieldAria } from '../roster/FormBits.js';
import { allCountries } from '../roster/place-names.js';
import { CompaniesField } from './CompaniesField.js';
import { FinanciersFieldset } from './FinanciersFieldset.js';
import {
  toProjectInput,
  validateProject,
  type ProjectFieldError,
  type ProjectFormValues,
} from './project-form-model.js';
import { ConfirmLeaveDialog } from '../../ui/ConfirmLeaveDialog.js';
import { useProjects } from './projects-store.js';
import { ReferencesFieldset } from './ReferencesFieldset.js';

function messageAt(errors: FieldErrors<ProjectFormValues>, path: string): string | undefined {
  return (get(errors, path) as { message?: string } | undefined)?.message;
}

export function ProjectForm({ id, defaults }: { id: string | null; defaults: ProjectFormValues }) {
  const { t, i18n } = useTranslation(['projects', 'taxonomy']);
  const errorText = useErrorText();
  const open = useProjects((state) => state.open);
  const language = i18n.language;
  const resolver = useMemo<Resolver<ProjectFormValues>>(() => {
    const messageOf = (error: ProjectFieldError) => t(`form.error.${error.key}`, { max: error.max ?? 0 });
    return (values) => {
      const errors = validateProject(values, language);
      return errors.size === 0
        ? { values, errors: {} }
        : { values: {}, errors: toNestedErrors(errors, messageOf) as FieldErrors<ProjectFormValues> };
    };
  }, [t, language]);
  const form = useForm<ProjectFormValues>({ defaultValues: defaults, resolver, mode: 'onSubmit', reValidateMode: 'onChange' });
  const { register, control, handleSubmit, formState } = form;
  const { errors, isDirty, isSubmitting } = formState;
  const [pendingLeave, setPendingLeave] = useState<(() => void) | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const countries = useMemo(() => allCountries(language), [language]);
  const back = () => open(id === null ? { name: 'list' } : { name: 'detail', id });

  useEffect(() => {
    if (!isDirty) return undefined;
    setLeaveGuard((proceed) => setPendingLeave(() => proceed));
    return () => setLeaveGuard(null);
  }, [isDirty]);

  async function save(values: ProjectFormValues): Promise<void> {
    setSaveError(null);
    const epoch = storeEpoch();
    const project = toProjectInput(values, language);
    const reply =
      id === null
        ? await request((api) => api.projects.create({ project }))
        : await request(async (api) => {
            const updated = await api.projects.update({ id, project });
            return updated.ok ? { ok: true as const, value: { id } } : updated;
          });
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) {
      setSaveError(errorText(reply.error));
      return;
    }
    setLeaveGuard(null);
    open({ name: 'detail', id: reply.value.id });
  }

  const err = (path: string) => messageAt(errors, path);
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <FormProvider {...form}>
      <form className="form roster-form project-form" noValidate onSubmit={(event) => void handleSubmit(save)(event)}>
        <LiveMessage id="project-form-errors" kind="alert" text={hasErrors ? t('form.fixErrors') : null} />
        <fieldset className="form-section">
          <legend>{t('detail.about')}</legend>
          <FieldShell id="p-name" label={t('field.name')} error={err('name')}>
            <input id="p-name" className="input" type="text" maxLength={300} autoComplete="off" {...register('name')} {...fieldAria('p-name', null, err('name'))} />
          </FieldShell>
          <div className="field-row">
            <FieldShell id="p-country" label={t('field.country')} error={err('country')}>
              <select id="p-country" className="select" {...register('country')} {...fieldAria('p-country', null, err('country'))}>
                <option value="">{t('form.chooseCountry')}</option>
                {countries.map((country) => (
                  <option key={country.code} value={country.code}>
                    {country.name}
                  </option>
                ))}
              </select>
            </FieldShell>
            <FieldShell id="p-location" label={t('field.location')} hint={t('form.locationHint')} error={err('location')}>
              <input id="p-location" className="input" type="text" maxLength={300} {...register('location')} {...fieldAria('p-location', t('form.locationHint'), err('location'))} />
            </FieldShell>
          </div>
          <Controller
            control={control}
            name="sectors"
            render={({ field }) => (
              <CheckboxGroup id="p-sectors" legend={t('field.sectors')} options={PROJECT_SECTORS} labelOf={(v) => t(`taxonomy:sector.${v}`)} value={field.value} onChange={field.onChange} error={err('sectors')} />
            )}
          />
          <div className="field-row">
            <FieldShell id="p-stage" label={t('field.stage')} error={err('stage')}>
              <select id="p-stage" className="select" {...register('stage')} {...fieldAria('p-stage', null, err('stage'))}>
                {PROJECT_STAGES.map((stage) => (
                  <option key={stage} value={stage}>
                    {t(`taxonomy:projectStage.${stage}`)}
                  </option>
                ))}
              </select>
            </FieldShell>
            <FieldShell id="p-risk" label={t('field.riskCategory')} error={err('riskCategory')}>
              <select id="p-risk" className="select" {...register('riskCategory')} {...fieldAria('p-risk', null, err('riskCategory'))}>
                <option value="">{t('form.riskNotKnown')}</option>
                {RISK_CATEGORIES.map((category) => (
                  <option key={category} value={category}>
                    {t(`taxonomy:riskCategory.${category}`)}
                  </option>
                ))}
              </select>
            </FieldShell>
          </div>
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('detail.money')}</legend>
          <fieldset className="choice-group">
            <legend>{t('field.investment')}</legend>
            <div className="field-row">
              <FieldShell id="p-amount" label={t('form.amount')} hint={t('form.amountHint')} error={err('investment.amount')}>
                <input id="p-amount" className="input" type="text" inputMode="decimal" autoComplete="off" maxLength={40} {...register('investment.amount')} {...fieldAria('p-amount', t('form.amountHint'), err('investment.amount'))} />
              </FieldShell>
              <FieldShell id="p-currency" label={t('form.currency')} hint={t('form.currencyHint')} error={err('investment.currency')}>
                <input id="p-currency" className="input currency-input" type="text" autoComplete="off" spellCheck={false} maxLength={3} {...register('investment.currency')} {...fieldAria('p-currency', t('form.currencyHint'), err('investment.currency'))} />
              </FieldShell>
            </div>
          </fieldset>
          <FieldShell id="p-board-date" label={t('field.boardDate')} error={err('boardDate')}>
            <input id="p-board-date" className="input date-input" type="date" {...register('boardDate')} {...fieldAria('p-board-date', null, err('boardDate'))} />
          </FieldShell>
          <Controller
            control={control}
            name="companies"
            render={({ field }) => <CompaniesField id="p-companies" value={field.value} onChange={field.onChange} error={err('companies')} inputRef={field.ref} />}
          />
        </fieldset>

        <FinanciersFieldset />
        <ReferencesFieldset />

        <FieldShell id="p-notes" label={t('field.notes')} error={err('notes')}>
          <textarea id="p-notes" className="input" rows={4} maxLength={10000} {...register('notes')} {...fieldAria('p-notes', null, err('notes'))} />
        </FieldShell>

        <LiveMessage id="project-save-error" kind="alert" text={saveError} />
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
