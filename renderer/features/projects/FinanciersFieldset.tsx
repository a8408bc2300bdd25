// The form's financiers: repeatable rows of name, the financier's own project id and a public link; add and remove rows.
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RepeatingRows } from '../../ui/RepeatingRows.js';
import { RowField } from '../../ui/RowField.js';
import { useErrorAt } from '../../ui/use-record-form.js';
import { newFinancier, type ProjectFormValues } from './project-form-model.js';

export function FinanciersFieldset() {
  const { t } = useTranslation('projects');
  const { control, register } = useFormContext<ProjectFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'financiers', keyName: 'key' });
  const err = useErrorAt();

  return (
    <RepeatingRows
      legend={t('field.financiers')}
      hint={t('form.financiersHint')}
      emptyText={t('form.noFinanciers')}
      rows={fields}
      nameOf={(_, index) => t('form.financierRow', { number: index + 1 })}
      removeLabelOf={(_, index) => t('form.financierRemove', { number: index + 1 })}
      onRemove={(_, index) => remove(index)}
      add={{ label: t('form.financierAdd'), onAdd: () => append(newFinancier()) }}
      renderRow={(_, index, row) => (
        <>
          <div className="field-row">
            <RowField
              id={`financier-${index}-name`}
              label={t('form.financierName')}
              row={row}
              maxLength={200}
              error={err(`financiers.${index}.name`)}
              registration={register(`financiers.${index}.name`)}
            />
            <RowField
              id={`financier-${index}-project-id`}
              label={t('form.financierProjectId')}
              row={row}
              maxLength={100}
              error={err(`financiers.${index}.projectId`)}
              registration={register(`financiers.${index}.projectId`)}
            />
          </div>
          <RowField
            id={`financier-${index}-url`}
            label={t('form.financierUrl')}
            row={row}
            type="url"
            hint={t('form.urlHint')}
            maxLength={2000}
            error={err(`financiers.${index}.url`)}
            registration={register(`financiers.${index}.url`)}
          />
        </>
      )}
    />
  );
}
