// An application's Advisory Committee reviews, shown apart from the working group's: each member's declaration, weighted
// score on the call's rubric, when the return came back, and their advice. A viewer recused from the application sees none.
import { useTranslation } from 'react-i18next';
import type { Reply } from '../../../common/contract/errors.js';
import type { Criterion } from '../../../common/grants/call.schema.js';
import type { Review } from '../../../common/grants/review.schema.js';
import { request } from '../../app/cre.js';
import { DetailSection } from '../../ui/DetailParts.js';
import { formatDateTime, formatNumber } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { RecordTable } from '../../ui/RecordTable.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useLoaded } from '../../ui/use-loaded.js';
import { splitReviews, weightedScoreOf } from './advisory-model.js';

interface Advisory {
  reviews: Review[];
  rubric: Criterion[];
}

/** The application's advisory reviews and its call's rubric; null for a viewer recused from the application. */
async function loadAdvisory(applicationId: string, callId: string): Promise<Reply<Advisory | null>> {
  const [reviews, call] = await Promise.all([request((api) => api.grantReviews.forApplication({ applicationId })), request((api) => api.grantCalls.get({ id: callId }))]);
  if (!reviews.ok) return reviews.error.code === 'recused' ? { ok: true, value: null } : reviews;
  if (!call.ok) return call;
  return { ok: true, value: { reviews: splitReviews(reviews.value).advisory, rubric: call.value.rubric } };
}

function DeclarationCell({ review }: { review: Review }) {
  const { t } = useTranslation('review');
  if (review.declaration === 'conflict') return <span className="badge review-conflict-badge">{t('grants.conflict')}</span>;
  if (review.declaration === 'pending') return <span className="muted">{t('grants.pending')}</span>;
  return <>{t('returned.noConflict')}</>;
}

function AdvisoryTable({ reviews, rubric }: Advisory) {
  const { t, i18n } = useTranslation('review');
  const language = i18n.language;
  // A member's free advice usually comes with the whole packet (on the packet's page); a column only when a review holds some.
  const withAdvice = reviews.some((review) => review.advice !== '');
  const columns = [t('grants.reviewer'), t('grants.declaration'), { label: t('grants.weighted'), className: 'numeric' }, t('grants.returned'), ...(withAdvice ? [t('grants.advice')] : [])];
  return (
    <>
      {reviews.length === 0 ? (
        <p className="hint">{t('grants.advisoryEmpty')}</p>
      ) : (
        <RecordTable
          className="activity grants-table advisory-reviews"
          caption={t('grants.caption')}
          columns={columns}
        >
          {reviews.map((review) => {
            const weighted = review.declaration === 'none' && review.submittedAt !== null ? weightedScoreOf(rubric, review.scores) : null;
            return (
              <tr key={review.id}>
                <th scope="row">{review.reviewerName}</th>
                <td>
                  <DeclarationCell review={review} />
                </td>
                <td className="numeric">{weighted === null ? t('none') : t('returned.scoreOf', { score: formatNumber(weighted, language) })}</td>
                <td>{review.submittedAt === null ? t('grants.notReturned') : formatDateTime(review.submittedAt, language)}</td>
                {withAdvice ? <td className="prewrap">{review.advice === '' ? t('grants.noAdvice') : review.advice}</td> : null}
              </tr>
            );
          })}
        </RecordTable>
      )}
    </>
  );
}

export function AdvisoryReviews({ applicationId, callId }: { applicationId: string; callId: string }) {
  const { t } = useTranslation('review');
  const errorText = useErrorText();
  const loaded = useLoaded(() => loadAdvisory(applicationId, callId), `advisory:${applicationId}:${callId}`);
  if (loaded.state === 'ready' && loaded.value === null) return null;
  return (
    <DetailSection id="advisory-reviews-title" title={t('grants.advisoryTitle')}>
      <p className="hint">{t('grants.advisoryIntro')}</p>
      <LiveMessage id="advisory-reviews-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {loaded.state === 'loading' ? <p className="hint">{t('list.loading')}</p> : null}
      {loaded.state === 'ready' && loaded.value !== null ? <AdvisoryTable reviews={loaded.value.reviews} rubric={loaded.value.rubric} /> : null}
    </DetailSection>
  );
}
