// The scoring form: per criterion of the rubric a 0–5 choice whose options say what each level means, and a comment;
// "Save draft" keeps what is there, "Submit" needs every criterion scored and makes the scores count.
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SCORE, type Criterion } from '../../../../common/grants/call.schema.js';
import type { Review } from '../../../../common/grants/review.schema.js';
import { request } from '../../../app/cre.js';
import { setLeaveGuard } from '../../../app/session-store.js';
import { storeEpoch } from '../../../app/store-reset.js';
import { ConfirmLeaveDialog } from '../../../ui/ConfirmLeaveDialog.js';
import { FieldError } from '../../../ui/FieldShell.js';
import { formatDateTime } from '../../../ui/format.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { useErrorText } from '../../../ui/use-error-text.js';
import { formatScore } from '../grants-format.js';
import { toScoresInput, unscored, weightedMean } from './scoring-model.js';
import { useScoringState } from './use-scoring-state.js';

const LEVELS = Array.from({ length: MAX_SCORE + 1 }, (_, level) => level);

interface ScoringFormProps {
  review: Review;
  rubric: readonly Criterion[];
  onSaved: () => void;
}

export function ScoringForm({ review, rubric, onSaved }: ScoringFormProps) {
  const { t, i18n } = useTranslation('grants');
  const errorText = useErrorText();
  const { values, setDirty, missing, setMissing, status, setStatus, saveError, setSaveError, pendingLeave, setPendingLeave, busy, setBusy, change } =
    useScoringState(rubric, review.scores);

  async function save(submit: boolean): Promise<void> {
    setSaveError(null);
    setStatus(null);
    const left = submit ? unscored(rubric, values) : [];
    setMissing(left);
    if (left.length > 0) {
      document.getElementById(`grants-score-${left[0] ?? ''}-0`)?.focus();
      return;
    }
    setBusy(true);
    const epoch = storeEpoch();
    const reply = await request((api) => api.grantReviews.score({ id: review.id, scores: toScoresInput(rubric, values, submit) }));
    if (epoch !== storeEpoch()) return;
    setBusy(false);
    if (!reply.ok) {
      setSaveError(errorText(reply.error));
      return;
    }
    setDirty(false);
    setLeaveGuard(null);
    setStatus(submit ? t('reviews.scoring.submitted') : t('reviews.scoring.draftSaved'));
    onSaved();
  }

  const mean = weightedMean(rubric, values);
  return (
    <form className="form roster-form grants-scoring" noValidate onSubmit={(event: FormEvent) => { event.preventDefault(); void save(true); }}>
      <LiveMessage id="grants-scoring-errors" kind="alert" text={missing.length > 0 ? t('reviews.scoring.scoreEvery') : null} />
      <p className="hint">
        {review.submittedAt ? t('reviews.scoring.submittedAt', { at: formatDateTime(review.submittedAt, i18n.language) }) : t('reviews.scoring.notSubmitted')}
      </p>
      {rubric.map((criterion) => {
        const value = values[criterion.id] ?? { score: null, comment: '' };
        const errorId = `grants-score-${criterion.id}`;
        const isMissing = missing.includes(criterion.id);
        return (
          <fieldset key={criterion.id} className="form-section grants-criterion" aria-describedby={isMissing ? `${errorId}-error` : undefined}>
            <legend>{t('reviews.scoring.criterion', { name: criterion.name, weight: criterion.weight })}</legend>
            <div className="grants-score-options">
              {LEVELS.map((level) => (
                <div className="radio-field grants-score-option" key={level}>
                  <input id={`${errorId}-${level}`} type="radio" name={`score-${criterion.id}`} value={level} checked={value.score === level} onChange={() => change(criterion.id, { score: level })} />
                  <label htmlFor={`${errorId}-${level}`}>
                    <strong>{level}</strong>
                    {criterion.levels[level] ? ` — ${criterion.levels[level]}` : ''}
                  </label>
                </div>
              ))}
            </div>
            <FieldError id={errorId} error={isMissing ? t('reviews.scoring.chooseScore') : null} />
            <div className="field">
              <label htmlFor={`${errorId}-comment`}>{t('reviews.scoring.comment', { name: criterion.name })}</label>
              <textarea id={`${errorId}-comment`} className="input" rows={3} maxLength={5000} value={value.comment} onChange={(event) => change(criterion.id, { comment: event.target.value })} />
            </div>
          </fieldset>
        );
      })}
      <p role="status" className="result-count">
        {mean === null ? t('reviews.scoring.noMean') : t('reviews.scoring.mean', { mean: formatScore(mean, i18n.language) })}
      </p>
      <LiveMessage id="grants-scoring-status" kind="status" tone="success" text={status} />
      <LiveMessage id="grants-scoring-save-error" kind="alert" text={saveError} />
      <div className="actions">
        <button type="button" className="button secondary" aria-disabled={busy || undefined} onClick={() => void save(false)}>
          {t('reviews.scoring.saveDraft')}
        </button>
        <button type="submit" className="button primary" aria-disabled={busy || undefined}>
          {t('reviews.scoring.submit')}
        </button>
      </div>
      <ConfirmLeaveDialog
        pending={pendingLeave}
        onStay={() => setPendingLeave(null)}
        texts={{ title: t('reviews.leave.title'), text: t('reviews.leave.text'), stay: t('reviews.leave.stay'), leave: t('reviews.leave.leave') }}
      />
    </form>
  );
}
