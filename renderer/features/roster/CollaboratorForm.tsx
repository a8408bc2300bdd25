// The collaborator form: react-hook-form checked against the contract's schema, errors inline in the user's language, unsaved-changes guard.
import { toNestedErrors } from '../../ui/nested-errors.js';
import { useEffect, useMemo, useState } from 'react';
import { Controller, FormProvider, get, useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
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
import { setLeaveGuard, leaveThen } from '../../app/session-store.js';
import { storeEpoch } from '../../app/store-reset.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import {
  toCollaboratorInput,
  validateCollaborator,
  type CollaboratorFormValues,
  type FieldError,
} from './collaborator-form-model.js';
import { CodePicker } from './CodePicker.js';
import { ConfirmLeaveDialog } from '../../ui/ConfirmLeaveDialog.js';
import { ContactsFieldset } from './ContactsFieldset.js';
import { DuplicateNotice, useDuplicateCheck } from './DuplicateNotice.js';
import { CheckboxGroup, FieldShell, fieldAria } from './FormBits.js';
import { allCountries, allLanguages } from './place-names.js';
import { useRoster } from './roster-store.js';
import { TagsField } from './TagsField.js';

function messageAt(errors: FieldErrors<CollaboratorFormValues>, path: string): string | undefined {
  return (get(errors, path) as { message?: string } | undefined)?.message;
}

export function CollaboratorForm({ id, defaults }: { id: string | null; defaults: CollaboratorFormValues }) {
  const { t, i18n } = useTranslation(['roster', 'taxonomy']);
  const errorText = useErrorText();
  const open = useRoster((state) => state.open);
  const resolver = useMemo<Resolver<CollaboratorFormValues>>(() => {
    const messageOf = (error: FieldError) => t(`form.error.${error.key}`, { max: error.max ?? 0 });
    return (values) => {
      const errors = validateCollaborator(values);
      return errors.size === 0
        ? { values, errors: {} }
        : { values: {}, errors: toNestedErrors(errors, messageOf) as FieldErrors<CollaboratorFormValues> };
    };
  }, [t]);
  const form = useForm<CollaboratorFormValues>({ defaultValues: defaults, resolver, mode: 'onSubmit', reValidateMode: 'onChange' });
  const { register, control, handleSubmit, formState, resetField } = form;
  const { errors, isDirty, isSubmitting } = formState;
  const [pendingLeave, setPendingLeave] = useState<(() => void) | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const countries = useMemo(() => allCountries(i18n.language), [i18n.language]);
  const languages = useMemo(() => allLanguages(i18n.language), [i18n.language]);
  const riskMasked = useWatch({ control, name: 'riskNotesMasked' });
  const duplicates = useDuplicateCheck(id, control);
  const back = () => open(id === null ? { name: 'list' } : { name: 'detail', id });

  useEffect(() => {
    if (!isDirty) return undefined;
    setLeaveGuard((proceed) => setPendingLeave(() => proceed));
    return () => setLeaveGuard(null);
  }, [isDirty]);

  async function revealRiskNotes(): Promise<void> {
    if (id === null) return;
    const epoch = storeEpoch();
    const reply = await request((api) => api.roster.revealRiskNotes({ id }));
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) {
      setSaveError(errorText(reply.error));
      return;
    }
    resetField('riskNotes', { defaultValue: reply.value.riskNotes });
    resetField('riskNotesMasked', { defaultValue: false });
  }

  async function save(values: CollaboratorFormValues): Promise<void> {
    setSaveError(null);
    if (!(await duplicates.confirmSave(values.name, values.countries))) return;
    const epoch = storeEpoch();
    // Risk notes the user never revealed stay as stored: the vault keeps them, so saving needs no reveal.
    const keepRiskNotes = id !== null && values.riskNotesMasked;
    const collaborator = toCollaboratorInput(values);
    const reply =
      id === null
        ? await request((api) => api.roster.create({ collaborator }))
        : await request(async (api) => {
            const updated = await api.roster.update({ id, collaborator, keepRiskNotes });
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
      <form className="form roster-form" noValidate onSubmit={(event) => void handleSubmit(save)(event)}>
        <LiveMessage id="form-errors" kind="alert" text={hasErrors ? t('form.fixErrors') : null} />
        <fieldset className="form-section">
          <legend>{t('detail.who')}</legend>
          <FieldShell id="c-name" label={t('field.name')} error={err('name')}>
            <input id="c-name" className="input" type="text" maxLength={200} autoComplete="off" {...register('name')} {...fieldAria('c-name', null, err('name'))} />
          </FieldShell>
          <FieldShell id="c-kind" label={t('field.kind')} error={err('kind')}>
            <select id="c-kind" className="select" {...register('kind')} {...fieldAria('c-kind', null, err('kind'))}>
              {COLLABORATOR_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`taxonomy:kind.${kind}`)}
                </option>
              ))}
            </select>
          </FieldShell>
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
          <Controller
            control={control}
            name="languages"
            render={({ field }) => (
              <CodePicker
                id="c-languages"
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
          <legend>{t('detail.what')}</legend>
          <Controller
            control={control}
            name="levels"
            render={({ field }) => (
              <CheckboxGroup id="c-levels" legend={t('field.levels')} options={LEVELS} labelOf={(v) => t(`taxonomy:level.${v}`)} value={field.value} onChange={field.onChange} error={err('levels')} />
            )}
          />
          <Controller
            control={control}
            name="strategyAreas"
            render={({ field }) => (
              <CheckboxGroup id="c-areas" legend={t('field.strategyAreas')} options={STRATEGY_AREAS} labelOf={(v) => t(`taxonomy:strategy.${v}`)} value={field.value} onChange={field.onChange} error={err('strategyAreas')} />
            )}
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
          <FieldShell id="c-vetting-status" label={t('field.vettingStatus')} error={err('vetting.status')}>
            <select id="c-vetting-status" className="select" {...register('vetting.status')}>
              {VETTING_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`taxonomy:vetting.${status}`)}
                </option>
              ))}
            </select>
          </FieldShell>
          <FieldShell id="c-vouched" label={t('field.vouchedBy')} error={err('vetting.vouchedBy')}>
            <input id="c-vouched" className="input" type="text" maxLength={200} {...register('vetting.vouchedBy')} {...fieldAria('c-vouched', null, err('vetting.vouchedBy'))} />
          </FieldShell>
          <FieldShell id="c-vetting-date" label={t('field.vettingDate')} error={err('vetting.date')}>
            <input id="c-vetting-date" className="input" type="date" {...register('vetting.date')} {...fieldAria('c-vetting-date', null, err('vetting.date'))} />
          </FieldShell>
          <FieldShell id="c-vetting-note" label={t('field.vettingNote')} error={err('vetting.note')}>
            <textarea id="c-vetting-note" className="input" rows={2} maxLength={2000} {...register('vetting.note')} {...fieldAria('c-vetting-note', null, err('vetting.note'))} />
          </FieldShell>
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('field.availability')}</legend>
          <FieldShell id="c-availability" label={t('field.availabilityStatus')} error={err('availability.status')}>
            <select id="c-availability" className="select" {...register('availability.status')}>
              {AVAILABILITY_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`taxonomy:availability.${status}`)}
                </option>
              ))}
            </select>
          </FieldShell>
          <FieldShell id="c-until" label={t('field.until')} hint={t('form.untilHint')} error={err('availability.until')}>
            <input id="c-until" className="input" type="date" {...register('availability.until')} {...fieldAria('c-until', t('form.untilHint'), err('availability.until'))} />
          </FieldShell>
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('field.sharing')}</legend>
          <p className="hint">{t('form.sharingHint')}</p>
          {SHARING_LEVELS.map((level) => (
            <div className="radio-field" key={level}>
              <input id={`c-sharing-${level}`} type="radio" value={level} aria-describedby={`c-sharing-${level}-hint`} {...register('sharing')} />
              <label htmlFor={`c-sharing-${level}`}>{t(`taxonomy:sharing.${level}`)}</label>
              <p id={`c-sharing-${level}-hint`} className="hint">
                {t(`sharing.${level}`)}
              </p>
            </div>
          ))}
        </fieldset>

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

        <LiveMessage id="save-error" kind="alert" text={saveError} />
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
