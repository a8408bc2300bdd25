// The follow-up actions: repeatable rows of what is to be done, who owns it, when it is due and the day it was done.
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDateField } from '../../ui/DateField.js';
import { RepeatingRows } from '../../ui/RepeatingRows.js';
import { RowField, RowLabel } from '../../ui/RowField.js';
import { useErrorAt } from '../../ui/use-record-form.js';
import { newAction, type ConsultationFormValues } from './consultation-form-model.js';

export function ActionsFieldset() {
  const { t } = useTranslation('consultations');
  const { control, register } = useFormContext<ConsultationFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'actions', keyName: 'key' });
  const err = useErrorAt();

  return (
    <RepeatingRows
      legend={t('field.actions')}
      hint={t('form.actionsHint')}
      emptyText={t('form.noActions')}
      rows={fields}
      nameOf={(_, index) => t('form.actionRow', { number: index + 1 })}
      removeLabelOf={(_, index) => t('form.actionRemove', { number: index + 1 })}
      onRemove={(_, index) => remove(index)}
      add={{ label: t('form.actionAdd'), onAdd: () => append(newAction()) }}
      renderRow={(_, index, row) => (
        <>
          <RowField
            id={`action-${index}-text`}
            label={t('field.action')}
            row={row}
            rows={2}
            maxLength={1000}
            error={err(`actions.${index}.text`)}
            registration={register(`actions.${index}.text`)}
          />
          <RowField
            id={`action-${index}-owner`}
            label={t('field.owner')}
            row={row}
            hint={t('form.ownerHint')}
            maxLength={100}
            error={err(`actions.${index}.owner`)}
            registration={register(`actions.${index}.owner`)}
          />
          <div className="field-row">
            <FormDateField
              id={`action-${index}-due`}
              className="date-input"
              name={`actions.${index}.dueOn`}
              label={<RowLabel label={t('field.dueOn')} row={row} />}
              error={err(`actions.${index}.dueOn`)}
            />
            <FormDateField
              id={`action-${index}-done`}
              className="date-input"
              name={`actions.${index}.doneOn`}
              label={<RowLabel label={t('field.doneOn')} row={row} />}
              hint={t('form.doneHint')}
              error={err(`actions.${index}.doneOn`)}
            />
          </div>
        </>
      )}
    />
  );
}
