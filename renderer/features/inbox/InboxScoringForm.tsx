// The call's rubric as a scoring form: per criterion a 0–5 choice whose options say what each level means, and a
// comment; "Save draft" keeps the scores in the vault until the review is returned. Read-only after return.
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SCORE, type Criterion } from '../../../common/grants/call.schema.js';
import type { CriterionScore } from '../../../common/grants/review.schema.js';
import { request } from '../../app/cre.js';
import { setLeaveGuard } from '../../app/session-store.js';
import { storeEpoch } from '../../app/store-reset.js';
import { ConfirmLeaveDialog } from '../../ui/ConfirmLeaveDialog.js';
import { FieldError } from '../../ui/FieldShell.js';
import { formatNumber } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { toScoresInput, unscored, weightedMean } from '../grants/reviews/scoring-model.js';
import { useScoringState } from '../grants/reviews/use-scoring-state.js';

const LEVELS = Array.from({ length: MAX_SCORE + 1 }, (_, level) => level);

interface InboxScoringFormProps {
  packetId: string;
  applicationId: string;
  rubric: readonly Criterion[];
  scores: readonly CriterionScore[];
  editable: boolean;
}

function ScoresRead({ rubric, scores }: { rubric: readonly Criterion[]; scores: readonly CriterionScore[] }) {
  const { t } = useTranslation('inbox');
  if (scores.length === 0) return <p className="hint">{t('scoring.noneGiven')}</p>;
  return (
    <dl className="inbox-answers-read">
      {rubric.map((criterion) => {
        const given = scores.find((score) => score.criterionId === criterion.id);
        return (
          <div key={criterion.id} className="inbox-score-read">
            <dt>{criterion.name}</dt>
            <dd className="prewrap">
              {given ? t('scoring.given', { score: given.score, max: MAX_SCORE }) : t('scoring.notScored')}
              {given && given.comment !== '' ? ` · ${given.comment}` : ''}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

export function InboxScoringForm({ packetId, applicationId, rubric, scores, editable }: InboxScoringFormProps) {
  const { t, i18n } = useTranslation('inbox');
  const errorText = useErrorText();
  const { values, setDirty, missing, setMissing, status, setStatus, saveError, setSaveError, pendingLeave, setPendingLeave, busy, setBusy, change } =
    useScoringState(rubric, scores);

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setSaveError(null);
    setStatus(null);
    // A draft is a whole set: every criterion of the rubric scored once.
    const left = unscored(rubric, values);
    setMissing(left);
    if (left.length > 0) {
      document.getElementById(`inbox-score-${left[0] ?? ''}-0`)?.focus();
      return;
    }
    const input = toScoresInput(rubric, values, false).scores;
    setBusy(true);
    const epoch = storeEpoch();
    const reply = await request((api) => api.reviewInbox.score({ packetId, applicationId, scores: input }));
    if (epoch !== storeEpoch()) return;
    setBusy(false);
    if (!reply.ok) return setSaveError(errorText(reply.error));
    setDirty(false);
    setLeaveGuard(null);
    setStatus(t('scoring.saved'));
  }

  if (!editable) return <ScoresRead rubric={rubric} scores={scores} />;
  const mean = weightedMean(rubric, values);
  return (
    <form className="form roster-form inbox-scoring" noValidate onSubmit={(event) => void save(event)}>
      <p className="hint">{t('scoring.intro')}</p>
      {rubric.map((criterion) => {
        const value = values[criterion.id] ?? { score: null, comment: '' };
        const id = `inbox-score-${criterion.id}`;
        const isMissing = missing.includes(criterion.id);
        return (
          <fieldset key={criterion.id} className="form-section inbox-criterion" aria-describedby={isMissing ? `${id}-error` : undefined}>
            <legend>{t('scoring.criterion', { name: criterion.name, weight: formatNumber(criterion.weight, i18n.language) })}</legend>
            <div className="inbox-score-options">
              {LEVELS.map((level) => (
                <div className="radio-field" key={level}>
                  <input id={`${id}-${level}`} type="radio" name={`inbox-score-${criterion.id}`} value={level} checked={value.score === level} onChange={() => change(criterion.id, { score: level })} />
                  <label htmlFor={`${id}-${level}`}>
                    <strong>{level}</strong>
                    {criterion.levels[level] ? ` — ${criterion.levels[level]}` : ''}
                  </label>
                </div>
              ))}
            </div>
            <FieldError id={id} error={isMissing ? t('scoring.chooseScore') : null} />
            <div className="field">
              <label htmlFor={`${id}-comment`}>{t('scoring.comment', { name: criterion.name })}</label>
              <textarea id={`${id}-comment`} className="input" rows={3} maxLength={5000} value={value.comment} onChange={(event) => change(criterion.id, { comment: event.target.value })} />
            </div>
          </fieldset>
        );
      })}
      <p role="status" className="result-count">
        {mean === null ? t('scoring.noMean') : t('scoring.mean', { mean: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(mean) })}
      </p>
      <LiveMessage id="inbox-scoring-status" kind="status" tone="success" text={status} />
      <LiveMessage id="inbox-scoring-missing" kind="alert" text={missing.length > 0 ? t('scoring.scoreEvery') : null} />
      <LiveMessage id="inbox-scoring-error" kind="alert" text={saveError} />
      <div className="actions">
        <button type="submit" className="button primary" aria-disabled={busy || undefined}>
          {t('scoring.saveDraft')}
        </button>
      </div>
      <ConfirmLeaveDialog
        pending={pendingLeave}
        onStay={() => setPendingLeave(null)}
        texts={{ title: t('leave.title'), text: t('leave.text'), stay: t('leave.stay'), leave: t('leave.leave') }}
      />
    </form>
  );
}
