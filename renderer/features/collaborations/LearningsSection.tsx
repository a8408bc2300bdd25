// What a collaboration taught: each learning (what worked, what did not, the strategy area, free text), a form to record one, and remove.
import { useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collaboration, Learning } from '../../../common/community/collaboration.schema.js';
import { STRATEGY_AREAS, type StrategyArea } from '../../../common/roster/taxonomy.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { DetailRow, DetailSection } from '../../ui/DetailParts.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { FieldShell } from '../../ui/FieldShell.js';
import { isBlankLearning, newLearning, toLearning, withLearnings, type LearningFormValue } from './collaboration-form-model.js';

interface LearningsSectionProps {
  collaboration: Collaboration;
  live: boolean;
  onSaved: () => void;
  /** The first field of the "record a learning" form, so the screen can bring the user there after concluding. */
  firstField: RefObject<HTMLTextAreaElement | null>;
}

export function LearningsSection({ collaboration, live, onSaved, firstField }: LearningsSectionProps) {
  const { t } = useTranslation(['collaborations', 'taxonomy']);
  const errorText = useErrorText();
  const [draft, setDraft] = useState<LearningFormValue>(newLearning);
  const [blank, setBlank] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const none = t('detail.none');
  const change = (patch: Partial<LearningFormValue>) => setDraft((current) => ({ ...current, ...patch }));

  async function save(learnings: Learning[], done: string): Promise<boolean> {
    setError(null);
    const epoch = storeEpoch();
    const reply = await request((api) => api.collaborations.update({ id: collaboration.id, collaboration: withLearnings(collaboration, learnings) }));
    if (epoch !== storeEpoch()) return false;
    if (!reply.ok) {
      setError(errorText(reply.error));
      return false;
    }
    setStatus(done);
    onSaved();
    return true;
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setBlank(isBlankLearning(draft));
    if (isBlankLearning(draft)) return;
    if (await save([...collaboration.learnings, toLearning(draft)], t('learnings.recorded'))) setDraft(newLearning());
  }

  return (
    <DetailSection id="collaboration-learnings-title" title={t('field.learnings')}>
      <LiveMessage id="learnings-status" kind="status" tone="success" text={status} />
      <LiveMessage id="learnings-error" kind="alert" text={error} />
      {collaboration.learnings.length === 0 ? <p className="hint">{t('learnings.empty')}</p> : null}
      <ol className="learning-list">
        {collaboration.learnings.map((learning, index) => (
          <li key={index} className="learning">
            <h3>{t('learnings.row', { number: index + 1 })}</h3>
            <dl className="details">
              <DetailRow term={t('learnings.whatWorked')}>{learning.whatWorked || none}</DetailRow>
              <DetailRow term={t('learnings.whatDidNot')}>{learning.whatDidNot || none}</DetailRow>
              <DetailRow term={t('learnings.strategyArea')}>{learning.strategyArea ? t(`taxonomy:strategy.${learning.strategyArea}`) : none}</DetailRow>
              <DetailRow term={t('learnings.text')}>
                <span className="prewrap">{learning.text || none}</span>
              </DetailRow>
            </dl>
            {live ? (
              <button
                type="button"
                className="button secondary small"
                onClick={() => void save(collaboration.learnings.filter((_, at) => at !== index), t('learnings.removed'))}
              >
                {t('learnings.remove', { number: index + 1 })}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {live ? (
        <form className="form learning-form" noValidate onSubmit={(event) => void submit(event)}>
          <h3>{t('learnings.addTitle')}</h3>
          <FieldShell id="learning-worked" label={t('learnings.whatWorked')}>
            <textarea ref={firstField} id="learning-worked" className="input" rows={2} maxLength={5000} value={draft.whatWorked} onChange={(event) => change({ whatWorked: event.target.value })} />
          </FieldShell>
          <FieldShell id="learning-did-not" label={t('learnings.whatDidNot')}>
            <textarea id="learning-did-not" className="input" rows={2} maxLength={5000} value={draft.whatDidNot} onChange={(event) => change({ whatDidNot: event.target.value })} />
          </FieldShell>
          <FieldShell id="learning-area" label={t('learnings.strategyArea')}>
            <select id="learning-area" className="select" value={draft.strategyArea} onChange={(event) => change({ strategyArea: event.target.value as StrategyArea | '' })}>
              <option value="">{t('learnings.noArea')}</option>
              {STRATEGY_AREAS.map((area) => (
                <option key={area} value={area}>
                  {t(`taxonomy:strategy.${area}`)}
                </option>
              ))}
            </select>
          </FieldShell>
          <FieldShell id="learning-text" label={t('learnings.text')} error={blank ? t('learnings.blank') : null}>
            <textarea id="learning-text" className="input" rows={3} maxLength={10000} value={draft.text} onChange={(event) => change({ text: event.target.value })} />
          </FieldShell>
          <div className="actions">
            <button type="submit" className="button primary">
              {t('learnings.add')}
            </button>
          </div>
        </form>
      ) : null}
    </DetailSection>
  );
}
