// Find: the search box (searching as you type) and saved searches on top; the count, the sort and the active filters
// as chips over the results, which fill the window; the filter panel beside them. The results come before the filters in the tab order,
// so Tab from the search box reaches them at once; the panel sits on the left only visually.
import { useEffect, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Contact } from 'lucide-react';
import { EmptyState } from '../../ui/EmptyState.js';
import { formatNumber } from '../../ui/format.js';
import { FilterSelect, ListHead, SearchField } from '../../ui/ListPageParts.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { useTypedSearch } from '../../ui/use-typed-search.js';
import { ActiveFilters } from './ActiveFilters.js';
import { activeFilterCount, effectiveSort, sortChoices } from './facet-display.js';
import { FacetPanel } from './FacetPanel.js';
import { ResultsList } from './ResultsList.js';
import { SavedSearches } from './SavedSearches.js';
import { useRoster } from './roster-store.js';
import { UndoNotice } from './UndoNotice.js';
import { useFillHeight } from './use-fill-height.js';
// The list's styles refine the shared roster ones, so they load after them.
import './roster.css';
import './roster-list.css';

export function RosterPage() {
  const { t, i18n } = useTranslation('roster');
  const importText = useTranslation('import').t;
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const text = useRoster((state) => state.text);
  const sort = useRoster((state) => state.sort);
  const typedSort = useRoster((state) => state.typedSort);
  const total = useRoster((state) => state.total);
  const filters = useRoster((state) => state.filters);
  const searchError = useRoster((state) => state.searchError);
  const { setSort, search, open } = useRoster.getState();
  const [typed, setTyped] = useTypedSearch(useRoster);
  const fill = useFillHeight(body);
  useFocusOnMount(heading);

  useEffect(() => {
    void search();
  }, [search]);

  const filtered = text.trim() !== '' || activeFilterCount(filters) > 0;
  // A roster with nobody in it at all (not a search that found nobody).
  const emptyRoster = total === 0 && !filtered;
  const countText =
    total === null ? t('list.searching') : t('list.count', { count: total, formatted: formatNumber(total, i18n.language) });
  // The search field does not hand out its input, so it is found by id.
  const focusSearch = () => document.getElementById('roster-search')?.focus();

  return (
    <div className="roster">
      <ListHead
        headingRef={heading}
        title={t('list.title')}
        addLabel={t('list.add')}
        onAdd={() => open({ name: 'create' })}
        deletedLabel={t('list.deleted')}
        onDeleted={() => open({ name: 'deleted' })}
      >
        <button type="button" className="button secondary" onClick={() => open({ name: 'importExport' })}>
          {importText('screen.entry')}
        </button>
      </ListHead>
      <UndoNotice onDone={() => heading.current?.focus()} />
      {emptyRoster ? (
        <EmptyState
          id="roster-empty"
          icon={Contact}
          title={t('emptyState.title')}
          purpose={t('emptyState.purpose')}
          actions={[
            { label: t('emptyState.first'), onClick: () => open({ name: 'create' }), primary: true },
            { label: t('emptyState.import'), onClick: () => open({ name: 'importExport' }) },
          ]}
        />
      ) : (
        <>
          <div className="roster-search" role="search">
            <SearchField
              id="roster-search"
              label={t('list.searchLabel')}
              hint={t('list.searchHint')}
              value={typed}
              onChange={setTyped}
              onKeyDown={(event) => {
                if (event.key === 'ArrowDown' && list.current) {
                  event.preventDefault();
                  list.current.focus();
                }
              }}
            />
            <SavedSearches onApply={setTyped} />
          </div>
          <div ref={body} className="roster-body" style={{ '--roster-fill': fill === null ? undefined : `${fill}px` } as CSSProperties}>
            <section className="roster-results" aria-labelledby="results-title">
              <h2 id="results-title" className="visually-hidden">
                {t('list.resultsLabel')}
              </h2>
              <div className="results-bar">
                <p role="status" className="result-count">
                  {countText}
                </p>
                <FilterSelect
                  id="roster-sort"
                  label={t('list.sortLabel')}
                  value={effectiveSort(sort, text, typedSort)}
                  choices={sortChoices(text)}
                  choiceLabel={(choice) => t(`list.sort.${choice}`)}
                  onChange={(choice) => {
                    if (choice !== null) setSort(choice);
                  }}
                />
              </div>
              <ActiveFilters onEmptied={focusSearch} />
              <LiveMessage id="roster-search-error" kind="alert" text={searchError ? errorText(searchError) : null} />
              {total === 0 ? <p className="hint">{t('list.nothingFound')}</p> : null}
              <ResultsList listRef={list} onOpen={(id) => open({ name: 'detail', id })} />
              {total !== null && total > 0 ? (
                // Shown over the list's corner while the list has the keyboard focus; always its description.
                <p id="roster-keyboard-hint" className="results-hint">
                  {t('list.keyboardHint')}
                </p>
              ) : null}
            </section>
            <FacetPanel />
          </div>
        </>
      )}
    </div>
  );
}
