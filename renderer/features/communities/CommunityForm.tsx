// The community form: react-hook-form checked against the contract's schema, errors inline in the user's language, unsaved-changes guard.
import { toNestedErrors } from '../../ui/nested-errors.js';
import { useEffect, useMemo, useState } from 'react';
import { Controller, FormProvider, get, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SHARING_LEVELS } from '../../../common/roster/taxonomy.js';
import { request } from '../../app/cre.js';
import { leaveThen, setLeaveGuard } from '../../app/session-store.js';
import { storeEpoch } from '../../app/store-reset.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { CodePicker } from '../roster/CodePicker.js';
import { FieldShell, fieldAria } from '../roster/FormBits.js';
import { allCountries, allLanguages } from '../roster/place-names.js';
import { useCommunities } from './communities-store.js';
import { ContactsFieldset } from '../roster/ContactsFieldset.js';
import {
  toCommunityInput,
  validateCommunity,
  type CommunityFieldError,
  type CommunityFormValues,
} from './community-form-model.js';
import { CountryChooser } from './CountryChooser.js';
import { ConfirmLeaveDialog } from '../../ui/ConfirmLeaveDialog.js';

function messageAt(errors: FieldErrors<CommunityFormValues>, path: string): string | undefined {
  return (get(errors, path) as { message?: string } | undefined)?.message;
}

export function CommunityForm({ id, defaults }: { id: string | null; defaults: CommunityFormValues }) {
  const { t, i18n } = useTranslation(['communities', 'taxonomy']);
  const errorText = useErrorText();
  const open = useCommunities((state) => state.open);
  const resolver = useMemo<Resolver<CommunityFormValues>>(() => {
    const messageOf = (error: CommunityFieldError) => t(`form.error.${error.key}`, { max: error.max ?? 0 });
    return (values) => {
      const errors = validateCommunity(values);
      return errors.size === 0
        ? { values, errors: {} }
        : { values: {}, errors: toNestedErrors(errors, messageOf) as FieldErrors<CommunityFormValues> };
    };
  }, [t]);
  const form = useForm<CommunityFormValues>({ defaultValues: defaults, resolver, mode: 'onSubmit', reValidateMode: 'onChange' });
  const { register, control, handleSubmit, formState } = form;
  const { errors, isDirty, isSubmitting } = formState;
  const [pendingLeave, setPendingLeave] = useState<(() => void) | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const countries = useMemo(() => allCountries(i18n.language), [i18n.language]);
  const languages = useMemo(() => allLanguages(i18n.language), [i18n.language]);
  const back = () => open(id === null ? { name: 'list' } : { name: 'detail', id });

  useEffect(() => {
    if (!isDirty) return undefined;
    setLeaveGuard((proceed) => setPendingLeave(() => proceed));
    return () => setLeaveGuard(null);
  }, [isDirty]);

  async function save(values: CommunityFormValues): Promise<void> {
    setSaveError(null);
    const epoch = storeEpoch();
    const community = toCommunityInput(values);
    const reply =
      id === null
        ? await request((api) => api.communities.create({ community }))
        : await request(async (api) => {
            const updated = await api.communities.update({ id, community });
            return updated.ok ? { ok: true as const, value: { id } } : updated;
          });
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) {
      setSaveError(errorText(reply.error));
      return;
    }
    setLeaveGuard(null);
    open({ name: 'detail', id: reply.value.id, notice: t('detail.saved', { name: values.name.trim() }) });
  }

  const err = (path: string) => messageAt(errors, path);
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <FormProvider {...form}>
      <form className="form roster-form community-form" noValidate onSubmit={(event) => void handleSubmit(save)(event)}>
        <LiveMessage id="community-form-errors" kind="alert" text={hasErrors ? t('form.fixErrors') : null} />
        <fieldset className="form-section">
          <legend>{t('form.who')}</legend>
          <FieldShell id="cm-name" label={t('field.name')} error={err('name')}>
            <input id="cm-name" className="input" type="text" maxLength={200} autoComplete="off" {...register('name')} {...fieldAria('cm-name', null, err('name'))} />
          </FieldShell>
          <Controller
            control={control}
            name="languages"
            render={({ field }) => (
              <CodePicker
                id="cm-languages"
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
          <legend>{t('form.where')}</legend>
          <Controller
            control={control}
            name="country"
            render={({ field }) => (
              <CountryChooser
                id="cm-country"
                legend={t('field.country')}
                all={countries}
                value={field.value}
                onChange={field.onChange}
                error={err('country')}
                inputRef={field.ref}
              />
            )}
          />
          <p className="hint">{t('form.regionHint')}</p>
          <FieldShell id="cm-area" label={t('field.area')} hint={t('form.areaHint')} error={err('area')}>
            <input id="cm-area" className="input" type="text" maxLength={200} autoComplete="off" {...register('area')} {...fieldAria('cm-area', t('form.areaHint'), err('area'))} />
          </FieldShell>
          <fieldset className="coordinates" aria-describedby="cm-coordinates-hint">
            <legend>{t('field.coordinates')}</legend>
            <p id="cm-coordinates-hint" className="hint">
              {t('form.coordinatesHint')}
            </p>
            <div className="field-row">
              <FieldShell id="cm-latitude" label={t('field.latitude')} error={err('latitude')}>
                <input id="cm-latitude" className="input" type="text" inputMode="decimal" autoComplete="off" spellCheck={false} maxLength={30} {...register('latitude')} {...fieldAria('cm-latitude', null, err('latitude'))} />
              </FieldShell>
              <FieldShell id="cm-longitude" label={t('field.longitude')} error={err('longitude')}>
                <input id="cm-longitude" className="input" type="text" inputMode="decimal" autoComplete="off" spellCheck={false} maxLength={30} {...register('longitude')} {...fieldAria('cm-longitude', null, err('longitude'))} />
              </FieldShell>
            </div>
          </fieldset>
        </fieldset>

        <ContactsFieldset
          idPrefix="community-contact"
          reveal={id === null ? null : (contactId) => request((api) => api.communities.revealContact({ id, contactId }))}
        />

        <fieldset className="form-section">
          <legend>{t('field.sharing')}</legend>
          <p className="hint">{t('form.sharingHint')}</p>
          {SHARING_LEVELS.map((level) => (
            <div className="radio-field" key={level}>
              <input id={`cm-sharing-${level}`} type="radio" value={level} aria-describedby={`cm-sharing-${level}-hint`} {...register('sharing')} />
              <label htmlFor={`cm-sharing-${level}`}>{t(`taxonomy:sharing.${level}`)}</label>
              <p id={`cm-sharing-${level}-hint`} className="hint">
                {t(`sharing.${level}`)}
              </p>
            </div>
          ))}
        </fieldset>

        <FieldShell id="cm-notes" label={t('field.notes')} error={err('notes')}>
          <textarea id="cm-notes" className="input" rows={4} maxLength={10000} {...register('notes')} {...fieldAria('cm-notes', null, err('notes'))} />
        </FieldShell>

        <LiveMessage id="community-save-error" kind="alert" text={saveError} />
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
