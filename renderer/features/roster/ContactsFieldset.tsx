// Contact channels in any record's form (collaborator, community): add, edit and remove; a hidden (sensitive, unrevealed)
// value is kept as it is unless revealed to edit.
import { useState } from 'react';
import { get, useFieldArray, useFormContext, useWatch, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CONTACT_TYPES } from '../../../common/roster/taxonomy.js';
import { storeEpoch } from '../../app/store-reset.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import type { Reply } from '../../../common/contract/errors.js';
import { newContact, type CollaboratorFormValues } from './collaborator-form-model.js';
import { FieldShell, fieldAria } from './FormBits.js';

/** Any form whose values hold contact channels the way the roster form does. */
type ContactsFormValues = Pick<CollaboratorFormValues, 'contacts'>;

function messageAt(errors: FieldErrors<ContactsFormValues>, path: string): string | undefined {
  return (get(errors, path) as { message?: string } | undefined)?.message;
}

interface ContactsFieldsetProps {
  /** Reveals one stored value (audited by the main process); null for a record not saved yet. */
  reveal: ((contactId: string) => Promise<Reply<{ value: string }>>) | null;
  /** Keeps element ids unique when two forms could share a page. */
  idPrefix?: string;
}

export function ContactsFieldset({ reveal, idPrefix = 'contact' }: ContactsFieldsetProps) {
  const { t } = useTranslation(['roster', 'taxonomy']);
  const errorText = useErrorText();
  const { control, register, resetField, formState } = useFormContext<ContactsFormValues>();
  const contacts = useWatch({ control, name: 'contacts' });
  const { fields, append, remove } = useFieldArray({ control, name: 'contacts', keyName: 'key' });
  const [error, setError] = useState<string | null>(null);

  async function revealToEdit(index: number, contactId: string): Promise<void> {
    if (reveal === null) return;
    setError(null);
    const epoch = storeEpoch();
    const reply = await reveal(contactId);
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) {
      setError(errorText(reply.error));
      return;
    }
    // Revealing is not an edit: the revealed value becomes the field's starting value, so the form stays clean.
    resetField(`contacts.${index}.value`, { defaultValue: reply.value.value });
    resetField(`contacts.${index}.masked`, { defaultValue: false });
  }

  return (
    <fieldset className="form-section">
      <legend>{t('field.contacts')}</legend>
      <p className="hint">{t('form.contactsHint')}</p>
      {fields.length === 0 ? <p className="hint">{t('detail.noContacts')}</p> : null}
      <ol className="contact-rows">
        {fields.map((field, index) => {
          const base = `${idPrefix}-${index}`;
          const masked = contacts[index]?.masked ?? field.masked;
          const typeError = messageAt(formState.errors, `contacts.${index}.type`);
          const valueError = messageAt(formState.errors, `contacts.${index}.value`);
          const noteError = messageAt(formState.errors, `contacts.${index}.note`);
          return (
            <li key={field.key} className="contact-row">
              <fieldset>
                <legend>{t('form.contactNumber', { number: index + 1 })}</legend>
                <div className="field-row">
                  <FieldShell id={`${base}-type`} label={t('form.contactType')} error={typeError}>
                    <select id={`${base}-type`} className="select" {...register(`contacts.${index}.type`)} {...fieldAria(`${base}-type`, null, typeError)}>
                      {CONTACT_TYPES.map((type) => (
                        <option key={type} value={type}>
                          {t(`taxonomy:contactType.${type}`)}
                        </option>
                      ))}
                    </select>
                  </FieldShell>
                  {masked ? (
                    <div className="field">
                      <span className="field-label" id={`${base}-value-label`}>
                        {t('form.contactValue')}
                      </span>
                      <p className="masked-line">
                        <span className="masked">{t('detail.hidden')}</span>{' '}
                        <button
                          type="button"
                          className="button secondary small"
                          aria-describedby={`${base}-value-label`}
                          onClick={() => field.contactId && void revealToEdit(index, field.contactId)}
                        >
                          {t('form.revealToEdit')}
                        </button>
                      </p>
                      <p className="hint">{t('form.hiddenKept')}</p>
                    </div>
                  ) : (
                    <FieldShell id={`${base}-value`} label={t('form.contactValue')} error={valueError}>
                      <input
                        id={`${base}-value`}
                        className="input"
                        type="text"
                        autoComplete="off"
                        spellCheck={false}
                        maxLength={500}
                        {...register(`contacts.${index}.value`)}
                        {...fieldAria(`${base}-value`, null, valueError)}
                      />
                    </FieldShell>
                  )}
                </div>
                <FieldShell id={`${base}-note`} label={t('form.contactNote')} error={noteError}>
                  <input
                    id={`${base}-note`}
                    className="input"
                    type="text"
                    maxLength={500}
                    {...register(`contacts.${index}.note`)}
                    {...fieldAria(`${base}-note`, null, noteError)}
                  />
                </FieldShell>
                <div className="checkbox-field">
                  <input id={`${base}-sensitive`} type="checkbox" {...register(`contacts.${index}.sensitive`)} />
                  <label htmlFor={`${base}-sensitive`}>{t('form.contactSensitive')}</label>
                </div>
                <div className="actions">
                  <button type="button" className="button secondary" onClick={() => remove(index)}>
                    {t('form.contactRemove', { number: index + 1 })}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <LiveMessage id={`${idPrefix}s-error`} kind="alert" text={error} />
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => append(newContact())}>
          {t('form.contactAdd')}
        </button>
      </div>
    </fieldset>
  );
}
