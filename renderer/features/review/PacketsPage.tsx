// The committee review packets, newest first: title, member, state, respond-by, expiry and when it came back; "Compose a
// packet" and "Import a return…" above them, with what the last import brought or why it was refused.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ClipboardCheck } from 'lucide-react';
import { goTo } from '../../app/navigate.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { formatDateTime, formatNumber } from '../../ui/format.js';
import { formatDayOnly, formatMomentDay } from '../../ui/format-day-only.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { RecordTable, RowLink } from '../../ui/RecordTable.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { useReviews } from './reviews-store.js';
import { ReturnImportPanel } from './ReturnImportPanel.js';
import { useReviewWords } from './use-review-words.js';

function PacketsTable() {
  const { t, i18n } = useTranslation('review');
  const language = i18n.language;
  const errorText = useErrorText();
  const { stateName, roleName } = useReviewWords();
  const packets = useReviews((state) => state.packets);
  const packetsError = useReviews((state) => state.packetsError);
  const open = useReviews((state) => state.open);
  const count = packets?.length ?? 0;
  return (
    <section className="card review-packets" aria-labelledby="review-packets-title">
      <h2 id="review-packets-title">{t('list.packets')}</h2>
      <p role="status" className="result-count">
        {packets === null ? t('list.loading') : t('list.count', { count, formatted: formatNumber(count, language) })}
      </p>
      <LiveMessage id="review-packets-error" kind="alert" text={packetsError ? errorText(packetsError) : null} />
      {packets !== null && packets.length === 0 ? (
        <EmptyState
          id="review-packets-empty"
          level={3}
          icon={ClipboardCheck}
          title={t('list.emptyTitle')}
          purpose={t('list.emptyPurpose')}
          actions={[
            { label: t('list.compose'), onClick: () => open({ name: 'compose' }), primary: true },
            { label: t('list.exchangeCards'), onClick: () => goTo({ section: 'team' }) },
          ]}
        />
      ) : null}
      {packets !== null && packets.length > 0 ? (
        <RecordTable
          className="activity review-packets-table"
          caption={t('list.caption')}
          columns={[t('field.title'), t('field.member'), t('field.state'), t('field.respondBy'), t('field.expires'), t('field.returnedAt')]}
        >
          {packets.map((packet) => (
            <tr key={packet.id}>
              <RowLink onOpen={() => open({ name: 'packet', id: packet.id })}>{packet.title}</RowLink>
              <td>
                {packet.memberName}
                <span className="muted"> · {roleName(packet.memberRole)}</span>
              </td>
              <td>
                <span className={`badge review-state review-state-${packet.state}`}>{stateName(packet.state)}</span>
              </td>
              <td>{packet.respondBy === null ? t('none') : formatDayOnly(packet.respondBy, language)}</td>
              <td>{formatMomentDay(packet.expiresAt, language)}</td>
              <td>{packet.returnedAt === null ? t('none') : formatDateTime(packet.returnedAt, language)}</td>
            </tr>
          ))}
        </RecordTable>
      ) : null}
    </section>
  );
}

export function PacketsPage({ notice }: { notice: string | null }) {
  const { t } = useTranslation('review');
  const heading = useRef<HTMLHeadingElement>(null);
  const { loadPackets, open } = useReviews.getState();
  useFocusOnMount(heading);

  useEffect(() => {
    void loadPackets();
  }, [loadPackets]);

  return (
    <div className="reviews">
      <h1 ref={heading} tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="lead">{t('intro')}</p>
      <LiveMessage id="review-packets-notice" kind="status" tone="success" text={notice} />
      <div className="review-actions">
        <section className="card review-send" aria-labelledby="review-send-title">
          <h2 id="review-send-title">{t('list.sendTitle')}</h2>
          <p className="hint">{t('list.sendIntro')}</p>
          <div className="actions">
            <button type="button" className="button primary" onClick={() => open({ name: 'compose' })}>
              {t('list.compose')}
            </button>
          </div>
        </section>
        <ReturnImportPanel />
      </div>
      <PacketsTable />
    </div>
  );
}
