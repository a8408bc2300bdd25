// The consultation rounds list: one search box (topic, theme or what was heard, as you type), the rounds found newest
// first with their channel, region, participants and open actions, Record and Deleted.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MessagesSquare } from 'lucide-react';
import type { ConsultationSummary } from '../../../common/consultations/consultation.schema.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { formatNumber } from '../../ui/format.js';
import { formatDayOnly } from '../../ui/format-day-only.js';
import { ListHead, ListResults, SearchField } from '../../ui/ListPageParts.js';
import { RecordTable, RowLink } from '../../ui/RecordTable.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { useTypedSearch } from '../../ui/use-typed-search.js';
import { ConsultationUndoNotice } from './ConsultationUndoNotice.js';
import { CONSULTATIONS_LIMIT, useConsultations } from './consultations-store.js';

/** "3 Mar 2026" or "3 Mar 2026 – 5 Mar 2026". */
export function roundDates(round: Pick<ConsultationSummary, 'startsOn' | 'endsOn'>, language: string): string {
  const start = formatDayOnly(round.startsOn, language);
  return round.endsOn === null || round.endsOn === round.startsOn ? start : `${start} – ${formatDayOnly(round.endsOn, language)}`;
}

function OpenActions({ round }: { round: ConsultationSummary }) {
  const { t } = useTranslation('consultations');
  if (round.openActions === 0) return <span className="muted">{t('list.noOpenActions')}</span>;
  return (
    <>
      {t('list.openActions', { count: round.openActions })}
      {round.overdueActions > 0 ? (
        <>
          {' '}
          <span className="badge consultation-overdue">{t('list.overdueActions', { count: round.overdueActions })}</span>
        </>
      ) : null}
    </>
  );
}

export function ConsultationsPage() {
  const { t, i18n } = useTranslation(['consultations', 'taxonomy']);
  const heading = useRef<HTMLHeadingElement>(null);
  const text = useConsultations((state) => state.text);
  const items = useConsultations((state) => state.items);
  const listError = useConsultations((state) => state.listError);
  const { search, open } = useConsultations.getState();
  const [typed, setTyped] = useTypedSearch(useConsultations);
  useFocusOnMount(heading);

  useEffect(() => {
    void search();
  }, [search]);

  const language = i18n.language;
  const total = items?.length ?? null;
  const countText = total === null ? t('list.searching') : t('list.count', { count: total, formatted: formatNumber(total, language) });
  const searching = text.trim() !== '';

  return (
    <div className="roster consultations">
      <ListHead
        headingRef={heading}
        title={t('title')}
        addLabel={t('list.add')}
        onAdd={() => open({ name: 'create' })}
        deletedLabel={t('list.deleted')}
        onDeleted={() => open({ name: 'deleted' })}
      />
      <p className="lead">{t('list.lead')}</p>
      <ConsultationUndoNotice onDone={() => heading.current?.focus()} />
      <SearchField id="consultations-search" label={t('list.searchLabel')} hint={t('list.searchHint')} value={typed} onChange={setTyped} landmark />
      <ListResults
        className="roster-results"
        titleId="consultations-results-title"
        label={t('list.resultsLabel')}
        countText={countText}
        errorId="consultations-list-error"
        error={listError}
        emptyText={total === 0 && searching ? t('list.nothingFound') : null}
        emptyState={
          total === 0 && !searching ? (
            <EmptyState
              id="consultations-empty"
              level={3}
              icon={MessagesSquare}
              title={t('emptyState.title')}
              purpose={t('emptyState.purpose')}
              actions={[{ label: t('emptyState.first'), onClick: () => open({ name: 'create' }), primary: true }]}
            />
          ) : null
        }
      >
        {total === CONSULTATIONS_LIMIT ? <p className="hint">{t('list.limited', { formatted: formatNumber(CONSULTATIONS_LIMIT, language) })}</p> : null}
        {items && items.length > 0 ? (
          <RecordTable
            className="activity consultation-table"
            caption={t('list.resultsLabel')}
            columns={[t('field.topic'), t('field.dates'), t('field.channel'), t('field.region'), t('field.participants'), t('field.actions')]}
            scroll={false}
          >
            {items.map((round) => (
              <tr key={round.id}>
                <RowLink className="link-button consultation-open" onOpen={() => open({ name: 'detail', id: round.id })}>
                  {round.topic}
                </RowLink>
                <td>{roundDates(round, language)}</td>
                <td>{t(`channel.${round.channel}`)}</td>
                <td>{t(`taxonomy:region.${round.region}`)}</td>
                <td>{formatNumber(round.participants, language)}</td>
                <td>
                  <OpenActions round={round} />
                </td>
              </tr>
            ))}
          </RecordTable>
        ) : null}
      </ListResults>
    </div>
  );
}
