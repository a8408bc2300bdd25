// Find: one search box (searching as you type), sort, the facet panel, the virtualized results and the way to add or see deleted people.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../ui/format.js';
import { FilterSelect, ListHead, ListResults, SearchField } from '../../ui/ListPageParts.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { useTypedSearch } from '../../ui/use-typed-search.js';
import { activeFilterCount, effectiveSort, sortChoices } from './facet-display.js';
import { FacetPanel } from './FacetPanel.js';
import { ResultsList } from './ResultsList.js';
import { SavedSearches } from './SavedSearches.js';
import { useRoster } from './roster-store.js';
import { UndoNotice } from './UndoNotice.js';

export function RosterPage() {
  const { t, i18n } = useTranslation('roster');
  const importText = useTranslation('import').t;
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const text = useRoster((state) => state.text);
  const sort = useRoster((state) => state.sort);
  const total = useRoster((state) => state.total);
  const filters = useRoster((state) => state.filters);
  const searchError = useRoster((state) => state.searchError);
  const { setSort, search, open } = useRoster.getState();
  const [typed, setTyped] = useTypedSearch(useRoster);
  useFocusOnMount(heading);

  useEffect(() => {
    void search();
  }, [search]);

  const countText =
    total === null ? t('list.searching') : t('list.count', { count: total, formatted: formatNumber(total, i18n.language) });
  const nothing = total === 0 && (text.trim() !== '' || activeFilterCount(filters) > 0);

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
        <FilterSelect
          id="roster-sort"
          label={t('list.sortLabel')}
          value={effectiveSort(sort, text)}
          choices={sortChoices(text)}
          choiceLabel={(choice) => t(`list.sort.${choice}`)}
          onChange={(choice) => {
            if (choice !== null) setSort(choice);
          }}
        />
      </div>
      <SavedSearches onApply={setTyped} />
      <div className="roster-body">
        <FacetPanel />
        <ListResults
          className="roster-results"
          titleId="results-title"
          label={t('list.resultsLabel')}
          countText={countText}
          errorId="roster-search-error"
          error={searchError}
          emptyText={nothing ? t('list.nothingFound') : total === 0 ? t('list.empty') : null}
        >
          <ResultsList listRef={list} onOpen={(id) => open({ name: 'detail', id })} />
          {total !== null && total > 0 ? <p className="hint">{t('list.keyboardHint')}</p> : null}
        </ListResults>
      </div>
    </div>
  );
}
