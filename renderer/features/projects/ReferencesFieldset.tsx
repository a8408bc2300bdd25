// The form's public references: repeatable rows of a title and a public link; add and remove rows.
import { get, useFieldArray, useFormContext, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { newReference, type ProjectFormValues } from './project-form-model.js';
import { RowField } from './RowField.js';

function messageAt(errors: FieldErrors<ProjectFormValues>, path: string): string | undefined {
  return (get(errors, path) as { message?: string } | undefined)?.message;
}

export function ReferencesFieldset() {
  const { t } = useTranslation('projects');
  const { control, register, formState } = useFormContext<ProjectFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'references', keyName: 'key' });

  return (
    <fieldset className="form-section">
      <legend>{t('field.references')}</legend>
      <p className="hint">{t('form.referencesHint')}</p>
      {fields.length === 0 ? <p className="hint">{t('form.noReferences')}</p> : null}
      <ol className="contact-rows">
        {fields.map((field, index) => {
          const base = `reference-${index}`;
          const row = t('form.referenceRow', { number: index + 1 });
          return (
            <li key={field.key} className="contact-row">
              <fieldset>
                <legend>{row}</legend>
                <RowField
                  id={`${base}-title`}
                  label={t('form.referenceTitle')}
                  row={row}
                  maxLength={300}
                  error={messageAt(formState.errors, `references.${index}.title`)}
                  registration={register(`references.${index}.title`)}
                />
                <RowField
                  id={`${base}-url`}
                  label={t('form.referenceUrl')}
                  row={row}
                  type="url"
                  hint={t('form.urlHint')}
                  maxLength={2000}
                  error={messageAt(formState.errors, `references.${index}.url`)}
                  registration={register(`references.${index}.url`)}
                />
                <div className="actions">
                  <button type="button" className="button secondary" onClick={() => remove(index)}>
                    {t('form.referenceRemove', { number: index + 1 })}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => append(newReference())}>
          {t('form.referenceAdd')}
        </button>
      </div>
    </fieldset>
  );
}
