// Two lists of the call form: the eligibility checklist (each item keeps its id, which applications answer by) and the
// documents an application must bring.
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RepeatingRows } from '../../../ui/RepeatingRows.js';
import { RowField } from '../../../ui/RowField.js';
import { useErrorAt } from '../../../ui/use-record-form.js';
import { nextRowId } from '../grants-format.js';
import type { CallFormValues } from './call-form-model.js';

export function EligibilityFieldset() {
  const { t } = useTranslation('grants');
  const { control, register, getValues } = useFormContext<CallFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'eligibility', keyName: 'key' });
  const err = useErrorAt();
  return (
    <RepeatingRows
      legend={t('calls.detail.eligibility')}
      hint={t('callForm.eligibilityHint')}
      emptyText={t('callForm.noEligibility')}
      rows={fields}
      nameOf={(_, index) => t('callForm.itemRow', { number: index + 1 })}
      removeLabelOf={(_, index) => t('callForm.removeItem', { number: index + 1 })}
      onRemove={(_, index) => remove(index)}
      notices={err('eligibility') ? <p className="field-error">{err('eligibility')}</p> : null}
      add={{ label: t('callForm.addItem'), onAdd: () => append({ id: nextRowId('item', getValues('eligibility').map((item) => item.id)), text: '' }) }}
      renderRow={(_, index, row) => (
        <RowField id={`call-item-${index}`} label={t('callForm.itemText')} row={row} rows={2} maxLength={500} error={err(`eligibility.${index}.text`)} registration={register(`eligibility.${index}.text`)} />
      )}
    />
  );
}

export function DocumentsFieldset() {
  const { t } = useTranslation('grants');
  const { control, register } = useFormContext<CallFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'requiredDocuments', keyName: 'key' });
  const err = useErrorAt();
  return (
    <RepeatingRows
      legend={t('calls.detail.documents')}
      hint={t('callForm.documentsHint')}
      emptyText={t('callForm.noDocuments')}
      rows={fields}
      nameOf={(_, index) => t('callForm.documentRow', { number: index + 1 })}
      removeLabelOf={(_, index) => t('callForm.removeDocument', { number: index + 1 })}
      onRemove={(_, index) => remove(index)}
      notices={err('requiredDocuments') ? <p className="field-error">{err('requiredDocuments')}</p> : null}
      add={{ label: t('callForm.addDocument'), onAdd: () => append({ text: '' }) }}
      renderRow={(_, index, row) => (
        <RowField id={`call-document-${index}`} label={t('callForm.documentName')} row={row} maxLength={200} error={err(`requiredDocuments.${index}.text`)} registration={register(`requiredDocuments.${index}.text`)} />
      )}
    />
  );
}
