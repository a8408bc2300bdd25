// The rest of the application form: the call's eligibility checklist as ticks, the applicant's contacts (sensitive:
// they never leave this vault), who receives the money, and the language of the award letter.
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../../common/code-names.js';
import { LANGUAGES } from '../../../../common/languages.js';
import { CONTACT_TYPES } from '../../../../common/roster/taxonomy.js';
import { FieldShell, fieldAria } from '../../../ui/FieldShell.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { RepeatingRows } from '../../../ui/RepeatingRows.js';
import { RowField, RowLabel } from '../../../ui/RowField.js';
import { SelectField } from '../../../ui/SelectField.js';
import { useErrorAt } from '../../../ui/use-record-form.js';
import type { ApplicationFormValues } from './application-form-model.js';

export function EligibilityFieldset() {
  const { t } = useTranslation('grants', { keyPrefix: 'applicationForm' });
  const { control, register } = useFormContext<ApplicationFormValues>();
  const err = useErrorAt();
  const items = useWatch({ control, name: 'eligibility' });
  const unmet = items.filter((item) => !item.met).map((item) => item.text);
  return (
    <fieldset className="form-section">
      <legend>{t('eligibility')}</legend>
      <p className="hint">{items.length === 0 ? t('eligibilityNone') : t('eligibilityHint')}</p>
      <LiveMessage id="application-eligibility-error" kind="alert" text={err('eligibility') ?? null} />
      <LiveMessage id="application-eligibility-unmet" kind="status" tone="info" text={unmet.length > 0 ? t('eligibilityUnmet', { items: unmet.join('; ') }) : null} />
      {items.map((item, index) => (
        <div className="checkbox-field" key={item.itemId}>
          <input id={`application-eligibility-${item.itemId}`} type="checkbox" {...register(`eligibility.${index}.met`)} />
          <label htmlFor={`application-eligibility-${item.itemId}`}>{item.text}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function ApplicantContactsFieldset() {
  const { t } = useTranslation('grants', { keyPrefix: 'applicationForm' });
  const { t: tx } = useTranslation('taxonomy');
  const { control, register } = useFormContext<ApplicationFormValues>();
  const err = useErrorAt();
  const { fields, append, remove } = useFieldArray({ control, name: 'contacts', keyName: 'key' });
  return (
    <RepeatingRows
      legend={t('contacts')}
      hint={t('contactsHint')}
      emptyText={t('noContacts')}
      rows={fields}
      notices={<p className="message message-warning grant-sensitive">{t('contactsSensitive')}</p>}
      nameOf={(_, index) => t('contactNumber', { number: index + 1 })}
      removeLabelOf={(_, index) => t('contactRemove', { number: index + 1 })}
      onRemove={(_, index) => remove(index)}
      add={{ label: t('contactAdd'), onAdd: () => append({ type: 'phone', value: '', note: '' }) }}
      renderRow={(_, index, name) => {
        const base = `application-contact-${index}`;
        return (
          <>
            <div className="field-row">
              <FieldShell id={`${base}-type`} label={<RowLabel label={t('contactType')} row={name} />}>
                <select id={`${base}-type`} className="select" {...register(`contacts.${index}.type`)}>
                  {CONTACT_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {tx(`contactType.${type}`)}
                    </option>
                  ))}
                </select>
              </FieldShell>
              <RowField id={`${base}-value`} label={t('contactValue')} row={name} error={err(`contacts.${index}.value`)} registration={register(`contacts.${index}.value`)} maxLength={500} />
            </div>
            <RowField id={`${base}-note`} label={t('contactNote')} row={name} error={err(`contacts.${index}.note`)} registration={register(`contacts.${index}.note`)} maxLength={500} />
          </>
        );
      }}
    />
  );
}

export function RecipientFieldset() {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'applicationForm' });
  const { control, register } = useFormContext<ApplicationFormValues>();
  const err = useErrorAt();
  const recipient = useWatch({ control, name: 'recipient' });
  return (
    <fieldset className="form-section">
      <legend>{t('recipient')}</legend>
      <p className="hint">{t('recipientHint')}</p>
      {(['community', 'intermediary'] as const).map((choice) => (
        <div className="radio-field" key={choice}>
          <input id={`application-recipient-${choice}`} type="radio" value={choice} {...register('recipient')} />
          <label htmlFor={`application-recipient-${choice}`}>{t(`recipientChoice.${choice}`)}</label>
        </div>
      ))}
      {recipient === 'intermediary' ? (
        <FieldShell id="application-intermediary" label={t('intermediaryName')} error={err('intermediaryName')}>
          <input
            id="application-intermediary"
            className="input"
            type="text"
            maxLength={200}
            autoComplete="off"
            {...register('intermediaryName')}
            {...fieldAria('application-intermediary', null, err('intermediaryName'))}
          />
        </FieldShell>
      ) : null}
      <SelectField
        id="application-letter-language"
        label={t('letterLanguage')}
        hint={t('letterLanguageHint')}
        error={err('letterLanguage')}
        options={LANGUAGES}
        labelOf={(code) => languageName(code, i18n.language)}
        {...register('letterLanguage')}
      />
    </fieldset>
  );
}
