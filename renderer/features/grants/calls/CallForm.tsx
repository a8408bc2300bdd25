// The call form: react-hook-form checked against the contract's call schema, errors inline in the interface language,
// the unsaved-changes guard; texts, who it is for, places, dates with their time zone, money, checklist, documents,
// rubric and working group.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIONS, STRATEGY_AREAS } from '../../../../common/roster/taxonomy.js';
import { request } from '../../../app/cre.js';
import { CheckboxGroupField } from '../../../ui/CheckboxGroup.js';
import { FormDateField } from '../../../ui/DateField.js';
import { FieldShell, fieldAria } from '../../../ui/FieldShell.js';
import { RecordForm, recordFormTexts } from '../../../ui/RecordForm.js';
import { SelectField } from '../../../ui/SelectField.js';
import { FormTimeField } from '../../../ui/TimeField.js';
import { createOrUpdate, useRecordForm } from '../../../ui/use-record-form.js';
import { currencyChoices, currencyLabel, timeZoneChoices } from '../grants-format.js';
import { useGrants } from '../grants-store.js';
import { toCallInput, validateCall, type CallFieldError, type CallFormValues } from './call-form-model.js';
import { DocumentsFieldset, EligibilityFieldset } from './CallListsFieldsets.js';
import { CallTextsFieldset } from './CallTextsFieldset.js';
import { RubricFieldset } from './RubricFieldset.js';
import { TargetsFieldset } from './TargetsFieldset.js';
import { WorkingGroupFieldset } from './WorkingGroupFieldset.js';

const CALL_REGIONS = REGIONS.filter((region): region is Exclude<typeof region, 'global'> => region !== 'global');

function MoneyFields({ record }: { record: ReturnType<typeof useRecordForm<CallFormValues, CallFieldError>> }) {
  const { t, i18n } = useTranslation('grants');
  const { register, getValues } = record.form;
  const err = record.errorAt;
  const currencies = useMemo(() => currencyChoices([getValues('currency')]), [getValues]);
  return (
    <fieldset className="form-section">
      <legend>{t('callForm.money')}</legend>
      <SelectField id="call-currency" label={t('calls.field.currency')} options={currencies} labelOf={(code) => currencyLabel(code, i18n.language)} error={err('currency')} {...register('currency')} />
      <div className="field-row">
        {(['ceiling', 'envelope'] as const).map((name) => {
          const id = `call-${name}`;
          const hint = t(`callForm.${name}Hint`);
          return (
            <FieldShell key={name} id={id} label={t(`calls.field.${name}`)} hint={hint} error={err(name)}>
              <input id={id} className="input grants-number" type="text" inputMode="decimal" autoComplete="off" maxLength={20} {...register(name)} {...fieldAria(id, hint, err(name))} />
            </FieldShell>
          );
        })}
      </div>
    </fieldset>
  );
}

function ScheduleFields({ record }: { record: ReturnType<typeof useRecordForm<CallFormValues, CallFieldError>> }) {
  const { t } = useTranslation('grants');
  const { register, getValues } = record.form;
  const err = record.errorAt;
  const zones = useMemo(() => timeZoneChoices([getValues('timeZone')]), [getValues]);
  return (
    <fieldset className="form-section">
      <legend>{t('callForm.schedule')}</legend>
      <p className="hint">{t('callForm.scheduleHint')}</p>
      <div className="field-row">
        <FormDateField<CallFormValues> id="call-opens-date" name="opensDate" label={t('callForm.opensDate')} error={err('opensDate')} />
        <FormTimeField<CallFormValues> id="call-opens-time" name="opensTime" label={t('callForm.opensTime')} error={err('opensTime')} />
      </div>
      <div className="field-row">
        <FormDateField<CallFormValues> id="call-closes-date" name="closesDate" label={t('callForm.closesDate')} error={err('closesDate')} />
        <FormTimeField<CallFormValues> id="call-closes-time" name="closesTime" label={t('callForm.closesTime')} error={err('closesTime')} />
      </div>
      <SelectField id="call-time-zone" label={t('calls.field.timeZone')} hint={t('callForm.timeZoneHint')} options={zones} labelOf={(zone) => zone} error={err('timeZone')} {...register('timeZone')} />
    </fieldset>
  );
}

export function CallForm({ id, defaults }: { id: string | null; defaults: CallFormValues }) {
  const { t } = useTranslation(['grants', 'taxonomy']);
  const open = useGrants((state) => state.open);
  const messageOf = useCallback((error: CallFieldError) => t(`grants:callForm.error.${error.key}`, { max: error.max ?? 0 }), [t]);
  const record = useRecordForm<CallFormValues, CallFieldError>({
    defaults,
    validate: validateCall,
    messageOf,
    send: (values) => {
      const call = toCallInput(values);
      return createOrUpdate(
        id,
        () => request((api) => api.grantCalls.create({ call })),
        (saved) => request((api) => api.grantCalls.update({ id: saved, call })),
      );
    },
    onSaved: (saved) => open({ name: 'call', id: saved, notice: t('grants:callForm.saved') }),
  });
  const { control } = record.form;
  const err = record.errorAt;
  const back = () => open(id === null ? { name: 'calls' } : { name: 'call', id });

  return (
    <RecordForm record={record} className="form roster-form grants-call-form" idPrefix="call-" texts={recordFormTexts((key) => t(`grants:callForm.${key}`))} onCancel={back}>
      <CallTextsFieldset />
      <TargetsFieldset />
      <fieldset className="form-section">
        <legend>{t('grants:callForm.places')}</legend>
        <CheckboxGroupField control={control} name="regions" id="call-regions" legend={t('grants:calls.field.regions')} options={CALL_REGIONS} labelOf={(region) => t(`taxonomy:region.${region}`)} error={err('regions')} />
        <CheckboxGroupField control={control} name="strategyAreas" id="call-areas" legend={t('grants:calls.field.strategyAreas')} options={STRATEGY_AREAS} labelOf={(area) => t(`taxonomy:strategy.${area}`)} error={err('strategyAreas')} />
      </fieldset>
      <ScheduleFields record={record} />
      <MoneyFields record={record} />
      <EligibilityFieldset />
      <DocumentsFieldset />
      <RubricFieldset />
      <WorkingGroupFieldset />
    </RecordForm>
  );
}
