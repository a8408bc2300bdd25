// The communities list: a search box over names and areas, a region filter, the communities found, and the ways to add or see deleted ones.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIONS } from '../../../common/roster/taxonomy.js';
import { UsersRound } from 'lucide-react';
import { EmptyState } from '../../ui/EmptyState.js';
import { FilterSelect, ListHead, ListResults, usePagedCountText, SearchField } from '../../ui/ListPageParts.js';
import { RecordTable, RowLink } from '../../ui/RecordTable.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { useTypedSearch } from '../../ui/use-typed-search.js';
import { countryName } from '../roster/place-names.js';
import { useCommunities } from './communities-store.js';
import { CommunityUndoNotice } from './CommunityUndoNotice.js';

export function CommunitiesPage() {
  const { t, i18n } = useTranslation(['communities', 'taxonomy']);
  const heading = useRef<HTMLHeadingElement>(null);
  const text = useCommunities((state) => state.text);
  const region = useCommunities((state) => state.region);
  const items = useCommunities((state) => state.items);
  const hasMore = useCommunities((state) => state.hasMore);
  const listError = useCommunities((state) => state.listError);
  const { setRegion, load, loadMore, open } = useCommunities.getState();
  const [typed, setTyped] = useTypedSearch(useCommunities);
  useFocusOnMount(heading);

  useEffect(() => {
    void load();
  }, [load]);

  const filtered = text.trim() !== '' || region !== null;
  const countText = usePagedCountText('communities', items, hasMore);

  return (
    <div className="roster communities">
      <ListHead
        headingRef={heading}
        title={t('title')}
        addLabel={t('list.add')}
        onAdd={() => open({ name: 'create' })}
        deletedLabel={t('list.deleted')}
        onDeleted={() => open({ name: 'deleted' })}
      />
      <CommunityUndoNotice onDone={() => heading.current?.focus()} />
      <div className="roster-search" role="search">
        <SearchField id="communities-search" label={t('list.searchLabel')} hint={t('list.searchHint')} value={typed} onChange={setTyped} maxLength={200} />
        <FilterSelect
          id="communities-region"
          label={t('list.regionLabel')}
          value={region}
          choices={REGIONS}
          choiceLabel={(choice) => t(`taxonomy:region.${choice}`)}
          anyLabel={t('list.allRegions')}
          onChange={setRegion}
        />
      </div>
      <ListResults
        className="community-results"
        titleId="community-results-title"
        label={t('list.resultsLabel')}
        countText={countText}
        errorId="communities-list-error"
        error={listError}
        emptyText={items !== null && items.length === 0 && filtered ? t('list.nothingFound') : null}
        emptyState={
          items !== null && items.length === 0 && !filtered ? (
            <EmptyState
              id="communities-empty"
              level={3}
              icon={UsersRound}
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
            className="activity community-table"
            caption={t('list.resultsLabel')}
            columns={[t('list.column.name'), t('list.column.country'), t('list.column.area'), t('list.column.region'), t('list.column.sharing')]}
          >
            {items.map((community) => (
              <tr key={community.id}>
                <RowLink onOpen={() => open({ name: 'detail', id: community.id })}>{community.name}</RowLink>
                <td>{countryName(community.country, i18n.language)}</td>
                <td>{community.area}</td>
                <td>{t(`taxonomy:region.${community.region}`)}</td>
                <td>{t(`taxonomy:sharing.${community.sharing}`)}</td>
              </tr>
            ))}
          </RecordTable>
        ) : null}
      </ListResults>
    </div>
  );
}
