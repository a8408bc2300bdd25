// Recording a payment on a tranche, in a drawer: date, amount (what remains by default), method, reference and the
// receipt from the documents folder. A tranche whose condition is not met is paid only with an override reason, which
// the vault audits; the core answers condition_not_met otherwise.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PAYMENT_METHODS, paymentInputSchema, type TrancheStatus } from '../../../../common/grants/award.schema.js';
import { request } from '../../../app/cre.js';
import { storeEpoch } from '../../../app/store-reset.js';
import { DateField } from '../../../ui/DateField.js';
import { DrawerCancelButton } from '../../../ui/Drawer.js';
import { FieldShell, fieldAria } from '../../../ui/FieldShell.js';
import { formatCurrency } from '../../../ui/format.js';
import { localDayOf } from '../../../ui/format-day-only.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { useErrorText } from '../../../ui/use-error-text.js';
import { parseAmount } from '../grants-format.js';
import { DocumentPicker } from './DocumentPicker.js';
import { useConditionText } from './use-condition-text.js';

type Method = (typeof PAYMENT_METHODS)[number];

interface PaymentFormProps {
  awardId: string;
  currency: string;
  status: TrancheStatus;
  resourceId: string | null;
  onPaid: () => void;
  onDirtyChange: (dirty: boolean) => void;
}

export function PaymentForm({ awardId, currency, status, resourceId, onPaid, onDirtyChange }: PaymentFormProps) {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'awards' });
  const errorText = useErrorText();
  const conditionText = useConditionText();
  const remaining = Math.round((status.tranche.amount - status.paid) * 100) / 100;
  const [today] = useState(() => localDayOf(new Date()));
  const [date, setDate] = useState(today);
  const [amount, setAmount] = useState(String(remaining));
  const [method, setMethod] = useState<Method>('bank_transfer');
  const [reference, setReference] = useState('');
  const [receipt, setReceipt] = useState('');
  const [override, setOverride] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'date' | 'amount' | 'override', string>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = date !== today || amount !== String(remaining) || method !== 'bank_transfer' || reference !== '' || receipt !== '' || override !== '';
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const typed = parseAmount(amount);
    const found: typeof errors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.date = t('pay.error.date');
    if (typed === null || typed <= 0) found.amount = t('pay.error.amount');
    else if (Math.round(typed * 100) > Math.round(remaining * 100)) found.amount = t('pay.error.overRemaining');
    if (!status.conditionMet && override.trim() === '') found.override = t('pay.error.overrideRequired');
    setErrors(found);
    const payment = paymentInputSchema.safeParse({
      awardId,
      trancheId: status.tranche.id,
      date,
      amount: typed ?? Number.NaN,
      currency,
      method,
      reference,
      receiptAttachmentId: receipt === '' ? null : receipt,
      overrideReason: status.conditionMet ? '' : override,
    });
    if (Object.keys(found).length > 0 || !payment.success) return;
    setBusy(true);
    setSaveError(null);
    const epoch = storeEpoch();
    const reply = await request((api) => api.grantAwards.pay({ payment: payment.data }));
    if (epoch !== storeEpoch()) return;
    setBusy(false);
    if (!reply.ok) {
      setSaveError(reply.error.code === 'condition_not_met' ? t('pay.conditionNotMet', { condition: conditionText(status.tranche) }) : errorText(reply.error));
      return;
    }
    onPaid();
  }

  return (
    <form className="form grant-payment-form" noValidate onSubmit={(event) => void submit(event)}>
      <p className="hint">
        {t('pay.remaining', { amount: formatCurrency(remaining, currency, i18n.language) })} · {conditionText(status.tranche)}
      </p>
      {!status.conditionMet ? <p className="message message-warning">{t('pay.conditionWarning', { condition: conditionText(status.tranche) })}</p> : null}
      <div className="field-row">
        <DateField id="payment-date" label={t('pay.date')} value={date} onChange={setDate} error={errors.date} />
        <FieldShell id="payment-amount" label={t('pay.amount', { currency })} error={errors.amount}>
          <input id="payment-amount" className="input grant-amount" type="text" inputMode="decimal" maxLength={20} value={amount} onChange={(event) => setAmount(event.target.value)} {...fieldAria('payment-amount', null, errors.amount)} />
        </FieldShell>
      </div>
      <div className="field-row">
        <FieldShell id="payment-method" label={t('pay.method')}>
          <select id="payment-method" className="select" value={method} onChange={(event) => setMethod(event.target.value as Method)}>
            {PAYMENT_METHODS.map((choice) => (
              <option key={choice} value={choice}>
                {t(`method.${choice}`)}
              </option>
            ))}
          </select>
        </FieldShell>
        <FieldShell id="payment-reference" label={t('pay.reference')}>
          <input id="payment-reference" className="input" type="text" maxLength={200} value={reference} onChange={(event) => setReference(event.target.value)} />
        </FieldShell>
      </div>
      <DocumentPicker id="payment-receipt" label={t('pay.receipt')} resourceId={resourceId} value={receipt} onChange={setReceipt} />
      {!status.conditionMet ? (
        <FieldShell id="payment-override" label={t('pay.override')} hint={t('pay.overrideHint')} error={errors.override}>
          <textarea id="payment-override" className="input" rows={3} maxLength={2000} value={override} onChange={(event) => setOverride(event.target.value)} {...fieldAria('payment-override', t('pay.overrideHint'), errors.override)} />
        </FieldShell>
      ) : null}
      <LiveMessage id="payment-save-error" kind="alert" text={saveError} />
      <div className="actions">
        <button type="submit" className="button primary" aria-disabled={busy || undefined}>
          {t('pay.save')}
        </button>
        <DrawerCancelButton label={t('drawer.cancel')} />
      </div>
    </form>
  );
}
