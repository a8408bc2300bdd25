// The calls, newest first: a state filter above the results, each call's title in the interface language, kind, regions, state, closing
// time in the call's own time zone, and its ceiling and envelope.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { HandCoins } from 'lucide-react';
import { CALL_STATES, callTitle } from '../../../../common/grants/call.schema.js';
import { EmptyState } from '../../../ui/EmptyState.js';
import { formatCurrency, formatNumber } from '../../../ui/format.js';
import { FilterSelect, ListHead, ListResults } from '../../../ui/ListPageParts.js';
import { RecordTable, RowLink } from '../../../ui/RecordTable.js';
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.js';
import { formatInZone } from '../grants-format.js';
import { useGrants } from '../grants-store.js';
import { CallUndoNotice } from './CallUndoNotice.js';

export function CallsPage() {
  const { t, i18n } = useTranslation(['grants', 'taxonomy']);
  const heading = useRef<HTMLHeadingElement>(null);
  const state = useGrants((store) => store.state);
  const items = useGrants((store) => store.items);
  const hasMore = useGrants((store) => store.hasMore);
  const listError = useGrants((store) => store.listError);
  const { setState, load, loadMore, open } = useGrants.getState();
  useFocusOnMount(heading);
  const language = i18n.language;

  useEffect(() => {
    void load();
  }, [load]);

  const count = items?.length ?? 0;
  const formatted = formatNumber(count, language);
  const countText = items === null ? t('calls.loading') : hasMore ? t('calls.countMore', { count, formatted }) : t('calls.count', { count, formatted });
  const newCall = () => open({ name: 'callForm', id: null });

  return (
    <div className="roster grants-calls">
      <ListHead headingRef={heading} title={t('calls.title')} addLabel={t('calls.add')} onAdd={newCall} deletedLabel={t('calls.deleted')} onDeleted={() => open({ name: 'deletedCalls' })} />
      <p className="lead">{t('calls.intro')}</p>
      <CallUndoNotice onDone={() => heading.current?.focus()} />
      <div className="roster-search grants-filters" role="search" aria-label={t('calls.filtersLabel')}>
        <FilterSelect
          id="grants-calls-state"
          label={t('calls.stateLabel')}
          value={state}
          choices={CALL_STATES}
          choiceLabel={(choice) => t(`grants:calls.state.${choice}`)}
          anyLabel={t('calls.allStates')}
          onChange={setState}
        />
      </div>
      <ListResults
        className="grants-call-results"
        titleId="grants-call-results-title"
        label={t('calls.resultsLabel')}
        countText={countText}
        errorId="grants-calls-error"
        error={listError}
        emptyText={items !== null && items.length === 0 && state !== null ? t('calls.nothingFound') : null}
        emptyState={
          items !== null && items.length === 0 && state === null ? (
            <EmptyState
              id="grants-calls-empty"
              level={3}
              icon={HandCoins}
              title={t('calls.emptyTitle')}
              purpose={t('calls.emptyPurpose')}
              actions={[{ label: t('calls.add'), onClick: newCall, primary: true }]}
            />
          ) : null
        }
        more={hasMore ? { label: t('calls.more'), onMore: () => void loadMore() } : null}
      >
        {items !== null && items.length > 0 ? (
          <RecordTable
            className="activity grants-table"
            caption={t('calls.resultsLabel')}
            columns={[t('calls.field.title'), t('calls.field.kind'), t('calls.field.regions'), t('calls.field.state'), t('calls.field.closesAt'), t('calls.field.ceilingEnvelope')]}
          >
            {items.map((call) => (
              <tr key={call.id}>
                <RowLink onOpen={() => open({ name: 'call', id: call.id })}>{callTitle(call, language)}</RowLink>
                <td>{t(`grants:calls.kind.${call.kind}`)}</td>
                <td>{call.regions.map((region) => t(`taxonomy:region.${region}`)).join(', ')}</td>
                <td>
                  <span className={`badge call-state call-state-${call.state}`}>{t(`grants:calls.state.${call.state}`)}</span>
                </td>
                <td>{formatInZone(call.closesAtInstant, call.timeZone, language)}</td>
                <td className="numeric">
                  {formatCurrency(call.ceiling, call.currency, language)} / {formatCurrency(call.envelope, call.currency, language)}
                </td>
              </tr>
            ))}
          </RecordTable>
        ) : null}
      </ListResults>
    </div>
  );
}
