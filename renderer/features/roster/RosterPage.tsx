// Find: one search box (searching as you type), sort, the facet panel, the virtualized results and the way to add or see deleted people.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { activeFilterCount, effectiveSort, sortChoices, type RosterSort } from './facet-display.js';
import { FacetPanel } from './FacetPanel.js';
import { ResultsList } from './ResultsList.js';
import { SavedSearches } from './SavedSearches.js';
import { useRoster } from './roster-store.js';
import { UndoNotice } from './UndoNotice.js';

const TYPING_PAUSE_MS = 150;

export function RosterPage() {
  const { t, i18n } = useTranslation('roster');
  const importText = useTranslation('import').t;
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const text = useRoster((state) => state.text);
  const sort = useRoster((state) => state.sort);
  const total = useRoster((state) => state.total);
  const filters = useRoster((state) => state.filters);
  const searchError = useRoster((state) => state.searchError);
  const { setText, setSort, search, open } = useRoster.getState();
  const [typed, setTyped] = useState(text);
  useFocusOnMount(heading);

  useEffect(() => {
    void search();
  }, [search]);

  useEffect(() => {
    if (typed === useRoster.getState().text) return undefined;
    const timer = window.setTimeout(() => setText(typed), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [typed, setText]);

  const countText =
    total === null ? t('list.searching') : t('list.count', { count: total, formatted: formatNumber(total, i18n.language) });
  const nothing = total === 0 && (text.trim() !== '' || activeFilterCount(filters) > 0);

  return (
    <div className="roster">
      <div className="roster-head">
        <h1 ref={heading} tabIndex={-1}>
          {t('list.title')}
        </h1>
        <div className="actions">
          <button type="button" className="button primary" onClick={() => open({ name: 'create' })}>
            {t('list.add')}
          </button>
          <button type="button" className="button secondary" onClick={() => open({ name: 'deleted' })}>
            {t('list.deleted')}
          </button>
          <button type="button" className="button secondary" onClick={() => open({ name: 'importExport' })}>
            {importText('screen.entry')}
          </button>
        </div>
      </div>
      <UndoNotice onDone={() => heading.current?.focus()} />
      <div className="roster-search" role="search">
        <div className="field">
          <label htmlFor="roster-search">{t('list.searchLabel')}</label>
          <input
            id="roster-search"
            className="input"
            type="search"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown' && list.current) {
                event.preventDefault();
                list.current.focus();
              }
            }}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="roster-search-hint"
          />
          <p id="roster-search-hint" className="hint">
            {t('list.searchHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="roster-sort">{t('list.sortLabel')}</label>
          <select
            id="roster-sort"
            className="select"
            value={effectiveSort(sort, text)}
            onChange={(event) => setSort(event.target.value as RosterSort)}
          >
            {sortChoices(text).map((choice) => (
              <option key={choice} value={choice}>
                {t(`list.sort.${choice}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <SavedSearches onApply={setTyped} />
      <div className="roster-body">
        <FacetPanel />
        <section className="roster-results" aria-labelledby="results-title">
          <h2 id="results-title" className="visually-hidden">
            {t('list.resultsLabel')}
          </h2>
          <p role="status" className="result-count">
            {countText}
          </p>
          <LiveMessage id="roster-search-error" kind="alert" text={searchError ? errorText(searchError) : null} />
          {nothing ? <p className="hint">{t('list.nothingFound')}</p> : null}
          {total === 0 && !nothing ? <p className="hint">{t('list.empty')}</p> : null}
          <ResultsList listRef={list} onOpen={(id) => open({ name: 'detail', id })} />
          {total !== null && total > 0 ? <p className="hint">{t('list.keyboardHint')}</p> : null}
        </section>
      </div>
    </div>
  );
}
