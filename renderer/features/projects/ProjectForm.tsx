// The harmful project form: react-hook-form checked against the contract's schema, errors inline in the user's language, unsaved-changes guard.
import { useCallback, useMemo } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PROJECT_SECTORS, PROJECT_STAGES, RISK_CATEGORIES } from '../../../common/community/taxonomy.js';
import { request } from '../../app/cre.js';
import { CheckboxGroupField } from '../../ui/CheckboxGroup.js';
import { FormDateField } from '../../ui/DateField.js';
import { FieldShell, fieldAria } from '../../ui/FieldShell.js';
import { RecordForm, recordFormTexts } from '../../ui/RecordForm.js';
import { SelectField } from '../../ui/SelectField.js';
import { createOrUpdate, useRecordForm } from '../../ui/use-record-form.js';
import { allCountries } from '../roster/place-names.js';
import { CompaniesField } from './CompaniesField.js';
import { FinanciersFieldset } from './FinanciersFieldset.js';
import { toProjectInput, validateProject, type ProjectFieldError, type ProjectFormValues } from './project-form-model.js';
import { useProjects } from './projects-store.js';
import { ReferencesFieldset } from './ReferencesFieldset.js';

export function ProjectForm({ id, defaults }: { id: string | null; defaults: ProjectFormValues }) {
  const { t, i18n } = useTranslation(['projects', 'taxonomy']);
  const open = useProjects((state) => state.open);
  const language = i18n.language;
  const validate = useCallback((values: ProjectFormValues) => validateProject(values, language), [language]);
  const messageOf = useCallback((error: ProjectFieldError) => t(`form.error.${error.key}`, { max: error.max ?? 0 }), [t]);
  const record = useRecordForm({
    defaults,
    validate,
    messageOf,
    send: (values) => {
      const project = toProjectInput(values, language);
      return createOrUpdate(
        id,
        () => request((api) => api.projects.create({ project })),
        (saved) => request((api) => api.projects.update({ id: saved, project })),
      );
    },
    onSaved: (saved) => open({ name: 'detail', id: saved }),
  });
  const { register, control } = record.form;
  const err = record.errorAt;
  const countries = useMemo(() => allCountries(language), [language]);
  const back = () => open(id === null ? { name: 'list' } : { name: 'detail', id });

  return (
    <RecordForm record={record} className="form roster-form project-form" idPrefix="project-" texts={recordFormTexts(t)} onCancel={back}>
      <fieldset className="form-section">
        <legend>{t('detail.about')}</legend>
        <FieldShell id="p-name" label={t('field.name')} error={err('name')}>
          <input id="p-name" className="input" type="text" maxLength={300} autoComplete="off" {...register('name')} {...fieldAria('p-name', null, err('name'))} />
        </FieldShell>
        <div className="field-row">
          <SelectField
            id="p-country"
            label={t('field.country')}
            error={err('country')}
            emptyChoice={t('form.chooseCountry')}
            options={countries}
            optionValue={(country) => country.code}
            labelOf={(country) => country.name}
            {...register('country')}
          />
          <FieldShell id="p-location" label={t('field.location')} hint={t('form.locationHint')} error={err('location')}>
            <input id="p-location" className="input" type="text" maxLength={300} {...register('location')} {...fieldAria('p-location', t('form.locationHint'), err('location'))} />
          </FieldShell>
        </div>
        <CheckboxGroupField
          control={control}
          name="sectors"
          id="p-sectors"
          legend={t('field.sectors')}
          options={PROJECT_SECTORS}
          labelOf={(v) => t(`taxonomy:sector.${v}`)}
          error={err('sectors')}
        />
        <div className="field-row">
          <SelectField
            id="p-stage"
            label={t('field.stage')}
            error={err('stage')}
            options={PROJECT_STAGES}
            labelOf={(stage) => t(`taxonomy:projectStage.${stage}`)}
            {...register('stage')}
          />
          <SelectField
            id="p-risk"
            label={t('field.riskCategory')}
            error={err('riskCategory')}
            emptyChoice={t('form.riskNotKnown')}
            options={RISK_CATEGORIES}
            labelOf={(category) => t(`taxonomy:riskCategory.${category}`)}
            {...register('riskCategory')}
          />
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
        <FormDateField id="p-board-date" className="date-input" control={control} name="boardDate" label={t('field.boardDate')} error={err('boardDate')} />
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
    </RecordForm>
  );
}
