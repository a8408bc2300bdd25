// Making or changing an award: the amount (at most the approved one), the day it was awarded and signed, the payment
// schedule in tranches (amount, due date, condition: on signature, when report N is approved, or none) and the
// reports schedule (narrative or financial, due date). The tranches' running total shows against the award.
import { useCallback } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { REPORT_KINDS, TRANCHE_CONDITIONS } from '../../../../common/grants/award.schema.js';
import { request } from '../../../app/cre.js';
import { FormDateField } from '../../../ui/DateField.js';
import { FieldShell, fieldAria } from '../../../ui/FieldShell.js';
import { formatCurrency } from '../../../ui/format.js';
import { localDayOf } from '../../../ui/format-day-only.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { RecordForm } from '../../../ui/RecordForm.js';
import { RepeatingRows } from '../../../ui/RepeatingRows.js';
import { RowField, RowLabel } from '../../../ui/RowField.js';
import { createOrUpdate, useErrorAt, useRecordForm } from '../../../ui/use-record-form.js';
import { parseAmount } from '../grants-format.js';
import { newReport, newTranche, toAwardInput, tranchesTotal, validateAward, type AwardFieldError, type AwardFormValues } from './award-form-model.js';

function TranchesFieldset({ currency }: { currency: string }) {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'awards' });
  const { control, register } = useFormContext<AwardFormValues>();
  const err = useErrorAt();
  const { fields, append, remove } = useFieldArray({ control, name: 'tranches', keyName: 'key' });
  const [tranches, reports, amount] = useWatch({ control, name: ['tranches', 'reports', 'amount'] });
  const language = i18n.language;
  const total = tranchesTotal(tranches);
  const award = parseAmount(amount);
  return (
    <RepeatingRows
      legend={t('form.tranches')}
      hint={t('form.tranchesHint')}
      emptyText={t('form.noTranches')}
      rows={fields}
      describedBy="award-tranches-total"
      notices={<LiveMessage id="award-tranches-error" kind="alert" text={err('tranches') ?? null} />}
      nameOf={(_, index) => t('trancheNumber', { number: index + 1 })}
      removeLabelOf={(_, index) => t('form.trancheRemove', { number: index + 1 })}
      onRemove={(_, index) => remove(index)}
      after={
        <p id="award-tranches-total" className={award !== null && Math.round(total * 100) !== Math.round(award * 100) ? 'message message-warning' : 'hint'}>
          {t('form.tranchesTotal', { total: formatCurrency(total, currency, language), amount: award === null ? '—' : formatCurrency(award, currency, language) })}
        </p>
      }
      add={{ label: t('form.trancheAdd'), onAdd: () => append(newTranche(tranches, '', localDayOf(new Date()))) }}
      renderRow={(_, index, name) => {
        const base = `award-tranche-${index}`;
        const condition = tranches[index]?.condition;
        return (
          <>
            <div className="field-row">
              <RowField id={`${base}-amount`} label={t('form.amount', { currency })} row={name} error={err(`tranches.${index}.amount`)} registration={register(`tranches.${index}.amount`)} maxLength={20} />
              <FormDateField id={`${base}-due`} name={`tranches.${index}.dueDate`} label={<RowLabel label={t('dueDate')} row={name} />} error={err(`tranches.${index}.dueDate`)} />
            </div>
            <div className="field-row">
              <FieldShell id={`${base}-condition`} label={<RowLabel label={t('condition.label')} row={name} />}>
                <select id={`${base}-condition`} className="select" {...register(`tranches.${index}.condition`)}>
                  {TRANCHE_CONDITIONS.map((choice) => (
                    <option key={choice} value={choice}>
                      {t(`condition.choice.${choice}`)}
                    </option>
                  ))}
                </select>
              </FieldShell>
              {condition === 'report_approved' ? (
                <FieldShell id={`${base}-report`} label={<RowLabel label={t('form.whichReport')} row={name} />} error={err(`tranches.${index}.reportNumber`)}>
                  <select id={`${base}-report`} className="select" {...register(`tranches.${index}.reportNumber`)} {...fieldAria(`${base}-report`, null, err(`tranches.${index}.reportNumber`))}>
                    <option value="">{t('form.chooseReport')}</option>
                    {reports.map((report) => (
                      <option key={report.number} value={String(report.number)}>
                        {t('reportName', { number: report.number, kind: t(`kind.${report.kind}`) })}
                      </option>
                    ))}
                  </select>
                </FieldShell>
              ) : null}
            </div>
          </>
        );
      }}
    />
  );
}

function ReportsFieldset() {
  const { t } = useTranslation('grants', { keyPrefix: 'awards' });
  const { control, register } = useFormContext<AwardFormValues>();
  const err = useErrorAt();
  const { fields, append, remove } = useFieldArray({ control, name: 'reports', keyName: 'key' });
  const reports = useWatch({ control, name: 'reports' });
  return (
    <RepeatingRows
      legend={t('form.reports')}
      hint={t('form.reportsHint')}
      emptyText={t('form.noReports')}
      rows={fields}
      nameOf={(_, index) => t('reportNumber', { number: reports[index]?.number ?? index + 1 })}
      removeLabelOf={(_, index) => t('form.reportRemove', { number: reports[index]?.number ?? index + 1 })}
      onRemove={(_, index) => remove(index)}
      add={{ label: t('form.reportAdd'), onAdd: () => append(newReport(reports, localDayOf(new Date()))) }}
      renderRow={(_, index, name) => {
        const base = `award-report-${index}`;
        return (
          <div className="field-row">
            <FieldShell id={`${base}-kind`} label={<RowLabel label={t('kind.label')} row={name} />}>
              <select id={`${base}-kind`} className="select" {...register(`reports.${index}.kind`)}>
                {REPORT_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`kind.${kind}`)}
                  </option>
                ))}
              </select>
            </FieldShell>
            <FormDateField id={`${base}-due`} name={`reports.${index}.dueDate`} label={<RowLabel label={t('dueDate')} row={name} />} error={err(`reports.${index}.dueDate`)} />
          </div>
        );
      }}
    />
  );
}

interface AwardFormProps {
  applicationId: string;
  /** The award's id when editing it. */
  awardId: string | null;
  defaults: AwardFormValues;
  approvedAmount: number | null;
  currency: string;
  onSaved: () => void;
  onCancel: () => void;
}

export function AwardForm({ applicationId, awardId, defaults, approvedAmount, currency, onSaved, onCancel }: AwardFormProps) {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'awards' });
  const messageOf = useCallback((error: AwardFieldError) => t(`form.error.${error.key}`, { max: error.max ?? 0 }), [t]);
  const validate = useCallback((values: AwardFormValues) => validateAward(values, approvedAmount), [approvedAmount]);
  const record = useRecordForm({
    defaults,
    validate,
    messageOf,
    send: (values) => {
      const award = toAwardInput(applicationId, values);
      return createOrUpdate(
        awardId,
        () => request((api) => api.grantAwards.create({ award })),
        (id) => request((api) => api.grantAwards.update({ id, award })),
      );
    },
    onSaved,
  });
  const { control, register } = record.form;
  const err = record.errorAt;
  const approvedHint = approvedAmount === null ? null : t('form.amountHint', { amount: formatCurrency(approvedAmount, currency, i18n.language) });

  return (
    <RecordForm
      record={record}
      className="form roster-form grant-award-form"
      idPrefix="award-"
      texts={{
        fixErrors: t('form.fixErrors'),
        save: t('form.save'),
        cancel: t('form.cancel'),
        leave: { title: t('form.leave.title'), text: t('form.leave.text'), stay: t('form.leave.stay'), leave: t('form.leave.leave') },
      }}
      onCancel={onCancel}
    >
      <fieldset className="form-section">
        <legend>{t('form.theAward')}</legend>
        <FieldShell id="award-amount" label={t('form.amount', { currency })} hint={approvedHint} error={err('amount')}>
          <input id="award-amount" className="input grant-amount" type="text" inputMode="decimal" maxLength={20} {...register('amount')} {...fieldAria('award-amount', approvedHint, err('amount'))} />
        </FieldShell>
        <div className="field-row">
          <FormDateField id="award-awarded-on" control={control} name="awardedOn" label={t('awardedOn')} error={err('awardedOn')} />
          <FormDateField id="award-signed-on" control={control} name="signedOn" label={t('signedOn')} hint={t('form.signedOnHint')} error={err('signedOn')} />
        </div>
      </fieldset>
      <TranchesFieldset currency={currency} />
      <ReportsFieldset />
    </RecordForm>
  );
}
