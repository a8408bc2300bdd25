// The form's learnings: repeatable rows of what worked, what did not, a strategy area and free text; add and remove rows.
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { STRATEGY_AREAS } from '../../../common/roster/taxonomy.js';
import { RepeatingRows } from '../../ui/RepeatingRows.js';
import { RowField, RowLabel } from '../../ui/RowField.js';
import { useErrorAt } from '../../ui/use-record-form.js';
import { newLearning, type CollaborationFormValues } from './collaboration-form-model.js';

export function LearningsFieldset() {
  const { t } = useTranslation(['collaborations', 'taxonomy']);
  const { control, register } = useFormContext<CollaborationFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'learnings', keyName: 'key' });
  const err = useErrorAt();

  return (
    <RepeatingRows
      legend={t('field.learnings')}
      hint={t('form.learningsHint')}
      emptyText={t('learnings.empty')}
      rows={fields}
      nameOf={(_, index) => t('learnings.row', { number: index + 1 })}
      removeLabelOf={(_, index) => t('learnings.remove', { number: index + 1 })}
      onRemove={(_, index) => remove(index)}
      add={{ label: t('form.addLearning'), onAdd: () => append(newLearning()) }}
      renderRow={(_, index, row) => (
        <>
          {(['whatWorked', 'whatDidNot', 'text'] as const).map((part) => (
            <RowField
              key={part}
              id={`form-learning-${index}-${part}`}
              label={t(`learnings.${part}`)}
              row={row}
              rows={part === 'text' ? 3 : 2}
              maxLength={part === 'text' ? 10000 : 5000}
              error={err(`learnings.${index}.${part}`)}
              registration={register(`learnings.${index}.${part}`)}
            />
          ))}
          <div className="field">
            <label htmlFor={`form-learning-${index}-area`}>
              <RowLabel label={t('learnings.strategyArea')} row={row} />
            </label>
            <select id={`form-learning-${index}-area`} className="select" {...register(`learnings.${index}.strategyArea`)}>
              <option value="">{t('learnings.noArea')}</option>
              {STRATEGY_AREAS.map((area) => (
                <option key={area} value={area}>
                  {t(`taxonomy:strategy.${area}`)}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
    />
  );
}
