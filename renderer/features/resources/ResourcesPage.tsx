// The resources list: a search box over titles and summaries, filters by type, strategy area and language, and the resources found.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESOURCE_TYPES, type ResourceType } from '../../../common/resources/resource.schema.js';
import { STRATEGY_AREAS, type StrategyArea } from '../../../common/roster/taxonomy.js';
import { formatNumber } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { allLanguages, languageName } from '../roster/place-names.js';
import { useResources } from './resources-store.js';
import { ResourceUndoNotice } from './ResourceUndoNotice.js';

const TYPING_PAUSE_MS = 150;
const ANY = '';

export function ResourcesPage() {
  const { t, i18n } = useTranslation(['resources', 'taxonomy']);
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  const text = useResources((state) => state.text);
  const filters = useResources((state) => state.filters);
  const items = useResources((state) => state.items);
  const hasMore = useResources((state) => state.hasMore);
  const listError = useResources((state) => state.listError);
  const { setText, setFilters, load, loadMore, open } = useResources.getState();
  const [typed, setTyped] = useState(text);
  const languages = useMemo(() => allLanguages(i18n.language), [i18n.language]);
  useFocusOnMount(heading);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (typed === useResources.getState().text) return undefined;
    const timer = window.setTimeout(() => setText(typed), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [typed, setText]);

  const filtered = text.trim() !== '' || filters.type !== null || filters.strategyArea !== null || filters.language !== null;
  const count = items?.length ?? 0;
  const formatted = formatNumber(count, i18n.language);
  const countText = items === null ? t('list.loading') : hasMore ? t('list.countMore', { count, formatted }) : t('list.count', { count, formatted });
  const orNull = <T extends string>(value: string) => (value === ANY ? null : (value as T));

  return (
    <div className="roster resources">
      <div className="roster-head">
        <h1 ref={heading} tabIndex={-1}>
          {t('title')}
        </h1>
        <div className="actions">
          <button type="button" className="button primary" onClick={() => open({ name: 'create' })}>
            {t('list.add')}
          </button>
          <button type="button" className="button secondary" onClick={() => open({ name: 'deleted' })}>
            {t('list.deleted')}
          </button>
        </div>
      </div>
      <ResourceUndoNotice onDone={() => heading.current?.focus()} />
      <div className="roster-search resource-filters" role="search">
        <div className="field">
          <label htmlFor="resources-search">{t('list.searchLabel')}</label>
          <input
            id="resources-search"
            className="input"
            type="search"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            aria-describedby="resources-search-hint"
          />
          <p id="resources-search-hint" className="hint">
            {t('list.searchHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="resources-type">{t('field.type')}</label>
          <select id="resources-type" className="select" value={filters.type ?? ANY} onChange={(event) => setFilters({ type: orNull<ResourceType>(event.target.value) })}>
            <option value={ANY}>{t('list.allTypes')}</option>
            {RESOURCE_TYPES.map((choice) => (
              <option key={choice} value={choice}>
                {t(`taxonomy:resourceType.${choice}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="resources-area">{t('field.strategyAreas')}</label>
          <select
            id="resources-area"
            className="select"
            value={filters.strategyArea ?? ANY}
            onChange={(event) => setFilters({ strategyArea: orNull<StrategyArea>(event.target.value) })}
          >
            <option value={ANY}>{t('list.allAreas')}</option>
            {STRATEGY_AREAS.map((choice) => (
              <option key={choice} value={choice}>
                {t(`taxonomy:strategy.${choice}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="resources-language">{t('field.languages')}</label>
          <select id="resources-language" className="select" value={filters.language ?? ANY} onChange={(event) => setFilters({ language: orNull(event.target.value) })}>
            <option value={ANY}>{t('list.allLanguages')}</option>
            {languages.map((choice) => (
              <option key={choice.code} value={choice.code}>
                {choice.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <section className="resource-results" aria-labelledby="resource-results-title">
        <h2 id="resource-results-title" className="visually-hidden">
          {t('list.resultsLabel')}
        </h2>
        <p role="status" className="result-count">
          {countText}
        </p>
        <LiveMessage id="resources-list-error" kind="alert" text={listError ? errorText(listError) : null} />
        {items !== null && items.length === 0 ? <p className="hint">{filtered ? t('list.nothingFound') : t('list.empty')}</p> : null}
        {items !== null && items.length > 0 ? (
          <div className="table-scroll">
            <table className="activity resource-table">
              <caption className="visually-hidden">{t('list.resultsLabel')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('field.title')}</th>
                  <th scope="col">{t('field.type')}</th>
                  <th scope="col">{t('field.strategyAreas')}</th>
                  <th scope="col">{t('field.languages')}</th>
                  <th scope="col">{t('list.attachments')}</th>
                  <th scope="col">{t('field.sharing')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((resource) => (
                  <tr key={resource.id}>
                    <th scope="row">
                      <button type="button" className="link-button" onClick={() => open({ name: 'detail', id: resource.id })}>
                        {resource.title}
                      </button>
                    </th>
                    <td>{t(`taxonomy:resourceType.${resource.type}`)}</td>
                    <td>{resource.strategyAreas.map((area) => t(`taxonomy:strategy.${area}`)).join(', ')}</td>
                    <td>{resource.languages.map((code) => languageName(code, i18n.language)).join(', ')}</td>
                    <td>{formatNumber(resource.attachmentCount, i18n.language)}</td>
                    <td>{t(`taxonomy:sharing.${resource.sharing}`)}</td>
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
