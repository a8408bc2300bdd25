// Contact channels in any record's form (collaborator, community): add, edit and remove; a hidden (sensitive, unrevealed)
// value is kept as it is unless revealed to edit.
import { useState } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CONTACT_TYPES } from '../../../common/roster/taxonomy.js';
import { storeEpoch } from '../../app/store-reset.js';
import type { Reply } from '../../../common/contract/errors.js';
import { FieldShell, fieldAria } from '../../ui/FieldShell.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { RepeatingRows } from '../../ui/RepeatingRows.js';
import { SelectField } from '../../ui/SelectField.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useErrorAt } from '../../ui/use-record-form.js';
import { newContact, type CollaboratorFormValues } from './collaborator-form-model.js';

/** Any form whose values hold contact channels the way the roster form does. */
type ContactsFormValues = Pick<CollaboratorFormValues, 'contacts'>;

interface ContactsFieldsetProps {
  /** Reveals one stored value (audited by the main process); null for a record not saved yet. */
  reveal: ((contactId: string) => Promise<Reply<{ value: string }>>) | null;
  /** Keeps element ids unique when two forms could share a page. */
  idPrefix?: string;
}

export function ContactsFieldset({ reveal, idPrefix = 'contact' }: ContactsFieldsetProps) {
  const { t } = useTranslation(['roster', 'taxonomy']);
  const errorText = useErrorText();
  const { control, register, resetField } = useFormContext<ContactsFormValues>();
  const err = useErrorAt();
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
    <RepeatingRows
      legend={t('field.contacts')}
      hint={t('form.contactsHint')}
      emptyText={t('detail.noContacts')}
      rows={fields}
      nameOf={(_, index) => t('form.contactNumber', { number: index + 1 })}
      removeLabelOf={(_, index) => t('form.contactRemove', { number: index + 1 })}
      onRemove={(_, index) => remove(index)}
      after={<LiveMessage id={`${idPrefix}s-error`} kind="alert" text={error} />}
      add={{ label: t('form.contactAdd'), onAdd: () => append(newContact()) }}
      renderRow={(field, index) => {
        const base = `${idPrefix}-${index}`;
        const masked = contacts[index]?.masked ?? field.masked;
        const valueError = err(`contacts.${index}.value`);
        const noteError = err(`contacts.${index}.note`);
        return (
          <>
            <div className="field-row">
              <SelectField
                id={`${base}-type`}
                label={t('form.contactType')}
                error={err(`contacts.${index}.type`)}
                options={CONTACT_TYPES}
                labelOf={(type) => t(`taxonomy:contactType.${type}`)}
                {...register(`contacts.${index}.type`)}
              />
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
          </>
        );
      }}
    />
  );
}
