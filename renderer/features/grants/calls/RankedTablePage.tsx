// A call's applications ranked by their reviews' weighted mean: the spread, a flag where reviewers differ by 2 points or
// more, the mean per criterion, reviews submitted of assigned, recusals. A row the viewer is recused from stays sealed.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertTriangle } from 'lucide-react';
import { callTitle, type Call, type Criterion } from '../../../../common/grants/call.schema.js';
import type { RankedRow } from '../../../../common/grants/review.schema.js';
import { request } from '../../../app/cre.js';
import { formatNumber } from '../../../ui/format.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { RecordTable, RowLink } from '../../../ui/RecordTable.js';
import { useErrorText } from '../../../ui/use-error-text.js';
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.js';
import { useLoaded } from '../../../ui/use-loaded.js';
import { formatScore } from '../grants-format.js';
import { useGrants } from '../grants-store.js';
import { ScrollingTable } from '../ScrollingTable.js';
import { BackToCalls } from './BackToCalls.js';
import { useCall } from '../use-grant-calls.js';

/** "Reviewers disagree", visible and heard: the flag never rests on colour or an icon alone. */
function DisagreementFlag({ label }: { label: string }) {
  return (
    <span className="badge grants-disagreement">
      <AlertTriangle aria-hidden="true" focusable="false" size={14} />
      {label}
    </span>
  );
}

function Row({ row, rubric, language }: { row: RankedRow; rubric: readonly Criterion[]; language: string }) {
  const { t } = useTranslation('grants');
  const { t: tr } = useTranslation('review');
  const open = useGrants((state) => state.open);
  const score = (value: number | null) => (value === null ? '—' : formatScore(value, language));
  if (row.recused) {
    return (
      <tr className="grants-recused-row">
        <td>{row.rank === null ? '—' : formatNumber(row.rank, language)}</td>
        <th scope="row">{row.title}</th>
        <td colSpan={7 + rubric.length}>{t('ranked.recused')}</td>
      </tr>
    );
  }
  return (
    <tr>
      <td>{row.rank === null ? '—' : formatNumber(row.rank, language)}</td>
      <RowLink onOpen={() => open({ name: 'application', id: row.applicationId })}>{row.title}</RowLink>
      <td>{row.communityName ?? <span className="muted">{t('ranked.hidden')}</span>}</td>
      <td className="numeric">{score(row.mean)}</td>
      <td className="numeric">{score(row.spread)}</td>
      <td>
        {row.disagreement ? <DisagreementFlag label={t('ranked.disagreement')} /> : row.mean === null ? '—' : <span className="muted">{t('ranked.agreement')}</span>}
      </td>
      {rubric.map((criterion) => {
        const entry = row.criteria.find((c) => c.criterionId === criterion.id);
        return (
          <td key={criterion.id} className="numeric">
            {score(entry?.mean ?? null)}
            {entry?.disagreement ? (
              <>
                {' '}
                <AlertTriangle className="grants-flag-icon" aria-hidden="true" focusable="false" size={14} />
                <span className="visually-hidden">{t('ranked.criterionDisagreement')}</span>
              </>
            ) : null}
          </td>
        );
      })}
      <td className="numeric">{t('ranked.submittedOf', { submitted: formatNumber(row.submitted, language), assigned: formatNumber(row.assigned, language) })}</td>
      <td className="numeric">{formatNumber(row.recusals, language)}</td>
      {/* The Advisory Committee's returned scores: apart from the working group's mean, never in the rank. */}
      <td className="numeric">
        {row.advisoryMean === null ? (
          tr('grants.advisoryNone')
        ) : (
          <>
            {formatScore(row.advisoryMean, language)}
            <span className="review-advisory-count">{tr('grants.advisoryCount', { count: row.advisorySubmitted, formatted: formatNumber(row.advisorySubmitted, language) })}</span>
          </>
        )}
      </td>
    </tr>
  );
}

function Ranked({ call }: { call: Call }) {
  const { t, i18n } = useTranslation('grants');
  const { t: tr } = useTranslation('review');
  const errorText = useErrorText();
  const rows = useLoaded(() => request((api) => api.grantCalls.ranked({ id: call.id })), call.id);
  const columns = [
    t('ranked.rank'),
    t('ranked.application'),
    t('ranked.community'),
    t('ranked.mean'),
    t('ranked.spread'),
    t('ranked.flag'),
    ...call.rubric.map((criterion) => criterion.name),
    t('ranked.reviews'),
    t('ranked.recusals'),
    tr('grants.advisoryColumn'),
  ];
  return (
    <>
      <LiveMessage id="grants-ranked-error" kind="alert" text={rows.state === 'failed' ? errorText(rows.error) : null} />
      {rows.state === 'loading' ? <p className="hint">{t('calls.loading')}</p> : null}
      {rows.state === 'ready' && rows.value.length === 0 ? <p className="hint">{t('ranked.empty')}</p> : null}
      {rows.state === 'ready' && rows.value.length > 0 ? (
        <ScrollingTable label={t('ranked.scroll')}>
          <RecordTable className="activity grants-table grants-ranked" caption={t('ranked.caption', { title: callTitle(call, i18n.language) })} scroll={false} columns={columns}>
            {rows.value.map((row) => (
              <Row key={row.applicationId} row={row} rubric={call.rubric} language={i18n.language} />
            ))}
          </RecordTable>
        </ScrollingTable>
      ) : null}
    </>
  );
}

export function RankedTablePage({ callId }: { callId: string }) {
  const { t, i18n } = useTranslation('grants');
  const errorText = useErrorText();
  const { loaded } = useCall(callId);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  return (
    <div className="roster-stack grants-ranked-page">
      <BackToCalls callId={callId} />
      <h1 ref={heading} tabIndex={-1}>
        {loaded.state === 'ready' ? t('ranked.titleWith', { title: callTitle(loaded.value, i18n.language) }) : t('ranked.title')}
      </h1>
      <p className="lead">{t('ranked.intro')}</p>
      <LiveMessage id="grants-ranked-load-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {loaded.state === 'ready' ? <Ranked call={loaded.value} /> : null}
    </div>
  );
}
