// The packet's questions: each free text or a 1–5 rating, a rating with what its two ends mean; added and removed at will.
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { QUESTION_KINDS } from '../../../common/review/packet-frames.schema.js';
import { FieldShell } from '../../ui/FieldShell.js';
import { RepeatingRows } from '../../ui/RepeatingRows.js';
import { RowField, RowLabel } from '../../ui/RowField.js';
import { useErrorAt } from '../../ui/use-record-form.js';
import { newQuestion, type ComposeFormValues } from './compose-form-model.js';

function QuestionRow({ index, row }: { index: number; row: string }) {
  const { t } = useTranslation('review');
  const { control, register } = useFormContext<ComposeFormValues>();
  const kind = useWatch({ control, name: `questions.${index}.kind` });
  const err = useErrorAt();
  const kindId = `packet-question-${index}-kind`;
  return (
    <>
      <RowField id={`packet-question-${index}-text`} label={t('compose.questionText')} row={row} rows={2} maxLength={2000} error={err(`questions.${index}.text`)} registration={register(`questions.${index}.text`)} />
      <FieldShell id={kindId} label={<RowLabel label={t('compose.questionKind')} row={row} />}>
        <select id={kindId} className="select" {...register(`questions.${index}.kind`)}>
          {QUESTION_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`compose.kind.${option}`)}
            </option>
          ))}
        </select>
      </FieldShell>
      {kind === 'rating' ? (
        <div className="field-row">
          <RowField
            id={`packet-question-${index}-low`}
            label={t('compose.lowLabel')}
            row={row}
            maxLength={100}
            error={err(`questions.${index}.lowLabel`)}
            registration={register(`questions.${index}.lowLabel`)}
          />
          <RowField
            id={`packet-question-${index}-high`}
            label={t('compose.highLabel')}
            row={row}
            maxLength={100}
            error={err(`questions.${index}.highLabel`)}
            registration={register(`questions.${index}.highLabel`)}
          />
        </div>
      ) : null}
    </>
  );
}

export function QuestionsFieldset() {
  const { t } = useTranslation('review');
  const { control, getValues } = useFormContext<ComposeFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'questions', keyName: 'key' });
  const err = useErrorAt();
  return (
    <RepeatingRows
      legend={t('compose.questions')}
      hint={t('compose.questionsHint')}
      emptyText={t('compose.noQuestions')}
      rows={fields}
      nameOf={(_, index) => t('compose.questionRow', { number: index + 1 })}
      removeLabelOf={(_, index) => t('compose.removeQuestion', { number: index + 1 })}
      onRemove={(_, index) => remove(index)}
      notices={err('questions') ? <p className="field-error">{err('questions')}</p> : null}
      add={{ label: t('compose.addQuestion'), onAdd: () => append(newQuestion(getValues('questions').map((question) => question.id))) }}
      renderRow={(_, index, row) => <QuestionRow index={index} row={row} />}
    />
  );
}
