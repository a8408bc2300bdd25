// The resource form: react-hook-form checked against the contract's schema, errors inline in the user's language, unsaved-changes guard.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { RESOURCE_TYPES } from '../../../common/resources/resource.schema.js';
import { SHARING_LEVELS, STRATEGY_AREAS } from '../../../common/roster/taxonomy.js';
import { request } from '../../app/cre.js';
import { CheckboxGroupField } from '../../ui/CheckboxGroup.js';
import { FieldShell, fieldAria } from '../../ui/FieldShell.js';
import { RadioFieldset } from '../../ui/RadioFieldset.js';
import { RecordForm, recordFormTexts } from '../../ui/RecordForm.js';
import { SelectField } from '../../ui/SelectField.js';
import { createOrUpdate, useRecordForm } from '../../ui/use-record-form.js';
import { LanguagesField } from '../roster/FormBits.js';
import { toResourceInput, validateResource, type ResourceFieldError, type ResourceFormValues } from './resource-form-model.js';
import { useResources } from './resources-store.js';

export function ResourceForm({ id, defaults }: { id: string | null; defaults: ResourceFormValues }) {
  const { t } = useTranslation(['resources', 'taxonomy']);
  const open = useResources((state) => state.open);
  const messageOf = useCallback((error: ResourceFieldError) => t(`form.error.${error.key}`, { max: error.max ?? 0 }), [t]);
  const record = useRecordForm({
    defaults,
    validate: validateResource,
    messageOf,
    send: (values) => {
      const resource = toResourceInput(values);
      return createOrUpdate(
        id,
        () => request((api) => api.resources.create({ resource })),
        (saved) => request((api) => api.resources.update({ id: saved, resource })),
      );
    },
    onSaved: (saved, values) => open({ name: 'detail', id: saved, notice: t('detail.saved', { name: values.title.trim() }) }),
  });
  const { register, control } = record.form;
  const err = record.errorAt;
  const back = () => open(id === null ? { name: 'list' } : { name: 'detail', id });

  return (
    <RecordForm record={record} className="form roster-form resource-form" idPrefix="resource-" texts={recordFormTexts(t)} onCancel={back}>
      <fieldset className="form-section">
        <legend>{t('form.what')}</legend>
        <FieldShell id="rs-title" label={t('field.title')} error={err('title')}>
          <input id="rs-title" className="input" type="text" maxLength={300} autoComplete="off" {...register('title')} {...fieldAria('rs-title', null, err('title'))} />
        </FieldShell>
        <SelectField
          id="rs-type"
          label={t('field.type')}
          error={err('type')}
          emptyChoice={t('form.chooseType')}
          options={RESOURCE_TYPES}
          labelOf={(type) => t(`taxonomy:resourceType.${type}`)}
          {...register('type')}
        />
        <FieldShell id="rs-summary" label={t('field.summary')} hint={t('form.summaryHint')} error={err('summary')}>
          <textarea id="rs-summary" className="input" rows={5} maxLength={10000} {...register('summary')} {...fieldAria('rs-summary', t('form.summaryHint'), err('summary'))} />
        </FieldShell>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('form.forWhom')}</legend>
        <CheckboxGroupField
          control={control}
          name="strategyAreas"
          id="rs-areas"
          legend={t('field.strategyAreas')}
          options={STRATEGY_AREAS}
          labelOf={(value) => t(`taxonomy:strategy.${value}`)}
          error={err('strategyAreas')}
        />
        <LanguagesField control={control} id="rs-languages" legend={t('field.languages')} filterLabel={t('form.findLanguage')} error={err('languages')} />
      </fieldset>

      <RadioFieldset
        idPrefix="rs-sharing"
        legend={t('field.sharing')}
        hint={t('form.sharingHint')}
        options={SHARING_LEVELS}
        labelOf={(level) => t(`taxonomy:sharing.${level}`)}
        hintOf={(level) => t(`sharing.${level}`)}
        registration={register('sharing')}
      />
    </RecordForm>
  );
}
