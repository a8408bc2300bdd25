// The form's learnings: repeatable rows of what worked, what did not, a strategy area and free text; add and remove rows.
import { get, useFieldArray, useFormContext, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { STRATEGY_AREAS } from '../../../common/roster/taxonomy.js';
import { FieldError, fieldAria } from '../roster/FormBits.js';
import { newLearning, type CollaborationFormValues } from './collaboration-form-model.js';

function messageAt(errors: FieldErrors<CollaborationFormValues>, path: string): string | undefined {
  return (get(errors, path) as { message?: string } | undefined)?.message;
}

export function LearningsFieldset() {
  const { t } = useTranslation(['collaborations', 'taxonomy']);
  const { control, register, formState } = useFormContext<CollaborationFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'learnings', keyName: 'key' });
  const err = (path: string) => messageAt(formState.errors, path);

  return (
    <fieldset className="form-section">
      <legend>{t('field.learnings')}</legend>
      <p className="hint">{t('form.learningsHint')}</p>
      {fields.length === 0 ? <p className="hint">{t('learnings.empty')}</p> : null}
      <ol className="contact-rows">
        {fields.map((field, index) => {
          const base = `form-learning-${index}`;
          const row = t('learnings.row', { number: index + 1 });
          const label = (text: string) => (
            <>
              {text}
              <span className="visually-hidden">, {row}</span>
            </>
          );
          return (
            <li key={field.key} className="contact-row">
              <fieldset>
                <legend>{row}</legend>
                {(['whatWorked', 'whatDidNot', 'text'] as const).map((part) => (
                  <div className="field" key={part}>
                    <label htmlFor={`${base}-${part}`}>{label(t(`learnings.${part}`))}</label>
                    <textarea
                      id={`${base}-${part}`}
                      className="input"
                      rows={part === 'text' ? 3 : 2}
                      maxLength={part === 'text' ? 10000 : 5000}
                      {...register(`learnings.${index}.${part}`)}
                      {...fieldAria(`${base}-${part}`, null, err(`learnings.${index}.${part}`))}
                    />
                    <FieldError id={`${base}-${part}`} error={err(`learnings.${index}.${part}`)} />
                  </div>
                ))}
                <div className="field">
                  <label htmlFor={`${base}-area`}>{label(t('learnings.strategyArea'))}</label>
                  <select id={`${base}-area`} className="select" {...register(`learnings.${index}.strategyArea`)}>
                    <option value="">{t('learnings.noArea')}</option>
                    {STRATEGY_AREAS.map((area) => (
                      <option key={area} value={area}>
                        {t(`taxonomy:strategy.${area}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="actions">
                  <button type="button" className="button secondary" onClick={() => remove(index)}>
                    {t('learnings.remove', { number: index + 1 })}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => append(newLearning())}>
          {t('form.addLearning')}
        </button>
      </div>
    </fieldset>
  );
}
