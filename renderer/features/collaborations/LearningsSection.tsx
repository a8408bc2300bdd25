// What a collaboration taught: each learning (what worked, what did not, the strategy area, free text) with Remove, and
// "Record learning", which opens the form in a drawer.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collaboration, Learning } from '../../../common/community/collaboration.schema.js';
import { STRATEGY_AREAS, type StrategyArea } from '../../../common/roster/taxonomy.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { DetailRow, DetailSection } from '../../ui/DetailParts.js';
import { Drawer, DrawerCancelButton, drawerTexts } from '../../ui/Drawer.js';
import { FieldShell } from '../../ui/FieldShell.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { isBlankLearning, newLearning, toLearning, withLearnings, type LearningFormValue } from './collaboration-form-model.js';

interface LearningFormProps {
  /** Saves the learning; true once it is stored. */
  onRecord: (learning: Learning) => Promise<boolean>;
  onDirtyChange: (dirty: boolean) => void;
  saveError: string | null;
}

function LearningForm({ onRecord, onDirtyChange, saveError }: LearningFormProps) {
  const { t } = useTranslation(['collaborations', 'taxonomy']);
  const [draft, setDraft] = useState<LearningFormValue>(newLearning);
  const [blank, setBlank] = useState(false);
  const [busy, setBusy] = useState(false);
  const change = (patch: Partial<LearningFormValue>) => setDraft((current) => ({ ...current, ...patch }));
  const dirty = !isBlankLearning(draft);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setBlank(isBlankLearning(draft));
    if (isBlankLearning(draft)) return;
    setBusy(true);
    const recorded = await onRecord(toLearning(draft));
    setBusy(false);
    if (recorded) setDraft(newLearning());
  }

  return (
    <form className="form learning-form" noValidate onSubmit={(event) => void submit(event)}>
      <FieldShell id="learning-worked" label={t('learnings.whatWorked')}>
        <textarea id="learning-worked" className="input" rows={3} maxLength={5000} value={draft.whatWorked} onChange={(event) => change({ whatWorked: event.target.value })} />
      </FieldShell>
      <FieldShell id="learning-did-not" label={t('learnings.whatDidNot')}>
        <textarea id="learning-did-not" className="input" rows={3} maxLength={5000} value={draft.whatDidNot} onChange={(event) => change({ whatDidNot: event.target.value })} />
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
      <LiveMessage id="learning-save-error" kind="alert" text={saveError} />
      <div className="actions">
        <button type="submit" className="button primary" aria-disabled={busy || undefined}>
          {t('learnings.add')}
        </button>
        <DrawerCancelButton label={t('drawer.cancel')} />
      </div>
    </form>
  );
}

interface LearningsSectionProps {
  collaboration: Collaboration;
  live: boolean;
  onSaved: () => void;
  /** Whether the "record a learning" drawer is open: the screen opens it too, after a collaboration ends. */
  recording: boolean;
  onRecordingChange: (open: boolean) => void;
}

export function LearningsSection({ collaboration, live, onSaved, recording, onRecordingChange }: LearningsSectionProps) {
  const { t } = useTranslation(['collaborations', 'taxonomy']);
  const errorText = useErrorText();
  const [dirty, setDirty] = useState(false);
  const onDirtyChange = useCallback((changed: boolean) => setDirty(changed), []);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const none = t('detail.none');

  async function save(learnings: Learning[], done: string, report: (message: string) => void): Promise<boolean> {
    const epoch = storeEpoch();
    const reply = await request((api) => api.collaborations.update({ id: collaboration.id, collaboration: withLearnings(collaboration, learnings) }));
    if (epoch !== storeEpoch()) return false;
    if (!reply.ok) {
      report(errorText(reply.error));
      return false;
    }
    setStatus(done);
    onSaved();
    return true;
  }

  function close(): void {
    onRecordingChange(false);
    setDirty(false);
    setSaveError(null);
  }

  async function record(learning: Learning): Promise<boolean> {
    setSaveError(null);
    setError(null);
    const recorded = await save([...collaboration.learnings, learning], t('learnings.recorded'), setSaveError);
    if (recorded) close();
    return recorded;
  }

  function remove(index: number): void {
    setError(null);
    void save(
      collaboration.learnings.filter((_, at) => at !== index),
      t('learnings.removed'),
      setError,
    );
  }

  return (
    <DetailSection
      id="collaboration-learnings-title"
      title={t('field.learnings')}
      action={
        live ? (
          <button type="button" className="button secondary" onClick={() => onRecordingChange(true)}>
            {t('learnings.open')}
          </button>
        ) : null
      }
    >
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
              <button type="button" className="button secondary small" onClick={() => remove(index)}>
                {t('learnings.remove', { number: index + 1 })}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      <Drawer isOpen={recording && live} title={t('learnings.addTitle')} dirty={dirty} onClose={close} texts={drawerTexts(t)}>
        <LearningForm onRecord={record} onDirtyChange={onDirtyChange} saveError={saveError} />
      </Drawer>
    </DetailSection>
  );
}
