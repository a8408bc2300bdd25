// The requests list, most urgent first as the vault answers: a status filter (open ones by default), the requests, and the ways to add or see deleted ones.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Inbox } from 'lucide-react';
import { goTo } from '../../app/navigate.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { FilterSelect, ListHead, ListResults, usePagedCountText } from '../../ui/ListPageParts.js';
import { RecordTable, RowLink } from '../../ui/RecordTable.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { formatDay } from '../roster/format-day.js';
import { STATUS_FILTERS, type StatusFilter } from './request-status-filter.js';
import { requestSummary } from './request-form-model.js';
import { useRequests } from './requests-store.js';
import { RequestUndoNotice } from './RequestUndoNotice.js';

export function RequestsPage() {
  const { t, i18n } = useTranslation(['requests', 'taxonomy']);
  const heading = useRef<HTMLHeadingElement>(null);
  const filter = useRequests((state) => state.filter);
  const items = useRequests((state) => state.items);
  const hasMore = useRequests((state) => state.hasMore);
  const listError = useRequests((state) => state.listError);
  const { setFilter, load, loadMore, open } = useRequests.getState();
  useFocusOnMount(heading);
  const language = i18n.language;

  useEffect(() => {
    void load();
  }, [load]);

  const countText = usePagedCountText('requests', items, hasMore);
  const filterLabel = (choice: StatusFilter) => (choice === 'open' || choice === 'all' ? t(`list.filter.${choice}`) : t(`taxonomy:requestStatus.${choice}`));

  return (
    <div className="roster requests">
      <ListHead
        headingRef={heading}
        title={t('title')}
        addLabel={t('list.add')}
        onAdd={() => open({ name: 'create', communityId: null })}
        deletedLabel={t('list.deleted')}
        onDeleted={() => open({ name: 'deleted' })}
      />
      <RequestUndoNotice onDone={() => heading.current?.focus()} />
      <div className="roster-search">
        <FilterSelect
          id="requests-status"
          label={t('list.filterLabel')}
          value={filter}
          choices={STATUS_FILTERS}
          choiceLabel={filterLabel}
          onChange={(choice) => {
            if (choice !== null) setFilter(choice);
          }}
        />
      </div>
      <ListResults
        className="request-results"
        titleId="request-results-title"
        label={t('list.resultsLabel')}
        countText={countText}
        errorId="requests-list-error"
        error={listError}
        emptyText={items !== null && items.length === 0 && filter !== 'all' && filter !== 'open' ? t('list.nothingFound') : null}
        emptyState={
          items !== null && items.length === 0 && (filter === 'all' || filter === 'open') ? (
            <EmptyState
              id="requests-empty"
              level={3}
              icon={Inbox}
              title={filter === 'all' ? t('emptyState.title') : t('emptyState.openTitle')}
              purpose={t('emptyState.purpose')}
              actions={[
                { label: t('emptyState.first'), onClick: () => open({ name: 'create', communityId: null }), primary: true },
                filter === 'open'
                  ? { label: t('emptyState.showAll'), onClick: () => setFilter('all') }
                  : { label: t('emptyState.addCommunity'), onClick: () => goTo({ section: 'communities', view: { name: 'create' } }) },
              ]}
            />
          ) : null
        }
        more={hasMore ? { label: t('list.more'), onMore: () => void loadMore() } : null}
      >
        {items !== null && items.length > 0 ? (
          <RecordTable
            className="activity request-table"
            caption={t('list.resultsLabel')}
            columns={[
              t('list.column.request'),
              t('list.column.community'),
              t('list.column.urgency'),
              t('list.column.deadline'),
              t('list.column.status'),
              t('list.column.strategyAreas'),
            ]}
          >
            {items.map((item) => (
              <tr key={item.id}>
                <RowLink onOpen={() => open({ name: 'detail', id: item.id })}>{requestSummary(item.description)}</RowLink>
                <td>{item.communityName}</td>
                <td>
                  <span className={`badge urgency-${item.urgency}`}>{t(`taxonomy:urgency.${item.urgency}`)}</span>
                </td>
                <td>{item.deadline ? formatDay(item.deadline, language) : t('list.noDeadline')}</td>
                <td>{t(`taxonomy:requestStatus.${item.status}`)}</td>
                <td>{item.strategyAreas.map((area) => t(`taxonomy:strategy.${area}`)).join(', ')}</td>
              </tr>
            ))}
          </RecordTable>
        ) : null}
      </ListResults>
    </div>
  );
}
