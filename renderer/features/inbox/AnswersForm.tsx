// The packet's questions (free text, or a 1–5 rating with what its ends mean) and the member's free advice; "Save draft"
// keeps them in the vault until the review is returned. Read-only once returned or expired (the member's answers stay).
import { Fragment, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxPacket } from '../../../common/review/inbox.schema.js';
import type { PacketQuestion } from '../../../common/review/packet-frames.schema.js';
import { request } from '../../app/cre.js';
import { setLeaveGuard } from '../../app/session-store.js';
import { storeEpoch } from '../../app/store-reset.js';
import { ConfirmLeaveDialog } from '../../ui/ConfirmLeaveDialog.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { toAnswersInput, type AnswerValue, type AnswerValues } from './inbox-model.js';

const RATINGS = [1, 2, 3, 4, 5] as const;

interface AnswersFormProps {
  packet: InboxPacket;
  values: AnswerValues;
  advice: string;
  editable: boolean;
  dirty: boolean;
  onChange: (values: AnswerValues, advice: string) => void;
  onSaved: () => void;
}

function RatingQuestion({ question, index, value, onChange }: { question: PacketQuestion; index: number; value: AnswerValue; onChange: (rating: number) => void }) {
  const { t } = useTranslation('inbox');
  const id = `inbox-question-${index}`;
  const ends = question.lowLabel !== '' || question.highLabel !== '' ? t('answers.ratingEnds', { low: question.lowLabel, high: question.highLabel }) : t('answers.ratingHint');
  return (
    <fieldset className="form-section inbox-question" aria-describedby={`${id}-hint`}>
      <legend>{question.text}</legend>
      <p id={`${id}-hint`} className="hint">
        {ends}
      </p>
      <div className="inbox-rating">
        {RATINGS.map((rating) => (
          <div className="radio-field" key={rating}>
            <input id={`${id}-${rating}`} type="radio" name={id} value={rating} checked={value.rating === rating} onChange={() => onChange(rating)} />
            <label htmlFor={`${id}-${rating}`}>
              <strong>{rating}</strong>
              {rating === 1 && question.lowLabel !== '' ? ` — ${question.lowLabel}` : ''}
              {rating === 5 && question.highLabel !== '' ? ` — ${question.highLabel}` : ''}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function TextQuestion({ question, index, value, onChange }: { question: PacketQuestion; index: number; value: AnswerValue; onChange: (text: string) => void }) {
  const id = `inbox-question-${index}`;
  return (
    <div className="field inbox-question">
      <label htmlFor={id}>{question.text}</label>
      <textarea id={id} className="input" rows={4} maxLength={10_000} value={value.text} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

/** The answers as given: each question (when the packet still has it) with its text or rating, then the advice. */
function AnswersRead({ packet }: { packet: InboxPacket }) {
  const { t } = useTranslation('inbox');
  const questionText = (questionId: string) => packet.questions.find((question) => question.id === questionId)?.text ?? t('answers.purgedQuestion');
  if (packet.answers.length === 0 && packet.advice.trim() === '') return <p className="hint">{t('answers.noneGiven')}</p>;
  return (
    <dl className="inbox-answers-read">
      {packet.answers.map((answer) => (
        <Fragment key={answer.questionId}>
          <dt>{questionText(answer.questionId)}</dt>
          <dd className="prewrap">
            {answer.rating !== null ? t('answers.ratingGiven', { rating: answer.rating }) : null}
            {answer.rating !== null && answer.text !== '' ? ' · ' : null}
            {answer.text}
          </dd>
        </Fragment>
      ))}
      {packet.advice.trim() !== '' ? (
        <>
          <dt>{t('answers.advice')}</dt>
          <dd className="prewrap">{packet.advice}</dd>
        </>
      ) : null}
    </dl>
  );
}

export function AnswersForm({ packet, values, advice, editable, dirty, onChange, onSaved }: AnswersFormProps) {
  const { t } = useTranslation('inbox');
  const errorText = useErrorText();
  const [status, setStatus] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [pendingLeave, setPendingLeave] = useState<(() => void) | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!dirty) return undefined;
    setLeaveGuard((proceed) => setPendingLeave(() => proceed));
    return () => setLeaveGuard(null);
  }, [dirty]);

  function change(questionId: string, patch: Partial<AnswerValue>): void {
    setStatus(null);
    onChange({ ...values, [questionId]: { text: '', rating: null, ...values[questionId], ...patch } }, advice);
  }

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setSaveError(null);
    setStatus(null);
    setBusy(true);
    const epoch = storeEpoch();
    const reply = await request((api) => api.reviewInbox.answer({ packetId: packet.packetId, answers: toAnswersInput(packet.questions, values), advice }));
    if (epoch !== storeEpoch()) return;
    setBusy(false);
    if (!reply.ok) return setSaveError(errorText(reply.error));
    setStatus(t('answers.saved'));
    onSaved();
  }

  return (
    <section className="card" aria-labelledby="inbox-answers-title">
      <h2 id="inbox-answers-title">{packet.questions.length > 0 ? t('answers.title') : t('answers.adviceTitle')}</h2>
      {editable ? (
        <form className="form roster-form inbox-answers" noValidate onSubmit={(event) => void save(event)}>
          <p className="hint">{t('answers.intro')}</p>
          {packet.questions.map((question, index) => {
            const value = values[question.id] ?? { text: '', rating: null };
            return question.kind === 'rating' ? (
              <RatingQuestion key={question.id} question={question} index={index} value={value} onChange={(rating) => change(question.id, { rating })} />
            ) : (
              <TextQuestion key={question.id} question={question} index={index} value={value} onChange={(text) => change(question.id, { text })} />
            );
          })}
          <div className="field">
            <label htmlFor="inbox-advice">{t('answers.advice')}</label>
            <p id="inbox-advice-hint" className="hint">
              {t('answers.adviceHint')}
            </p>
            <textarea id="inbox-advice" className="input" rows={6} maxLength={20_000} value={advice} aria-describedby="inbox-advice-hint" onChange={(event) => onChange(values, event.target.value)} />
          </div>
          <LiveMessage id="inbox-answers-status" kind="status" tone="success" text={status} />
          <LiveMessage id="inbox-answers-error" kind="alert" text={saveError} />
          <div className="actions">
            <button type="submit" className="button secondary" aria-disabled={busy || undefined}>
              {t('answers.saveDraft')}
            </button>
          </div>
          <ConfirmLeaveDialog
            pending={pendingLeave}
            onStay={() => setPendingLeave(null)}
            texts={{ title: t('leave.title'), text: t('leave.text'), stay: t('leave.stay'), leave: t('leave.leave') }}
          />
        </form>
      ) : (
        <AnswersRead packet={packet} />
      )}
    </section>
  );
}
