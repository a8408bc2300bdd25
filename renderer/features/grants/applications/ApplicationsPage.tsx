// The applications, newest first, of one call or of every call: a call and a state filter, each application's title,
// community, region, state, amount requested, the day it came in (late ones marked) and how.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FileText } from 'lucide-react';
import { APPLICATION_STATES } from '../../../../common/grants/application.schema.js';
import { callTitle } from '../../../../common/grants/call.schema.js';
import { goTo } from '../../../app/navigate.js';
import { EmptyState } from '../../../ui/EmptyState.js';
import { formatCurrency, formatNumber } from '../../../ui/format.js';
import { formatMomentDay } from '../../../ui/format-day-only.js';
import { FilterSelect, ListHead, ListResults } from '../../../ui/ListPageParts.js';
import { RecordTable, RowLink } from '../../../ui/RecordTable.js';
import { UndoNotice } from '../../../ui/UndoNotice.js';
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.js';
import { useApplications } from './applications-store.js';
import { useGrantCalls } from '../use-grant-calls.js';
import './applications.css';

function ApplicationsUndoNotice({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('grants', { keyPrefix: 'applications' });
  const undo = useApplications((state) => state.undo);
  const { undoRemove, dismissUndo } = useApplications.getState();
  const texts = {
    deleted: (name: string) => t('undo.deleted', { name }),
    restored: (name: string) => t('undo.restored', { name }),
    undo: t('undo.undo'),
    dismiss: t('undo.dismiss'),
  };
  return <UndoNotice undo={undo} onUndo={undoRemove} onDismiss={dismissUndo} onDone={onDone} texts={texts} errorId="applications-undo-error" />;
}

export function ApplicationsPage({ callId }: { callId: string | null }) {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'applications' });
  const { t: tx } = useTranslation('taxonomy');
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const language = i18n.language;
  const chosenCall = useApplications((store) => store.callId);
  const state = useApplications((store) => store.state);
  const items = useApplications((store) => store.items);
  const hasMore = useApplications((store) => store.hasMore);
  const listError = useApplications((store) => store.listError);
  const { setCall, setState, loadMore } = useApplications.getState();
  const calls = useGrantCalls();
  const callChoices = calls.state === 'ready' ? calls.value : [];
  const callLabel = (id: string) => {
    const call = callChoices.find((choice) => choice.id === id);
    return call ? callTitle(call, language) : t('list.callLoading');
  };

  useEffect(() => {
    setCall(callId);
  }, [callId, setCall]);

  const filtered = chosenCall !== null || state !== null;
  const count = items?.length ?? 0;
  const countText =
    items === null ? t('list.loading') : t(hasMore ? 'list.countMore' : 'list.count', { count, formatted: formatNumber(count, language) });
  const newApplication = () => goTo({ section: 'grants', view: { name: 'applicationForm', id: null, callId: chosenCall, communityId: null } });

  return (
    <div className="roster grant-applications">
      <ListHead
        headingRef={heading}
        title={t('title')}
        addLabel={t('list.add')}
        onAdd={newApplication}
        deletedLabel={t('list.deleted')}
        onDeleted={() => goTo({ section: 'grants', view: { name: 'deletedApplications' } })}
      />
      <p className="lead">{t('list.intro')}</p>
      <ApplicationsUndoNotice onDone={() => heading.current?.focus()} />
      <div className="roster-search grant-filters" role="search">
        <FilterSelect
          id="applications-call"
          label={t('list.callLabel')}
          value={chosenCall}
          choices={[...new Set([...callChoices.map((call) => call.id), ...(chosenCall === null ? [] : [chosenCall])])]}
          choiceLabel={callLabel}
          anyLabel={t('list.allCalls')}
          onChange={setCall}
        />
        <FilterSelect
          id="applications-state"
          label={t('list.stateLabel')}
          value={state}
          choices={APPLICATION_STATES}
          choiceLabel={(choice) => t(`state.${choice}`)}
          anyLabel={t('list.allStates')}
          onChange={setState}
        />
      </div>
      <ListResults
        className="grant-application-results"
        titleId="grant-application-results-title"
        label={t('list.resultsLabel')}
        countText={countText}
        errorId="applications-list-error"
        error={listError}
        emptyText={items !== null && items.length === 0 && filtered ? t('list.nothingFound') : null}
        emptyState={
          items !== null && items.length === 0 && !filtered ? (
            <EmptyState
              id="applications-empty"
              level={3}
              icon={FileText}
              title={t('emptyState.title')}
              purpose={t('emptyState.purpose')}
              actions={[{ label: t('list.add'), onClick: newApplication, primary: true }]}
            />
          ) : null
        }
        more={hasMore ? { label: t('list.more'), onMore: () => void loadMore() } : null}
      >
        {items !== null && items.length > 0 ? (
          <RecordTable
            className="activity grant-application-table"
            caption={t('list.resultsLabel')}
            columns={[
              t('field.title'),
              t('field.community'),
              t('field.region'),
              t('field.state'),
              { label: t('field.amountRequested'), className: 'number' },
              t('field.received'),
              t('field.channel'),
            ]}
          >
            {items.map((application) => (
              <tr key={application.id}>
                <RowLink onOpen={() => goTo({ section: 'grants', view: { name: 'application', id: application.id } })}>{application.title}</RowLink>
                <td>{application.communityName}</td>
                <td>{tx(`region.${application.region}`)}</td>
                <td>{t(`state.${application.state}`)}</td>
                <td className="number">{formatCurrency(application.amountRequested, application.currency, language)}</td>
                <td>
                  {formatMomentDay(application.receivedAt, language)}
                  {application.late ? <span className="badge grant-late">{t('list.late')}</span> : null}
                </td>
                <td>{t(`channel.${application.channel}`)}</td>
              </tr>
            ))}
          </RecordTable>
        ) : null}
      </ListResults>
    </div>
  );
}
