// The collaborations list, newest first: a state filter, each collaboration's community, members, owner, state and next follow-up.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { COLLABORATION_STATES } from '../../../common/community/collaboration.schema.js';
import { Handshake } from 'lucide-react';
import { goTo } from '../../app/navigate.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { FilterSelect, ListHead, ListResults, usePagedCountText } from '../../ui/ListPageParts.js';
import { RecordTable, RowLink } from '../../ui/RecordTable.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { formatDay, memberNames } from './collaboration-format.js';
import { CollaborationUndoNotice } from './CollaborationUndoNotice.js';
import { useCollaborations } from './collaborations-store.js';

export function CollaborationsPage() {
  const { t, i18n } = useTranslation(['collaborations', 'taxonomy']);
  const heading = useRef<HTMLHeadingElement>(null);
  const state = useCollaborations((store) => store.state);
  const items = useCollaborations((store) => store.items);
  const hasMore = useCollaborations((store) => store.hasMore);
  const listError = useCollaborations((store) => store.listError);
  const { setState, load, loadMore, open } = useCollaborations.getState();
  useFocusOnMount(heading);
  const language = i18n.language;

  useEffect(() => {
    void load();
  }, [load]);

  const countText = usePagedCountText('collaborations', items, hasMore);

  return (
    <div className="roster collaborations">
      <ListHead
        headingRef={heading}
        title={t('title')}
        addLabel={t('list.add')}
        onAdd={() => open({ name: 'create', communityId: null, requestId: null })}
        deletedLabel={t('list.deleted')}
        onDeleted={() => open({ name: 'deleted' })}
      />
      <p className="lead">{t('list.intro')}</p>
      <CollaborationUndoNotice onDone={() => heading.current?.focus()} />
      <div className="roster-search" role="search">
        <FilterSelect
          id="collaborations-state"
          label={t('list.stateLabel')}
          value={state}
          choices={COLLABORATION_STATES}
          choiceLabel={(choice) => t(`taxonomy:collaborationState.${choice}`)}
          anyLabel={t('list.allStates')}
          onChange={setState}
        />
      </div>
      <ListResults
        className="collaboration-results"
        titleId="collaboration-results-title"
        label={t('list.resultsLabel')}
        countText={countText}
        errorId="collaborations-list-error"
        error={listError}
        emptyText={items !== null && items.length === 0 && state !== null ? t('list.nothingFound') : null}
        emptyState={
          items !== null && items.length === 0 && state === null ? (
            <EmptyState
              id="collaborations-empty"
              level={3}
              icon={Handshake}
              title={t('emptyState.title')}
              purpose={t('emptyState.purpose')}
              actions={[
                { label: t('emptyState.fromRequest'), onClick: () => goTo({ section: 'requests', view: { name: 'list' } }), primary: true },
                { label: t('emptyState.first'), onClick: () => open({ name: 'create', communityId: null, requestId: null }) },
              ]}
            />
          ) : null
        }
        more={hasMore ? { label: t('list.more'), onMore: () => void loadMore() } : null}
      >
        {items !== null && items.length > 0 ? (
          <RecordTable
            className="activity collaboration-table"
            caption={t('list.resultsLabel')}
            columns={[t('field.community'), t('field.members'), t('field.owner'), t('field.state'), t('field.nextFollowUp')]}
          >
            {items.map((collaboration) => (
              <tr key={collaboration.id}>
                <RowLink onOpen={() => open({ name: 'detail', id: collaboration.id })}>{collaboration.communityName}</RowLink>
                <td>{memberNames(collaboration.members)}</td>
                <td>{collaboration.owner}</td>
                <td>{t(`taxonomy:collaborationState.${collaboration.state}`)}</td>
                <td>{collaboration.nextFollowUp ? formatDay(collaboration.nextFollowUp, language) : t('detail.none')}</td>
              </tr>
            ))}
          </RecordTable>
        ) : null}
      </ListResults>
    </div>
  );
}
