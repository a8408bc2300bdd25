// The call's title and text in one to four of the network's languages: one row per language, add and remove languages.
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../../common/code-names.js';
import { LANGUAGES } from '../../../../common/languages.js';
import { RepeatingRows } from '../../../ui/RepeatingRows.js';
import { RowField, RowLabel } from '../../../ui/RowField.js';
import { useErrorAt } from '../../../ui/use-record-form.js';
import type { CallFormValues } from './call-form-model.js';

export function CallTextsFieldset() {
  const { t, i18n } = useTranslation('grants');
  const { control, register } = useFormContext<CallFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'texts', keyName: 'key' });
  const texts = useWatch({ control, name: 'texts' });
  const err = useErrorAt();
  const used = new Set(texts.map((text) => text.language));
  const unused = LANGUAGES.filter((language) => !used.has(language));
  const rowName = (index: number) => {
    const language = texts[index]?.language;
    return language ? languageName(language, i18n.language) : t('callForm.textRow', { number: index + 1 });
  };

  return (
    <RepeatingRows
      legend={t('callForm.texts')}
      hint={t('callForm.textsHint')}
      emptyText={t('callForm.noTexts')}
      rows={fields}
      nameOf={(_, index) => rowName(index)}
      removeLabelOf={(_, index) => t('callForm.removeText', { language: rowName(index) })}
      onRemove={(_, index) => {
        if (fields.length > 1) remove(index);
      }}
      notices={err('texts') ? <p className="field-error">{err('texts')}</p> : null}
      add={unused[0] !== undefined ? { label: t('callForm.addText'), onAdd: () => append({ language: unused[0] ?? 'en', title: '', text: '' }) } : undefined}
      renderRow={(_, index, row) => (
        <>
          <div className="field">
            <label htmlFor={`call-text-${index}-language`}>
              <RowLabel label={t('callForm.language')} row={row} />
            </label>
            <select id={`call-text-${index}-language`} className="select" {...register(`texts.${index}.language`)}>
              {LANGUAGES.map((language) => (
                <option key={language} value={language}>
                  {languageName(language, i18n.language)}
                </option>
              ))}
            </select>
          </div>
          <RowField id={`call-text-${index}-title`} label={t('calls.field.title')} row={row} maxLength={300} error={err(`texts.${index}.title`)} registration={register(`texts.${index}.title`)} />
          <RowField id={`call-text-${index}-text`} label={t('callForm.text')} row={row} rows={6} maxLength={20000} error={err(`texts.${index}.text`)} registration={register(`texts.${index}.text`)} />
        </>
      )}
    />
  );
}
