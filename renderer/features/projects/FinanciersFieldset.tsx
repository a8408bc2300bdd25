// The form's financiers: repeatable rows of name, the financier's own project id and a public link; add and remove rows.
import { get, useFieldArray, useFormContext, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { newFinancier, type ProjectFormValues } from './project-form-model.js';
import { RowField } from './RowField.js';

function messageAt(errors: FieldErrors<ProjectFormValues>, path: string): string | undefined {
  return (get(errors, path) as { message?: string } | undefined)?.message;
}

export function FinanciersFieldset() {
  const { t } = useTranslation('projects');
  const { control, register, formState } = useFormContext<ProjectFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'financiers', keyName: 'key' });

  return (
    <fieldset className="form-section">
      <legend>{t('field.financiers')}</legend>
      <p className="hint">{t('form.financiersHint')}</p>
      {fields.length === 0 ? <p className="hint">{t('form.noFinanciers')}</p> : null}
      <ol className="contact-rows">
        {fields.map((field, index) => {
          const base = `financier-${index}`;
          const row = t('form.financierRow', { number: index + 1 });
          return (
            <li key={field.key} className="contact-row">
              <fieldset>
                <legend>{row}</legend>
                <div className="field-row">
                  <RowField
                    id={`${base}-name`}
                    label={t('form.financierName')}
                    row={row}
                    maxLength={200}
                    error={messageAt(formState.errors, `financiers.${index}.name`)}
                    registration={register(`financiers.${index}.name`)}
                  />
                  <RowField
                    id={`${base}-project-id`}
                    label={t('form.financierProjectId')}
                    row={row}
                    maxLength={100}
                    error={messageAt(formState.errors, `financiers.${index}.projectId`)}
                    registration={register(`financiers.${index}.projectId`)}
                  />
                </div>
                <RowField
                  id={`${base}-url`}
                  label={t('form.financierUrl')}
                  row={row}
                  type="url"
                  hint={t('form.urlHint')}
                  maxLength={2000}
                  error={messageAt(formState.errors, `financiers.${index}.url`)}
                  registration={register(`financiers.${index}.url`)}
                />
                <div className="actions">
                  <button type="button" className="button secondary" onClick={() => remove(index)}>
                    {t('form.financierRemove', { number: index + 1 })}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => append(newFinancier())}>
          {t('form.financierAdd')}
        </button>
      </div>
    </fieldset>
  );
}
