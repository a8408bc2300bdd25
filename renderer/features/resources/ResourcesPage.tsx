// The resources list: a search box over titles and summaries, filters by type, strategy area and language, and the resources found.
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { RESOURCE_TYPES } from '../../../common/resources/resource.schema.js';
import { STRATEGY_AREAS } from '../../../common/roster/taxonomy.js';
import { BookOpen } from 'lucide-react';
import { EmptyState } from '../../ui/EmptyState.js';
import { formatNumber } from '../../ui/format.js';
import { FilterSelect, ListHead, ListResults, usePagedCountText, SearchField } from '../../ui/ListPageParts.js';
import { RecordTable, RowLink } from '../../ui/RecordTable.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { useTypedSearch } from '../../ui/use-typed-search.js';
import { allLanguages, languageName } from '../roster/place-names.js';
import { useResources } from './resources-store.js';
import { ResourceUndoNotice } from './ResourceUndoNotice.js';

export function ResourcesPage() {
  const { t, i18n } = useTranslation(['resources', 'taxonomy']);
  const heading = useRef<HTMLHeadingElement>(null);
  const text = useResources((state) => state.text);
  const filters = useResources((state) => state.filters);
  const items = useResources((state) => state.items);
  const hasMore = useResources((state) => state.hasMore);
  const listError = useResources((state) => state.listError);
  const { setFilters, load, loadMore, open } = useResources.getState();
  const [typed, setTyped] = useTypedSearch(useResources);
  // Alphabetical by name in the interface language.
  const languageCodes = useMemo(() => allLanguages(i18n.language).map((choice) => choice.code), [i18n.language]);
  useFocusOnMount(heading);

  useEffect(() => {
    void load();
  }, [load]);

  const filtered = text.trim() !== '' || filters.type !== null || filters.strategyArea !== null || filters.language !== null;
  const countText = usePagedCountText('resources', items, hasMore);

  return (
    <div className="roster resources">
      <ListHead
        headingRef={heading}
        title={t('title')}
        addLabel={t('list.add')}
        onAdd={() => open({ name: 'create' })}
        deletedLabel={t('list.deleted')}
        onDeleted={() => open({ name: 'deleted' })}
      />
      <ResourceUndoNotice onDone={() => heading.current?.focus()} />
      <div className="roster-search resource-filters" role="search">
        <SearchField id="resources-search" label={t('list.searchLabel')} hint={t('list.searchHint')} value={typed} onChange={setTyped} maxLength={200} />
        <FilterSelect
          id="resources-type"
          label={t('field.type')}
          value={filters.type}
          choices={RESOURCE_TYPES}
          choiceLabel={(choice) => t(`taxonomy:resourceType.${choice}`)}
          anyLabel={t('list.allTypes')}
          onChange={(type) => setFilters({ type })}
        />
        <FilterSelect
          id="resources-area"
          label={t('field.strategyAreas')}
          value={filters.strategyArea}
          choices={STRATEGY_AREAS}
          choiceLabel={(choice) => t(`taxonomy:strategy.${choice}`)}
          anyLabel={t('list.allAreas')}
          onChange={(strategyArea) => setFilters({ strategyArea })}
        />
        <FilterSelect
          id="resources-language"
          label={t('field.languages')}
          value={filters.language}
          choices={languageCodes}
          choiceLabel={(code) => languageName(code, i18n.language)}
          anyLabel={t('list.allLanguages')}
          onChange={(language) => setFilters({ language })}
        />
      </div>
      <ListResults
        className="resource-results"
        titleId="resource-results-title"
        label={t('list.resultsLabel')}
        countText={countText}
        errorId="resources-list-error"
        error={listError}
        emptyText={items !== null && items.length === 0 && filtered ? t('list.nothingFound') : null}
        emptyState={
          items !== null && items.length === 0 && !filtered ? (
            <EmptyState
              id="resources-empty"
              level={3}
              icon={BookOpen}
              title={t('emptyState.title')}
              purpose={t('emptyState.purpose')}
              actions={[{ label: t('emptyState.first'), onClick: () => open({ name: 'create' }), primary: true }]}
            />
          ) : null
        }
        more={hasMore ? { label: t('list.more'), onMore: () => void loadMore() } : null}
      >
        {items !== null && items.length > 0 ? (
          <RecordTable
            className="activity resource-table"
            caption={t('list.resultsLabel')}
            columns={[t('field.title'), t('field.type'), t('field.strategyAreas'), t('field.languages'), t('list.attachments'), t('field.sharing')]}
          >
            {items.map((resource) => (
              <tr key={resource.id}>
                <RowLink onOpen={() => open({ name: 'detail', id: resource.id })}>{resource.title}</RowLink>
                <td>{t(`taxonomy:resourceType.${resource.type}`)}</td>
                <td>{resource.strategyAreas.map((area) => t(`taxonomy:strategy.${area}`)).join(', ')}</td>
                <td>{resource.languages.map((code) => languageName(code, i18n.language)).join(', ')}</td>
                <td>{formatNumber(resource.attachmentCount, i18n.language)}</td>
                <td>{t(`taxonomy:sharing.${resource.sharing}`)}</td>
              </tr>
            ))}
          </RecordTable>
        ) : null}
      </ListResults>
    </div>
  );
}
