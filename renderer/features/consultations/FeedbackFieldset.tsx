// What was heard: repeatable rows of a theme (suggested from the themes already used), what was said, an optional quote,
// and whether that quote identifies someone, which keeps it in this vault only.
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { request } from '../../app/cre.js';
import { fieldAria, FieldShell } from '../../ui/FieldShell.js';
import { RepeatingRows } from '../../ui/RepeatingRows.js';
import { RowField, RowLabel } from '../../ui/RowField.js';
import { useLoaded } from '../../ui/use-loaded.js';
import { useErrorAt } from '../../ui/use-record-form.js';
import { newFeedbackItem, type ConsultationFormValues } from './consultation-form-model.js';

const THEMES_LIST = 'consultation-themes';

const loadThemes = () => request((api) => api.consultations.themes({}));

export function FeedbackFieldset() {
  const { t } = useTranslation('consultations');
  const { control, register } = useFormContext<ConsultationFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'feedback', keyName: 'key' });
  const err = useErrorAt();
  const themes = useLoaded(loadThemes, 'themes');

  return (
    <RepeatingRows
      legend={t('field.feedback')}
      hint={t('form.feedbackHint')}
      emptyText={t('form.noFeedback')}
      rows={fields}
      nameOf={(_, index) => t('form.feedbackRow', { number: index + 1 })}
      removeLabelOf={(_, index) => t('form.feedbackRemove', { number: index + 1 })}
      onRemove={(_, index) => remove(index)}
      add={{ label: t('form.feedbackAdd'), onAdd: () => append(newFeedbackItem()) }}
      notices={
        <datalist id={THEMES_LIST}>
          {themes.state === 'ready' ? themes.value.map((theme) => <option key={theme} value={theme} />) : null}
        </datalist>
      }
      renderRow={(_, index, row) => {
        const themeId = `feedback-${index}-theme`;
        const sensitiveId = `feedback-${index}-sensitive`;
        return (
          <>
            <FieldShell id={themeId} label={<RowLabel label={t('field.theme')} row={row} />} hint={t('form.themeHint')} error={err(`feedback.${index}.theme`)}>
              <input
                id={themeId}
                className="input"
                type="text"
                list={THEMES_LIST}
                autoComplete="off"
                maxLength={100}
                {...register(`feedback.${index}.theme`)}
                {...fieldAria(themeId, t('form.themeHint'), err(`feedback.${index}.theme`))}
              />
            </FieldShell>
            <RowField
              id={`feedback-${index}-text`}
              label={t('field.heard')}
              row={row}
              rows={3}
              maxLength={5000}
              error={err(`feedback.${index}.text`)}
              registration={register(`feedback.${index}.text`)}
            />
            <RowField
              id={`feedback-${index}-quote`}
              label={t('field.quote')}
              row={row}
              rows={2}
              hint={t('form.quoteHint')}
              maxLength={2000}
              error={err(`feedback.${index}.quote`)}
              registration={register(`feedback.${index}.quote`)}
            />
            <div className="field">
              <div className="checkbox-field">
                <input id={sensitiveId} type="checkbox" aria-describedby={`${sensitiveId}-hint`} {...register(`feedback.${index}.quoteSensitive`)} />
                <label htmlFor={sensitiveId}>
                  <RowLabel label={t('field.quoteSensitive')} row={row} />
                </label>
              </div>
              <p id={`${sensitiveId}-hint`} className="hint">
                {t('form.quoteSensitiveHint')}
              </p>
            </div>
          </>
        );
      }}
    />
  );
}
