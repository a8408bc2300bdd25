// The history of bundles sent and received: when, which way, with whom, the bundle's id, how many records, and the outcome;
// refused files are counted per day, claimed sender and reason.
import { useTranslation } from 'react-i18next';
import type { BundleHistoryEntry } from '../../../common/bundles/bundle-views.schema.js';
import { Package } from 'lucide-react';
import { goTo } from '../../app/navigate.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { formatDateTime, formatNumber } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { RecordTable } from '../../ui/RecordTable.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { totalRecords } from './bundle-format.js';
import { useBundles } from './bundles-store.js';

const REASONS = ['bad_header', 'unsupported_version', 'not_for_you', 'bad_payload', 'truncated', 'forwarded', 'unknown_sender', 'unverified_sender', 'replayed', 'bad_signature'] as const;

function OutcomeCell({ entry }: { entry: BundleHistoryEntry }) {
  const { t, i18n } = useTranslation('bundles');
  if (entry.outcome === 'sent') return <td>{t('history.outcomeSent')}</td>;
  if (entry.outcome === 'imported') {
    return (
      <td>
        {entry.conflicts > 0
          ? t('history.outcomeImportedConflicts', { count: entry.conflicts, formatted: formatNumber(entry.conflicts, i18n.language) })
          : t('history.outcomeImported')}
      </td>
    );
  }
  const reason = t(`reason.${REASONS.find((known) => known === entry.outcome) ?? 'other'}`);
  return (
    <td>
      <span className="bundle-refused">
        {entry.count > 1
          ? t('history.outcomeRefusedTimes', { count: entry.count, formatted: formatNumber(entry.count, i18n.language), reason })
          : t('history.outcomeRefused', { reason })}
      </span>
    </td>
  );
}

/** Who the bundle went to or came from; for refused files, only who they claimed to come from. */
function PeerCell({ entry }: { entry: BundleHistoryEntry }) {
  const { t } = useTranslation('bundles');
  if (entry.peers.length > 0) return <td>{entry.peers.join(', ')}</td>;
  return <td>{entry.claimedBy === null ? t('history.unknownPeer') : t('history.claimedPeer', { name: entry.claimedBy })}</td>;
}

export function HistoryTable() {
  const { t, i18n } = useTranslation('bundles');
  const errorText = useErrorText();
  const history = useBundles((state) => state.history);
  const historyError = useBundles((state) => state.historyError);
  return (
    <section className="card bundle-history" aria-labelledby="bundle-history-title">
      <h2 id="bundle-history-title">{t('history.title')}</h2>
      <LiveMessage id="bundle-history-error" kind="alert" text={historyError ? errorText(historyError) : null} />
      {history !== null && history.length === 0 ? (
        <EmptyState
          id="bundles-empty"
          level={3}
          icon={Package}
          title={t('emptyState.title')}
          purpose={t('emptyState.purpose')}
          actions={[
            { label: t('emptyState.first'), onClick: () => useBundles.getState().open({ name: 'create' }), primary: true },
            { label: t('emptyState.exchangeCards'), onClick: () => goTo({ section: 'team' }) },
          ]}
        />
      ) : null}
      {history !== null && history.length > 0 ? (
        <RecordTable
          className="activity bundle-history-table"
          caption={t('history.caption')}
          columns={[t('history.date'), t('history.direction'), t('history.peer'), t('history.contents'), t('history.outcome'), t('history.bundle')]}
        >
          {history.map((entry, index) => {
            const records = totalRecords(entry.contents);
            return (
              <tr key={`${entry.bundleId ?? 'refused'}-${entry.at}-${index}`}>
                <th scope="row">{formatDateTime(entry.at, i18n.language)}</th>
                <td>{entry.direction === 'sent' ? t('history.sent') : t('history.received')}</td>
                <PeerCell entry={entry} />
                <td className="numeric">{entry.contents === null ? t('history.noId') : t('history.records', { count: records, formatted: formatNumber(records, i18n.language) })}</td>
                <OutcomeCell entry={entry} />
                <td>{entry.bundleId === null ? t('history.noId') : <code className="bundle-id">{entry.bundleId}</code>}</td>
              </tr>
            );
          })}
        </RecordTable>
      ) : null}
    </section>
  );
}
