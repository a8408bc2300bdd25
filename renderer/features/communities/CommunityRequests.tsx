// A community's support requests (what it asks for, how urgent, where it stands), each opening its detail, and "New request".
import { useTranslation } from 'react-i18next';
import { request } from '../../app/cre.js';
import { goTo } from '../../app/navigate.js';
import { LinkedRecords } from '../../ui/LinkedRecords.js';
import { RecordTable, RowLink } from '../../ui/RecordTable.js';
import { formatDayOnly } from '../../ui/format-day-only.js';
import { summarize } from './similar-words.js';
import { readAll, useLoaded } from '../../ui/use-loaded.js';

export function CommunityRequests({ communityId }: { communityId: string }) {
  const { t, i18n } = useTranslation(['communities', 'taxonomy']);
  const loaded = useLoaded(
    () => readAll((offset, limit) => request((api) => api.requests.list({ communityId, offset, limit }))),
    communityId,
  );
  const none = t('detail.none');

  return (
    <section className="card community-part" aria-labelledby="community-requests-title">
      <div className="section-head">
        <h2 id="community-requests-title">{t('requests.title')}</h2>
        <button type="button" className="button secondary" onClick={() => goTo({ section: 'requests', view: { name: 'create', communityId } })}>
          {t('requests.new')}
        </button>
      </div>
      <LinkedRecords loaded={loaded} errorId="community-requests-error" loadingText={t('detail.loading')} emptyText={t('requests.empty')}>
        {(requests) => (
          <RecordTable
            className="activity struggle-table"
            caption={t('requests.caption')}
            columns={[
              t('requests.column.request'),
              t('requests.column.strategyAreas'),
              t('requests.column.urgency'),
              t('requests.column.status'),
              t('requests.column.deadline'),
            ]}
          >
            {requests.map((item) => (
              <tr key={item.id}>
                <RowLink onOpen={() => goTo({ section: 'requests', view: { name: 'detail', id: item.id } })}>{summarize(item.description)}</RowLink>
                <td>{item.strategyAreas.map((area) => t(`taxonomy:strategy.${area}`)).join(', ')}</td>
                <td>{t(`taxonomy:urgency.${item.urgency}`)}</td>
                <td>{t(`taxonomy:requestStatus.${item.status}`)}</td>
                <td>{item.deadline ? formatDayOnly(item.deadline, i18n.language, 'long') : none}</td>
              </tr>
            ))}
          </RecordTable>
        )}
      </LinkedRecords>
    </section>
  );
}
