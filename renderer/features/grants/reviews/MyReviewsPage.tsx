// The reviews assigned to this vault's own reviewer, grouped by call; a declaration waiting comes first. Each opens the
// review, which asks for the conflict-of-interest declaration before it shows anything of the application.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ClipboardCheck } from 'lucide-react';
import type { Reply } from '../../../../common/contract/errors.js';
import type { Review } from '../../../../common/grants/review.schema.js';
import { request } from '../../../app/cre.js';
import { EmptyState } from '../../../ui/EmptyState.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { RecordTable, RowLink } from '../../../ui/RecordTable.js';
import { useErrorText } from '../../../ui/use-error-text.js';
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.js';
import { useLoaded } from '../../../ui/use-loaded.js';
import { useGrants } from '../grants-store.js';
import { groupReviews, type ReviewedApplication, type ReviewGroup } from './review-groups.js';

/** My reviews, and the title and call of each one's application (one read per application). */
async function loadMine(): Promise<Reply<ReviewGroup[]>> {
  const mine = await request((api) => api.grantReviews.mine({}));
  if (!mine.ok) return mine;
  const applications = new Map<string, ReviewedApplication>();
  for (const applicationId of new Set(mine.value.map((review: Review) => review.applicationId))) {
    const reply = await request((api) => api.grantApplications.get({ id: applicationId }));
    if (reply.ok) applications.set(applicationId, { title: reply.value.title, callId: reply.value.callId, callTitle: reply.value.callTitle });
  }
  return { ok: true, value: groupReviews(mine.value, applications) };
}

export function MyReviewsPage() {
  const { t } = useTranslation('grants');
  const errorText = useErrorText();
  const open = useGrants((state) => state.open);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const loaded = useLoaded(loadMine, 'mine');

  return (
    <div className="roster-stack grants-my-reviews">
      <h1 ref={heading} tabIndex={-1}>
        {t('reviews.mineTitle')}
      </h1>
      <p className="lead">{t('reviews.mineIntro')}</p>
      <LiveMessage id="grants-my-reviews-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {loaded.state === 'loading' ? <p className="hint">{t('calls.loading')}</p> : null}
      {loaded.state === 'ready' && loaded.value.length === 0 ? (
        <EmptyState id="grants-my-reviews-empty" icon={ClipboardCheck} title={t('reviews.mineEmptyTitle')} purpose={t('reviews.mineEmptyPurpose')} actions={[{ label: t('section.calls'), onClick: () => open({ name: 'calls' }) }]} />
      ) : null}
      {loaded.state === 'ready'
        ? loaded.value.map((group, index) => {
            const titleId = `grants-my-reviews-call-${index}`;
            const callName = group.callTitle ?? t('reviews.unknownCall');
            return (
              <section key={group.callId ?? 'unknown'} className="card" aria-labelledby={titleId}>
                <h2 id={titleId}>{callName}</h2>
                <RecordTable className="activity grants-table" caption={t('reviews.mineCaption', { call: callName })} columns={[t('reviews.application'), t('reviews.stageLabel'), t('reviews.scores')]}>
                  {group.entries.map(({ review, title, stage }) => (
                    <tr key={review.id}>
                      <RowLink onOpen={() => open({ name: 'review', id: review.id })}>{title ?? t('reviews.unknownApplication')}</RowLink>
                      <td>
                        <span className={`badge grants-stage-${stage}`}>{t(`reviews.stage.${stage}`)}</span>
                      </td>
                      <td>{t('reviews.scoredCount', { count: review.scores.length })}</td>
                    </tr>
                  ))}
                </RecordTable>
              </section>
            );
          })
        : null}
    </div>
  );
}
