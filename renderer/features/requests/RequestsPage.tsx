// The requests list, most urgent first as the vault answers: a status filter (open ones by default), the requests, and the ways to add or see deleted ones.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { formatDay } from '../roster/format-day.js';
import { isStatusFilter, STATUS_FILTERS, type StatusFilter } from './request-status-filter.js';
import { requestSummary } from './request-form-model.js';
import { useRequests } from './requests-store.js';
import { RequestUndoNotice } from './RequestUndoNotice.js';

export function RequestsPage() {
  const { t, i18n } = useTranslation(['requests', 'taxonomy']);
  const errorText = useErrorText();
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

  const count = items?.length ?? 0;
  const formatted = formatNumber(count, language);
  const countText = items === null ? t('list.loading') : hasMore ? t('list.countMore', { count, formatted }) : t('list.count', { count, formatted });
  const filterLabel = (choice: StatusFilter) => (choice === 'open' || choice === 'all' ? t(`list.filter.${choice}`) : t(`taxonomy:requestStatus.${choice}`));

  return (
    <div className="roster requests">
      <div className="roster-head">
        <h1 ref={heading} tabIndex={-1}>
          {t('title')}
        </h1>
        <div className="actions">
          <button type="button" className="button primary" onClick={() => open({ name: 'create', communityId: null })}>
            {t('list.add')}
          </button>
          <button type="button" className="button secondary" onClick={() => open({ name: 'deleted' })}>
            {t('list.deleted')}
          </button>
        </div>
      </div>
      <RequestUndoNotice onDone={() => heading.current?.focus()} />
      <div className="roster-search">
        <div className="field">
          <label htmlFor="requests-status">{t('list.filterLabel')}</label>
          <select
            id="requests-status"
            className="select"
            value={filter}
            onChange={(event) => {
              if (isStatusFilter(event.target.value)) setFilter(event.target.value);
            }}
          >
            {STATUS_FILTERS.map((choice) => (
              <option key={choice} value={choice}>
                {filterLabel(choice)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <section className="request-results" aria-labelledby="request-results-title">
        <h2 id="request-results-title" className="visually-hidden">
          {t('list.resultsLabel')}
        </h2>
        <p role="status" className="result-count">
          {countText}
        </p>
        <LiveMessage id="requests-list-error" kind="alert" text={listError ? errorText(listError) : null} />
        {items !== null && items.length === 0 ? (
          <p className="hint">{filter === 'all' ? t('list.empty') : filter === 'open' ? t('list.nothingOpen') : t('list.nothingFound')}</p>
        ) : null}
        {items !== null && items.length > 0 ? (
          <div className="table-scroll">
            <table className="activity request-table">
              <caption className="visually-hidden">{t('list.resultsLabel')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('list.column.request')}</th>
                  <th scope="col">{t('list.column.community')}</th>
                  <th scope="col">{t('list.column.urgency')}</th>
                  <th scope="col">{t('list.column.deadline')}</th>
                  <th scope="col">{t('list.column.status')}</th>
                  <th scope="col">{t('list.column.strategyAreas')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>
                    <th scope="row">
                      <button type="button" className="link-button" onClick={() => open({ name: 'detail', id: item.id })}>
                        {requestSummary(item.description)}
                      </button>
                    </th>
                    <td>{item.communityName}</td>
                    <td>
                      <span className={`badge urgency-${item.urgency}`}>{t(`taxonomy:urgency.${item.urgency}`)}</span>
                    </td>
                    <td>{item.deadline ? formatDay(item.deadline, language) : t('list.noDeadline')}</td>
                    <td>{t(`taxonomy:requestStatus.${item.status}`)}</td>
                    <td>{item.strategyAreas.map((area) => t(`taxonomy:strategy.${area}`)).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {hasMore ? (
          <div className="actions">
            <button type="button" className="button secondary" onClick={() => void loadMore()}>
              {t('list.more')}
            </button>
          </div>
        ) : null}
      </section>
    </div>
  );
}
