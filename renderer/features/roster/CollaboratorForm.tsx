// The collaborator form: react-hook-form checked against the contract's schema, errors inline in the user's language, unsaved-changes guard.
import { useCallback, useMemo } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  AVAILABILITY_STATUSES,
  COLLABORATOR_KINDS,
  LEVELS,
  SHARING_LEVELS,
  STRATEGY_AREAS,
  VETTING_STATUSES,
} from '../../../common/roster/taxonomy.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { CheckboxGroupField } from '../../ui/CheckboxGroup.js';
import { FormDateField } from '../../ui/DateField.js';
import { FieldShell, fieldAria } from '../../ui/FieldShell.js';
import { RadioFieldset } from '../../ui/RadioFieldset.js';
import { RecordForm, recordFormTexts } from '../../ui/RecordForm.js';
import { SelectField } from '../../ui/SelectField.js';
import { createOrUpdate, useRecordForm } from '../../ui/use-record-form.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { toCollaboratorInput, validateCollaborator, type CollaboratorFormValues, type FieldError } from './collaborator-form-model.js';
import { CodePicker } from './CodePicker.js';
import { ContactsFieldset } from './ContactsFieldset.js';
import { DuplicateNotice, useDuplicateCheck } from './DuplicateNotice.js';
import { LanguagesField } from './FormBits.js';
import { allCountries } from './place-names.js';
import { useRoster } from './roster-store.js';
import { TagsField } from './TagsField.js';

export function CollaboratorForm({ id, defaults }: { id: string | null; defaults: CollaboratorFormValues }) {
  const { t, i18n } = useTranslation(['roster', 'taxonomy']);
  const errorText = useErrorText();
  const open = useRoster((state) => state.open);
  const messageOf = useCallback((error: FieldError) => t(`form.error.${error.key}`, { max: error.max ?? 0 }), [t]);
  const record = useRecordForm({
    defaults,
    validate: validateCollaborator,
    messageOf,
    // The duplicate check watches the form, so it is set up below, once the form exists; Save asks it then.
    confirm: (values) => duplicates.confirmSave(values.name, values.countries),
    send: (values) => {
      // Risk notes the user never revealed stay as stored: the vault keeps them, so saving needs no reveal.
      const keepRiskNotes = id !== null && values.riskNotesMasked;
      const collaborator = toCollaboratorInput(values);
      return createOrUpdate(
        id,
        () => request((api) => api.roster.create({ collaborator })),
        (saved) => request((api) => api.roster.update({ id: saved, collaborator, keepRiskNotes })),
      );
    },
    onSaved: (saved) => open({ name: 'detail', id: saved }),
  });
  const { register, control, resetField } = record.form;
  const err = record.errorAt;
  const countries = useMemo(() => allCountries(i18n.language), [i18n.language]);
  const riskMasked = useWatch({ control, name: 'riskNotesMasked' });
  const duplicates = useDuplicateCheck(id, control);
  const back = () => open(id === null ? { name: 'list' } : { name: 'detail', id });

  async function revealRiskNotes(): Promise<void> {
    if (id === null) return;
    const epoch = storeEpoch();
    const reply = await request((api) => api.roster.revealRiskNotes({ id }));
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) {
      record.setSaveError(errorText(reply.error));
      return;
    }
    resetField('riskNotes', { defaultValue: reply.value.riskNotes });
    resetField('riskNotesMasked', { defaultValue: false });
  }

  return (
    <RecordForm record={record} className="form roster-form" idPrefix="" texts={recordFormTexts(t)} onCancel={back}>
      <fieldset className="form-section">
        <legend>{t('detail.who')}</legend>
        <FieldShell id="c-name" label={t('field.name')} error={err('name')}>
          <input id="c-name" className="input" type="text" maxLength={200} autoComplete="off" {...register('name')} {...fieldAria('c-name', null, err('name'))} />
        </FieldShell>
        <SelectField id="c-kind" label={t('field.kind')} error={err('kind')} options={COLLABORATOR_KINDS} labelOf={(kind) => t(`taxonomy:kind.${kind}`)} {...register('kind')} />
        <Controller
          control={control}
          name="countries"
          render={({ field }) => (
            <CodePicker
              id="c-countries"
              legend={t('field.countries')}
              filterLabel={t('form.findCountry')}
              all={countries}
              value={field.value}
              onChange={field.onChange}
              error={err('countries')}
              inputRef={field.ref}
            />
          )}
        />
        <p className="hint">{t('form.regionHint')}</p>
        <DuplicateNotice matches={duplicates.matches} />
        <LanguagesField control={control} id="c-languages" legend={t('field.languages')} filterLabel={t('form.findLanguage')} error={err('languages')} />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('detail.what')}</legend>
        <CheckboxGroupField control={control} name="levels" id="c-levels" legend={t('field.levels')} options={LEVELS} labelOf={(v) => t(`taxonomy:level.${v}`)} error={err('levels')} />
        <CheckboxGroupField
          control={control}
          name="strategyAreas"
          id="c-areas"
          legend={t('field.strategyAreas')}
          options={STRATEGY_AREAS}
          labelOf={(v) => t(`taxonomy:strategy.${v}`)}
          error={err('strategyAreas')}
        />
        <Controller
          control={control}
          name="expertise"
          render={({ field }) => <TagsField id="c-expertise" value={field.value} onChange={field.onChange} error={err('expertise')} />}
        />
      </fieldset>

      <ContactsFieldset reveal={id === null ? null : (contactId) => request((api) => api.roster.revealContact({ id, contactId }))} />

      <fieldset className="form-section">
        <legend>{t('field.vetting')}</legend>
        <SelectField
          id="c-vetting-status"
          label={t('field.vettingStatus')}
          error={err('vetting.status')}
          options={VETTING_STATUSES}
          labelOf={(status) => t(`taxonomy:vetting.${status}`)}
          {...register('vetting.status')}
        />
        <FieldShell id="c-vouched" label={t('field.vouchedBy')} error={err('vetting.vouchedBy')}>
          <input id="c-vouched" className="input" type="text" maxLength={200} {...register('vetting.vouchedBy')} {...fieldAria('c-vouched', null, err('vetting.vouchedBy'))} />
        </FieldShell>
        <FormDateField id="c-vetting-date" control={control} name="vetting.date" label={t('field.vettingDate')} error={err('vetting.date')} />
        <FieldShell id="c-vetting-note" label={t('field.vettingNote')} error={err('vetting.note')}>
          <textarea id="c-vetting-note" className="input" rows={2} maxLength={2000} {...register('vetting.note')} {...fieldAria('c-vetting-note', null, err('vetting.note'))} />
        </FieldShell>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('field.availability')}</legend>
        <SelectField
          id="c-availability"
          label={t('field.availabilityStatus')}
          error={err('availability.status')}
          options={AVAILABILITY_STATUSES}
          labelOf={(status) => t(`taxonomy:availability.${status}`)}
          {...register('availability.status')}
        />
        <FormDateField id="c-until" control={control} name="availability.until" label={t('field.until')} hint={t('form.untilHint')} error={err('availability.until')} />
      </fieldset>

      <RadioFieldset
        idPrefix="c-sharing"
        legend={t('field.sharing')}
        hint={t('form.sharingHint')}
        options={SHARING_LEVELS}
        labelOf={(level) => t(`taxonomy:sharing.${level}`)}
        hintOf={(level) => t(`sharing.${level}`)}
        registration={register('sharing')}
      />

      <fieldset className="form-section sensitive-section">
        <legend>{t('field.riskNotes')}</legend>
        <p className="hint">{t('form.riskHint')}</p>
        {riskMasked ? (
          <div>
            <p className="masked-line">
              <span className="masked">{t('detail.hidden')}</span>{' '}
              <button type="button" className="button secondary small" onClick={() => void revealRiskNotes()}>
                {t('form.revealToEdit')}
                <span className="visually-hidden"> {t('field.riskNotes')}</span>
              </button>
            </p>
            <p className="hint">{t('form.riskKept')}</p>
          </div>
        ) : (
          <FieldShell id="c-risk" label={t('form.riskLabel')} error={err('riskNotes')}>
            <textarea id="c-risk" className="input" rows={3} maxLength={10000} spellCheck={false} {...register('riskNotes')} {...fieldAria('c-risk', null, err('riskNotes'))} />
          </FieldShell>
        )}
      </fieldset>

      <FieldShell id="c-notes" label={t('field.notes')} error={err('notes')}>
        <textarea id="c-notes" className="input" rows={4} maxLength={10000} {...register('notes')} {...fieldAria('c-notes', null, err('notes'))} />
      </FieldShell>
    </RecordForm>
  );
}
