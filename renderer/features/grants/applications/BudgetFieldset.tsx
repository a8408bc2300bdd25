// The budget lines of an application: description, amount and currency, and the rate to the call's currency (1, and
// locked, when the line is in the call's currency). Each line's converted amount and the total show as they are typed,
// with a warning while the total is over the call's ceiling.
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatCurrency } from '../../../ui/format.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { RepeatingRows } from '../../../ui/RepeatingRows.js';
import { RowField } from '../../../ui/RowField.js';
import { useErrorAt } from '../../../ui/use-record-form.js';
import { convertedAmount, convertedTotal } from './application-format.js';
import { newBudgetLine, readableBudget, type ApplicationFormValues, type CallContext } from './application-form-model.js';

export function BudgetFieldset({ context }: { context: CallContext | null }) {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'applicationForm' });
  const { control, register } = useFormContext<ApplicationFormValues>();
  const err = useErrorAt();
  const lines = useWatch({ control, name: 'budget' });
  const { fields, append, remove } = useFieldArray({ control, name: 'budget', keyName: 'key' });
  const language = i18n.language;
  const currency = context?.currency ?? null;
  const readable = readableBudget(lines, context);
  const total = convertedTotal(readable);
  const over = context !== null && total > context.ceiling;
  const money = (amount: number) => (currency === null ? new Intl.NumberFormat(language).format(amount) : formatCurrency(amount, currency, language));

  return (
    <RepeatingRows
      legend={t('budget')}
      hint={currency === null ? t('budgetHintNoCall') : t('budgetHint', { currency })}
      emptyText={t('noBudget')}
      rows={fields}
      nameOf={(_, index) => t('budgetLine', { number: index + 1 })}
      removeLabelOf={(_, index) => t('budgetLineRemove', { number: index + 1 })}
      onRemove={(_, index) => remove(index)}
      describedBy="application-budget-total"
      notices={<LiveMessage id="application-budget-error" kind="alert" text={err('budget') ?? null} />}
      after={
        <div id="application-budget-total">
          <p className="grant-budget-total">
            {t('budgetTotal')} <strong>{money(total)}</strong>
            {context !== null ? <span className="muted"> · {t('ceiling', { amount: money(context.ceiling) })}</span> : null}
          </p>
          <LiveMessage id="application-over-ceiling" kind="status" tone="error" text={over && context !== null ? t('overCeiling', { total: money(total), ceiling: money(context.ceiling) }) : null} />
        </div>
      }
      add={{ label: t('budgetAdd'), onAdd: () => append(newBudgetLine(currency ?? '')) }}
      renderRow={(_, index, name) => {
        const base = `application-budget-${index}`;
        const line = lines[index];
        const locked = currency !== null && (line?.currency ?? '').trim().toUpperCase() === currency;
        const converted = readable[index];
        return (
          <>
            <RowField id={`${base}-description`} label={t('lineDescription')} row={name} error={err(`budget.${index}.description`)} registration={register(`budget.${index}.description`)} maxLength={500} />
            <div className="field-row grant-budget-row">
              <RowField id={`${base}-amount`} label={t('lineAmount')} row={name} error={err(`budget.${index}.amount`)} registration={register(`budget.${index}.amount`)} maxLength={20} />
              <RowField
                id={`${base}-currency`}
                label={t('lineCurrency')}
                row={name}
                hint={t('lineCurrencyHint')}
                error={err(`budget.${index}.currency`)}
                registration={register(`budget.${index}.currency`)}
                maxLength={3}
              />
              {locked ? (
                <div className="field">
                  <span className="field-label">{t('lineRate')}</span>
                  <p className="grant-locked-rate">{t('rateLocked')}</p>
                </div>
              ) : (
                <RowField
                  id={`${base}-rate`}
                  label={t('lineRate')}
                  row={name}
                  hint={currency === null ? null : t('lineRateHint', { from: (line?.currency ?? '').toUpperCase() || '…', to: currency })}
                  error={err(`budget.${index}.rate`)}
                  registration={register(`budget.${index}.rate`)}
                  maxLength={20}
                />
              )}
            </div>
            <p className="hint">{t('lineConverted', { amount: money(converted ? convertedAmount(converted) : 0) })}</p>
          </>
        );
      }}
    />
  );
}
