// The form's public references: repeatable rows of a title and a public link; add and remove rows.
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RepeatingRows } from '../../ui/RepeatingRows.js';
import { RowField } from '../../ui/RowField.js';
import { useErrorAt } from '../../ui/use-record-form.js';
import { newReference, type ProjectFormValues } from './project-form-model.js';

export function ReferencesFieldset() {
  const { t } = useTranslation('projects');
  const { control, register } = useFormContext<ProjectFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'references', keyName: 'key' });
  const err = useErrorAt();

  return (
    <RepeatingRows
      legend={t('field.references')}
      hint={t('form.referencesHint')}
      emptyText={t('form.noReferences')}
      rows={fields}
      nameOf={(_, index) => t('form.referenceRow', { number: index + 1 })}
      removeLabelOf={(_, index) => t('form.referenceRemove', { number: index + 1 })}
      onRemove={(_, index) => remove(index)}
      add={{ label: t('form.referenceAdd'), onAdd: () => append(newReference()) }}
      renderRow={(_, index, row) => (
        <>
          <RowField
            id={`reference-${index}-title`}
            label={t('form.referenceTitle')}
            row={row}
            maxLength={300}
            error={err(`references.${index}.title`)}
            registration={register(`references.${index}.title`)}
          />
          <RowField
            id={`reference-${index}-url`}
            label={t('form.referenceUrl')}
            row={row}
            type="url"
            hint={t('form.urlHint')}
            maxLength={2000}
            error={err(`references.${index}.url`)}
            registration={register(`references.${index}.url`)}
          />
        </>
      )}
    />
  );
}
