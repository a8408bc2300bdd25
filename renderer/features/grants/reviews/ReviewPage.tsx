// One review: first only the conflict-of-interest declaration; after "no conflict" the application opens beside the
// scoring form; after a conflict the reviewer is recused and nothing of the application shows. The secretariat may
// enter a declaration or scores on a reviewer's behalf, and is told so.
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reply } from '../../../../common/contract/errors.js';
import { callTitle, type Call } from '../../../../common/grants/call.schema.js';
import type { Review } from '../../../../common/grants/review.schema.js';
import { request } from '../../../app/cre.js';
import { BackLink } from '../../../ui/BackLink.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { useErrorText } from '../../../ui/use-error-text.js';
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.js';
import { useLoaded } from '../../../ui/use-loaded.js';
import { useGrants } from '../grants-store.js';
import { ApplicationForReview } from './ApplicationForReview.js';
import { DeclarationStep, type DeclarationSubject } from './DeclarationStep.js';
import { ScoringForm } from './ScoringForm.js';

interface ReviewContext {
  review: Review;
  subject: DeclarationSubject;
  call: Call;
  /** The reviewer's name when this vault acts for someone else; null for its own reviewer. */
  onBehalfOf: string | null;
}

/** The review, from this vault's own reviews or from its application's; then what the declaration step names. */
async function loadContext(id: string, applicationId: string | null, language: string): Promise<Reply<ReviewContext>> {
  const [me, reviews] = await Promise.all([
    request((api) => api.team.me({})),
    applicationId === null ? request((api) => api.grantReviews.mine({})) : request((api) => api.grantReviews.forApplication({ applicationId })),
  ]);
  if (!me.ok) return me;
  if (!reviews.ok) return reviews;
  const review = reviews.value.find((entry) => entry.id === id);
  if (!review) return { ok: false, error: { code: 'not_found', message: 'No such review.' } };
  const application = await request((api) => api.grantApplications.get({ id: review.applicationId }));
  if (!application.ok) return application;
  const call = await request((api) => api.grantCalls.get({ id: application.value.callId }));
  if (!call.ok) return call;
  return {
    ok: true,
    value: {
      review,
      call: call.value,
      subject: {
        callTitle: callTitle(call.value, language),
        applicationTitle: application.value.title,
        communityName: call.value.blind ? null : application.value.communityName,
      },
      onBehalfOf: review.reviewerVaultId === me.value.vaultId ? null : review.reviewerName,
    },
  };
}

/** After "no conflict": the application as this reviewer may see it, and the scoring form. */
function OpenedReview({ context, onSaved }: { context: ReviewContext; onSaved: () => void }) {
  const { t } = useTranslation('grants');
  const errorText = useErrorText();
  const opened = useLoaded(() => request((api) => api.grantReviews.open({ id: context.review.id })), context.review.id);
  if (opened.state === 'loading') return <p className="hint">{t('calls.loading')}</p>;
  if (opened.state === 'failed') return <LiveMessage id="grants-review-open-error" kind="alert" text={errorText(opened.error)} />;
  return (
    <div className="grants-review-body">
      <ApplicationForReview application={opened.value.application} blind={context.call.blind} />
      <section className="card" aria-labelledby="grants-scoring-title">
        <h2 id="grants-scoring-title">{t('reviews.scoring.title')}</h2>
        <ScoringForm review={opened.value.review} rubric={context.call.rubric} onSaved={onSaved} />
      </section>
    </div>
  );
}

export function ReviewPage({ id, applicationId }: { id: string; applicationId: string | null }) {
  const { t, i18n } = useTranslation('grants');
  const errorText = useErrorText();
  const open = useGrants((state) => state.open);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const loaded = useLoaded(() => loadContext(id, applicationId, i18n.language), `${id}:${version}`);
  const context = loaded.state === 'ready' ? loaded.value : null;
  const back = applicationId === null ? () => open({ name: 'myReviews' }) : () => open({ name: 'application', id: applicationId });

  return (
    <div className="roster-stack grants-review">
      <BackLink label={applicationId === null ? t('reviews.backToMine') : t('reviews.backToApplication')} onBack={back} />
      <h1 ref={heading} tabIndex={-1}>
        {context && context.review.declaration !== 'pending' ? t('reviews.titleWith', { title: context.subject.applicationTitle }) : t('reviews.title')}
      </h1>
      {context ? (
        <p className="lead">
          {context.subject.callTitle} · {t('reviews.reviewer', { name: context.review.reviewerName })}
        </p>
      ) : null}
      {context?.onBehalfOf ? <p className="notice">{t('reviews.onBehalf', { name: context.onBehalfOf })}</p> : null}
      <LiveMessage id="grants-review-load-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {loaded.state === 'loading' ? <p className="hint">{t('calls.loading')}</p> : null}
      {context?.review.declaration === 'pending' ? (
        <DeclarationStep
          reviewId={id}
          subject={context.subject}
          onBehalfOf={context.onBehalfOf}
          onDeclared={() => {
            reload();
            heading.current?.focus();
          }}
        />
      ) : null}
      {context?.review.declaration === 'conflict' ? (
        <div className="message message-warning" role="status">
          <p>{context.onBehalfOf ? t('reviews.recusedOther', { name: context.onBehalfOf }) : t('reviews.recusedSelf')}</p>
          {context.review.conflictReason ? <p>{t('reviews.conflictReason', { reason: context.review.conflictReason })}</p> : null}
        </div>
      ) : null}
      {context?.review.declaration === 'none' ? <OpenedReview key={version} context={context} onSaved={() => undefined} /> : null}
    </div>
  );
}
