// An application's reviewers, for the application's detail: each with their declaration and whether they submitted,
// "Open review" (the secretariat may enter a declaration or scores on a reviewer's behalf) and Unassign; assigning
// working-group members of the call. A viewer recused from the application sees a notice instead of the list.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reply } from '../../../../common/contract/errors.js';
import type { GroupMember } from '../../../../common/grants/call.schema.js';
import type { Review } from '../../../../common/grants/review.schema.js';
import { request } from '../../../app/cre.js';
import { storeEpoch } from '../../../app/store-reset.js';
import { ConfirmLeaveDialog } from '../../../ui/ConfirmLeaveDialog.js';
import { DetailSection } from '../../../ui/DetailParts.js';
import { formatDateTime } from '../../../ui/format.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { RecordTable } from '../../../ui/RecordTable.js';
import { useErrorText } from '../../../ui/use-error-text.js';
import { useLoaded } from '../../../ui/use-loaded.js';
import { useGrants } from '../grants-store.js';
import { reviewStage } from './review-groups.js';

interface Panel {
  reviews: Review[] | 'recused';
  group: GroupMember[];
}

async function loadPanel(applicationId: string, callId: string): Promise<Reply<Panel>> {
  const [reviews, call] = await Promise.all([request((api) => api.grantReviews.forApplication({ applicationId })), request((api) => api.grantCalls.get({ id: callId }))]);
  if (!call.ok) return call;
  if (!reviews.ok) return reviews.error.code === 'recused' ? { ok: true, value: { reviews: 'recused', group: call.value.workingGroup } } : reviews;
  return { ok: true, value: { reviews: reviews.value, group: call.value.workingGroup } };
}

function AssignForm({ candidates, onAssign }: { candidates: GroupMember[]; onAssign: (vaultIds: string[]) => Promise<boolean> }) {
  const { t } = useTranslation('grants');
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (chosen.length === 0) {
      setError(t('reviews.panel.chooseSomeone'));
      return;
    }
    setError(null);
    if (await onAssign(chosen)) setChosen([]);
  }

  if (candidates.length === 0) return <p className="hint">{t('reviews.panel.everyoneAssigned')}</p>;
  return (
    <form className="grants-assign" noValidate onSubmit={(event) => void submit(event)}>
      <fieldset className="choice-group" aria-describedby={error ? 'grants-assign-error' : undefined}>
        <legend>{t('reviews.panel.assignLegend')}</legend>
        <div className="choice-grid">
          {candidates.map((member, index) => (
            <div className="checkbox-field" key={member.vaultId}>
              <input
                id={`grants-assign-${index}`}
                type="checkbox"
                checked={chosen.includes(member.vaultId)}
                onChange={(event) => setChosen((current) => (event.target.checked ? [...current, member.vaultId] : current.filter((id) => id !== member.vaultId)))}
              />
              <label htmlFor={`grants-assign-${index}`}>{member.name}</label>
            </div>
          ))}
        </div>
        <div id="grants-assign-error" className="live-region" aria-live="polite">
          {error ? <p className="field-error">{error}</p> : null}
        </div>
      </fieldset>
      <div className="actions">
        <button type="submit" className="button secondary">
          {t('reviews.panel.assign')}
        </button>
      </div>
    </form>
  );
}

export function ReviewersPanel({ applicationId, callId }: { applicationId: string; callId: string }) {
  const { t, i18n } = useTranslation('grants');
  const errorText = useErrorText();
  const open = useGrants((state) => state.open);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [unassigning, setUnassigning] = useState<Review | null>(null);
  const loaded = useLoaded(() => loadPanel(applicationId, callId), `${applicationId}:${callId}:${version}`);

  async function run(call: () => Promise<Reply<null>>, done: string): Promise<boolean> {
    setError(null);
    setStatus(null);
    const epoch = storeEpoch();
    const reply = await call();
    if (epoch !== storeEpoch()) return false;
    if (!reply.ok) {
      setError(errorText(reply.error));
      return false;
    }
    setStatus(done);
    setVersion((v) => v + 1);
    return true;
  }

  const panel = loaded.state === 'ready' ? loaded.value : null;
  // The Advisory Committee's reviews (returned in review packets) are shown apart, in their own section (review/AdvisoryReviews).
  const reviews = panel && panel.reviews !== 'recused' ? panel.reviews.filter((review) => review.kind !== 'advisory') : null;
  const assigned = new Set(reviews?.map((review) => review.reviewerVaultId) ?? []);
  const candidates = panel?.group.filter((member) => !assigned.has(member.vaultId)) ?? [];

  return (
    <DetailSection id="grants-reviewers-title" title={t('reviews.panel.title')}>
      <LiveMessage id="grants-reviewers-status" kind="status" tone="success" text={status} />
      <LiveMessage id="grants-reviewers-error" kind="alert" text={error ?? (loaded.state === 'failed' ? errorText(loaded.error) : null)} />
      {loaded.state === 'loading' ? <p className="hint">{t('calls.loading')}</p> : null}
      {panel?.reviews === 'recused' ? <p className="notice">{t('reviews.panel.recused')}</p> : null}
      {reviews !== null && reviews.length === 0 ? <p className="hint">{t('reviews.panel.none')}</p> : null}
      {reviews !== null && reviews.length > 0 ? (
        <RecordTable
          className="activity grants-table grants-reviewers"
          caption={t('reviews.panel.title')}
          columns={[t('reviews.panel.reviewer'), t('reviews.stageLabel'), t('reviews.panel.submitted'), { label: t('reviews.panel.actions'), hidden: true }]}
        >
          {reviews.map((review) => {
            const stage = reviewStage(review);
            return (
              <tr key={review.id}>
                <th scope="row">{review.reviewerName}</th>
                <td>
                  <span className={`badge grants-stage-${stage}`}>{t(`reviews.stage.${stage}`)}</span>
                </td>
                <td>{review.submittedAt ? formatDateTime(review.submittedAt, i18n.language) : t('reviews.panel.notSubmitted')}</td>
                <td>
                  <div className="actions grants-row-actions">
                    <button type="button" className="button secondary small" onClick={() => open({ name: 'review', id: review.id, applicationId })}>
                      {t('reviews.panel.open')}
                      <span className="visually-hidden"> {review.reviewerName}</span>
                    </button>
                    <button
                      type="button"
                      className="button secondary small"
                      onClick={() => setUnassigning(review)}
                    >
                      {t('reviews.panel.unassign')}
                      <span className="visually-hidden"> {review.reviewerName}</span>
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </RecordTable>
      ) : null}
      {reviews !== null ? (
        <AssignForm
          candidates={candidates}
          onAssign={(vaultIds) => run(() => request((api) => api.grantReviews.assign({ applicationId, reviewerVaultIds: vaultIds })), t('reviews.panel.assigned', { count: vaultIds.length }))}
        />
      ) : null}
      <ConfirmLeaveDialog
        pending={
          unassigning
            ? () => {
                const review = unassigning;
                setUnassigning(null);
                void run(() => request((api) => api.grantReviews.unassign({ id: review.id })), t('reviews.panel.unassigned', { name: review.reviewerName }));
              }
            : null
        }
        onStay={() => setUnassigning(null)}
        texts={{
          title: t('reviews.panel.unassignTitle', { name: unassigning?.reviewerName ?? '' }),
          text: t('reviews.panel.unassignText'),
          stay: t('reviews.panel.unassignStay'),
          leave: t('reviews.panel.unassign'),
        }}
      />
    </DetailSection>
  );
}
