// An award's payment schedule: each tranche with its amount, due date, condition (met or not), what was paid and what
// remains, its payments (each removable, for one recorded by mistake), and "Record payment" in a drawer.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Award, TrancheStatus } from '../../../../common/grants/award.schema.js';
import { request } from '../../../app/cre.js';
import { storeEpoch } from '../../../app/store-reset.js';
import { DetailSection } from '../../../ui/DetailParts.js';
import { Drawer } from '../../../ui/Drawer.js';
import { formatCurrency } from '../../../ui/format.js';
import { formatDayOnly } from '../../../ui/format-day-only.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { useErrorText } from '../../../ui/use-error-text.js';
import { PaymentForm } from './PaymentForm.js';
import { useConditionText } from './use-condition-text.js';
import { useAwardDrawerTexts } from './use-award-drawer-texts.js';

interface TranchesSectionProps {
  award: Award;
  tranches: TrancheStatus[];
  /** Payments are taken while the grant is awarded or reporting. */
  payable: boolean;
  resourceId: string | null;
  onChanged: () => void;
}

export function TranchesSection({ award, tranches, payable, resourceId, onChanged }: TranchesSectionProps) {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'awards' });
  const errorText = useErrorText();
  const conditionText = useConditionText();
  const drawer = useAwardDrawerTexts();
  const language = i18n.language;
  const money = (amount: number) => formatCurrency(amount, award.currency, language);
  const [paying, setPaying] = useState<TrancheStatus | null>(null);
  const [dirty, setDirty] = useState(false);
  const onDirtyChange = useCallback((changed: boolean) => setDirty(changed), []);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  function close(): void {
    setPaying(null);
    setDirty(false);
  }

  async function removePayment(id: string): Promise<void> {
    setError(null);
    const epoch = storeEpoch();
    const reply = await request((api) => api.grantAwards.removePayment({ id }));
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) return setError(errorText(reply.error));
    setStatus(t('tranches.paymentRemoved'));
    onChanged();
  }

  return (
    <DetailSection id="award-tranches-title" title={t('tranches.title')}>
      <LiveMessage id="award-tranches-status" kind="status" tone="success" text={status} />
      <LiveMessage id="award-tranches-error" kind="alert" text={error} />
      <ol className="grant-tranches">
        {tranches.map((entry, index) => {
          const remaining = Math.round((entry.tranche.amount - entry.paid) * 100) / 100;
          const name = t('trancheNumber', { number: index + 1 });
          return (
            <li key={entry.tranche.id} className="grant-tranche">
              <h3>
                {name} · {money(entry.tranche.amount)}
              </h3>
              <dl className="details grant-tranche-facts">
                <dt>{t('dueDate')}</dt>
                <dd>
                  {formatDayOnly(entry.tranche.dueDate, language)}
                  {entry.due ? <span className="badge grant-late">{t('tranches.due')}</span> : null}
                </dd>
                <dt>{t('condition.label')}</dt>
                <dd>
                  {conditionText(entry.tranche)}{' '}
                  <span className={entry.conditionMet ? 'badge grant-met' : 'badge grant-unmet'}>{entry.conditionMet ? t('tranches.conditionMet') : t('tranches.conditionNotMet')}</span>
                </dd>
                <dt>{t('tranches.paid')}</dt>
                <dd>{money(entry.paid)}</dd>
                <dt>{t('tranches.remaining')}</dt>
                <dd>{money(remaining)}</dd>
              </dl>
              {entry.payments.length > 0 ? (
                <ul className="grant-payments" aria-label={t('tranches.paymentsOf', { name })}>
                  {entry.payments.map((payment) => (
                    <li key={payment.id}>
                      {t('tranches.payment', { date: formatDayOnly(payment.date, language), amount: money(payment.amount), method: t(`method.${payment.method}`).toLocaleLowerCase(language) })}
                      {payment.reference ? <span className="muted"> · {payment.reference}</span> : null}
                      {payment.overrideReason ? <span className="muted"> · {t('tranches.override', { reason: payment.overrideReason })}</span> : null}{' '}
                      {payable ? (
                        <button type="button" className="button secondary small" onClick={() => void removePayment(payment.id)}>
                          {t('tranches.removePayment')}
                          <span className="visually-hidden"> {t('tranches.paymentShort', { date: formatDayOnly(payment.date, language), amount: money(payment.amount) })}</span>
                        </button>
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : null}
              {payable && remaining > 0 ? (
                <div className="actions">
                  <button type="button" className="button secondary" onClick={() => setPaying(entry)}>
                    {t('tranches.recordPayment')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      <Drawer isOpen={paying !== null} title={paying ? t('pay.title', { name: t('trancheNumber', { number: tranches.indexOf(paying) + 1 }) }) : ''} dirty={dirty} onClose={close} texts={drawer}>
        {paying ? (
          <PaymentForm
            awardId={award.id}
            currency={award.currency}
            status={paying}
            resourceId={resourceId}
            onDirtyChange={onDirtyChange}
            onPaid={() => {
              close();
              setStatus(t('tranches.paymentRecorded'));
              onChanged();
            }}
          />
        ) : null}
      </Drawer>
    </DetailSection>
  );
}
