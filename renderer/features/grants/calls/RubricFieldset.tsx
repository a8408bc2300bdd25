// The call's rubric: criteria, each with a name, a weight and what every level of the 0–5 scale means for it.
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MAX_SCORE } from '../../../../common/grants/call.schema.js';
import { fieldAria } from '../../../ui/FieldShell.js';
import { RepeatingRows } from '../../../ui/RepeatingRows.js';
import { RowField, RowLabel } from '../../../ui/RowField.js';
import { FieldShell } from '../../../ui/FieldShell.js';
import { useErrorAt } from '../../../ui/use-record-form.js';
import { newCriterion, type CallFormValues } from './call-form-model.js';

const LEVELS = Array.from({ length: MAX_SCORE + 1 }, (_, level) => level);

export function RubricFieldset() {
  const { t } = useTranslation('grants');
  const { control, register, getValues } = useFormContext<CallFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'rubric', keyName: 'key' });
  const err = useErrorAt();
  return (
    <RepeatingRows
      legend={t('calls.detail.rubric')}
      hint={t('callForm.rubricHint')}
      emptyText={t('callForm.noCriteria')}
      rows={fields}
      nameOf={(_, index) => t('callForm.criterionRow', { number: index + 1 })}
      removeLabelOf={(_, index) => t('callForm.removeCriterion', { number: index + 1 })}
      onRemove={(_, index) => remove(index)}
      notices={err('rubric') ? <p className="field-error">{err('rubric')}</p> : null}
      add={{ label: t('callForm.addCriterion'), onAdd: () => append(newCriterion(getValues('rubric').map((criterion) => criterion.id))) }}
      renderRow={(_, index, row) => {
        const weightId = `call-criterion-${index}-weight`;
        const weightError = err(`rubric.${index}.weight`);
        return (
          <>
            <div className="grants-criterion-head">
              <RowField id={`call-criterion-${index}-name`} label={t('calls.field.criterion')} row={row} maxLength={200} error={err(`rubric.${index}.name`)} registration={register(`rubric.${index}.name`)} />
              <FieldShell id={weightId} label={<RowLabel label={t('calls.field.weight')} row={row} />} error={weightError}>
                <input id={weightId} className="input grants-number" type="text" inputMode="decimal" autoComplete="off" maxLength={6} {...register(`rubric.${index}.weight`)} {...fieldAria(weightId, null, weightError)} />
              </FieldShell>
            </div>
            <div className="grants-levels">
              {LEVELS.map((level) => (
                <RowField
                  key={level}
                  id={`call-criterion-${index}-level-${level}`}
                  label={t('callForm.levelLabel', { level })}
                  row={row}
                  rows={2}
                  maxLength={500}
                  error={err(`rubric.${index}.levels.${level}`)}
                  registration={register(`rubric.${index}.levels.${level}`)}
                />
              ))}
            </div>
          </>
        );
      }}
    />
  );
}
