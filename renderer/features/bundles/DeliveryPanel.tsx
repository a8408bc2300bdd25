// Delivery to team members on the Bundles screen: per member, the last bundle they acknowledged (its number and when),
// what waits for their acknowledgement and for how long, what the newest of those carried, and "Overdue" in words.
import { useTranslation } from 'react-i18next';
import type { DeliveryState } from '../../../common/bundles/delivery.schema.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { RecordTable } from '../../ui/RecordTable.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useBundles } from './bundles-store.js';
import { deliveryWords } from './delivery-words.js';
import './bundles.css';

/** "Overdue", in words and marked, after what waits; nothing when it is not. */
export function OverdueBadge({ overdue }: { overdue: boolean }) {
  const { t } = useTranslation('bundles');
  if (!overdue) return null;
  return (
    <span className="badge delivery-overdue">
      <span aria-hidden="true">⚠ </span>
      {t('delivery.overdue')}
    </span>
  );
}

/** What waits for a member's acknowledgement, then the last bundle they acknowledged: for the team directory. */
export function DeliverySummary({ state }: { state: DeliveryState }) {
  const { t, i18n } = useTranslation('bundles');
  const words = deliveryWords(state, t, i18n.language);
  return (
    <>
      <p>
        {words.waiting}
        <OverdueBadge overdue={state.overdue} />
      </p>
      <p className="muted">{words.acknowledged}</p>
    </>
  );
}

function DeliveryRow({ state }: { state: DeliveryState }) {
  const { t, i18n } = useTranslation('bundles');
  const words = deliveryWords(state, t, i18n.language);
  return (
    <tr>
      <th scope="row">{state.displayName}</th>
      <td>{words.acknowledged}</td>
      <td>
        {words.waiting}
        <OverdueBadge overdue={state.overdue} />
      </td>
      <td>{words.newest ?? t('history.noId')}</td>
    </tr>
  );
}

export function DeliveryPanel() {
  const { t } = useTranslation('bundles');
  const errorText = useErrorText();
  const delivery = useBundles((state) => state.delivery);
  const deliveryError = useBundles((state) => state.deliveryError);
  const history = useBundles((state) => state.history);
  // A new vault's history already says nothing was sent; the panel joins it once bundles come and go.
  if (deliveryError === null && (delivery === null || (delivery.length === 0 && (history ?? []).length === 0))) return null;
  return (
    <section className="card bundle-delivery" aria-labelledby="bundle-delivery-title">
      <h2 id="bundle-delivery-title">{t('delivery.title')}</h2>
      <p className="hint">{t('delivery.intro')}</p>
      <LiveMessage id="bundle-delivery-error" kind="alert" text={deliveryError ? t('delivery.loadFailed', { reason: errorText(deliveryError) }) : null} />
      {delivery !== null && delivery.length === 0 ? <p className="hint">{t('delivery.empty')}</p> : null}
      {delivery !== null && delivery.length > 0 ? (
        <RecordTable
          className="activity delivery-table"
          caption={t('delivery.caption')}
          columns={[t('delivery.member'), t('delivery.acknowledged'), t('delivery.waitingColumn'), t('delivery.newestColumn')]}
        >
          {delivery.map((state) => (
            <DeliveryRow key={state.memberId} state={state} />
          ))}
        </RecordTable>
      ) : null}
    </section>
  );
}
