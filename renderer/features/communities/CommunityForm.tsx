// The community form: react-hook-form checked against the contract's schema, errors inline in the user's language, unsaved-changes guard.
import { useCallback, useMemo } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SHARING_LEVELS } from '../../../common/roster/taxonomy.js';
import { request } from '../../app/cre.js';
import { FieldShell, fieldAria } from '../../ui/FieldShell.js';
import { RadioFieldset } from '../../ui/RadioFieldset.js';
import { RecordForm, recordFormTexts } from '../../ui/RecordForm.js';
import { createOrUpdate, useRecordForm } from '../../ui/use-record-form.js';
import { ContactsFieldset } from '../roster/ContactsFieldset.js';
import { LanguagesField } from '../roster/FormBits.js';
import { allCountries } from '../roster/place-names.js';
import { useCommunities } from './communities-store.js';
import { toCommunityInput, validateCommunity, type CommunityFieldError, type CommunityFormValues } from './community-form-model.js';
import { CountryChooser } from './CountryChooser.js';

export function CommunityForm({ id, defaults }: { id: string | null; defaults: CommunityFormValues }) {
  const { t, i18n } = useTranslation(['communities', 'taxonomy']);
  const open = useCommunities((state) => state.open);
  const messageOf = useCallback((error: CommunityFieldError) => t(`form.error.${error.key}`, { max: error.max ?? 0 }), [t]);
  const record = useRecordForm({
    defaults,
    validate: validateCommunity,
    messageOf,
    send: (values) => {
      const community = toCommunityInput(values);
      return createOrUpdate(
        id,
        () => request((api) => api.communities.create({ community })),
        (saved) => request((api) => api.communities.update({ id: saved, community })),
      );
    },
    onSaved: (saved, values) => open({ name: 'detail', id: saved, notice: t('detail.saved', { name: values.name.trim() }) }),
  });
  const { register, control } = record.form;
  const err = record.errorAt;
  const countries = useMemo(() => allCountries(i18n.language), [i18n.language]);
  const back = () => open(id === null ? { name: 'list' } : { name: 'detail', id });

  return (
    <RecordForm record={record} className="form roster-form community-form" idPrefix="community-" texts={recordFormTexts(t)} onCancel={back}>
      <fieldset className="form-section">
        <legend>{t('form.who')}</legend>
        <FieldShell id="cm-name" label={t('field.name')} error={err('name')}>
          <input id="cm-name" className="input" type="text" maxLength={200} autoComplete="off" {...register('name')} {...fieldAria('cm-name', null, err('name'))} />
        </FieldShell>
        <LanguagesField control={control} id="cm-languages" legend={t('field.languages')} filterLabel={t('form.findLanguage')} error={err('languages')} />
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

      <RadioFieldset
        idPrefix="cm-sharing"
        legend={t('field.sharing')}
        hint={t('form.sharingHint')}
        options={SHARING_LEVELS}
        labelOf={(level) => t(`taxonomy:sharing.${level}`)}
        hintOf={(level) => t(`sharing.${level}`)}
        registration={register('sharing')}
      />

      <FieldShell id="cm-notes" label={t('field.notes')} error={err('notes')}>
        <textarea id="cm-notes" className="input" rows={4} maxLength={10000} {...register('notes')} {...fieldAria('cm-notes', null, err('notes'))} />
      </FieldShell>
    </RecordForm>
  );
}
