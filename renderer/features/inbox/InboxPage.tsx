// The Review inbox: the packets received (what each asks, its deadline and expiry, where the member stands), and the
// way to open a new one; empty, it says the first step is the member's card on the Team page.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Inbox } from 'lucide-react';
import type { InboxItem } from '../../../common/review/inbox.schema.js';
import { goTo } from '../../app/navigate.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { formatDayOnly } from '../../ui/format-day-only.js';
import { formatDateTime, formatNumber } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { RecordTable, RowLink } from '../../ui/RecordTable.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { useInbox } from './inbox-store.js';
import { OpenPacketPanel } from './OpenPacketPanel.js';

function ProgressCell({ item }: { item: InboxItem }) {
  const { t, i18n } = useTranslation('inbox');
  const number = (value: number) => formatNumber(value, i18n.language);
  if (item.state === 'expired') return <td className="muted">{t('list.purged')}</td>;
  return (
    <td>
      {t('list.declared', { declared: number(item.declared), total: number(item.applications) })}
      <br />
      {t('list.scored', { scored: number(item.scored), total: number(item.applications) })}
    </td>
  );
}

function PacketsTable({ items }: { items: InboxItem[] }) {
  const { t, i18n } = useTranslation('inbox');
  const language = i18n.language;
  const open = useInbox((state) => state.open);
  return (
    <RecordTable
      className="activity inbox-table"
      caption={t('list.caption')}
      columns={[t('list.packet'), t('list.from'), t('list.received'), t('list.respondBy'), t('list.expires'), t('list.state'), t('list.progress')]}
    >
      {items.map((item) => (
        <tr key={item.packetId}>
          <RowLink onOpen={() => open({ name: 'packet', packetId: item.packetId })}>{item.title}</RowLink>
          <td>{item.senderName}</td>
          <td>{formatDateTime(item.receivedAt, language)}</td>
          <td>{item.respondBy === null ? <span className="muted">{t('list.noDeadline')}</span> : formatDayOnly(item.respondBy, language)}</td>
          <td>{formatDateTime(item.expiresAt, language)}</td>
          <td>
            <span className={`badge inbox-state-${item.state}`}>{t(`state.${item.state}`)}</span>
          </td>
          <ProgressCell item={item} />
        </tr>
      ))}
    </RecordTable>
  );
}

export function InboxPage() {
  const { t } = useTranslation('inbox');
  const errorText = useErrorText();
  const items = useInbox((state) => state.items);
  const loadError = useInbox((state) => state.loadError);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);

  useEffect(() => {
    void useInbox.getState().load();
  }, []);

  return (
    <div className="roster-stack inbox">
      <h1 ref={heading} tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="lead">{t('intro')}</p>
      <LiveMessage id="inbox-load-error" kind="alert" text={loadError ? errorText(loadError) : null} />
      <OpenPacketPanel />
      {items === null && loadError === null ? <p className="hint">{t('list.loading')}</p> : null}
      {items !== null && items.length === 0 ? (
        <EmptyState
          id="inbox-empty"
          icon={Inbox}
          title={t('empty.title')}
          purpose={t('empty.purpose')}
          actions={[{ label: t('empty.toTeam'), onClick: () => goTo({ section: 'team' }) }]}
        />
      ) : null}
      {items !== null && items.length > 0 ? (
        <section className="card" aria-labelledby="inbox-packets-title">
          <h2 id="inbox-packets-title">{t('list.title')}</h2>
          <PacketsTable items={items} />
        </section>
      ) : null}
    </div>
  );
}
