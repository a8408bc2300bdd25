// The "add an activity" form, shown in a drawer from the timeline: kind, date (today by default) and what happened.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS, activityInputSchema, type ActivityInput, type ActivityKind } from '../../../common/community/collaboration.schema.js';
import { DateField } from '../../ui/DateField.js';
import { DrawerCancelButton } from '../../ui/Drawer.js';
import { FieldShell, fieldAria } from '../../ui/FieldShell.js';
import { localDayOf } from '../../ui/format-day-only.js';
import { LiveMessage } from '../../ui/LiveMessage.js';

interface ActivityFormProps {
  /** Saves the activity; true once it is stored. */
  onAdd: (activity: ActivityInput) => Promise<boolean>;
  /** Hears whether something was typed or changed, so the drawer can ask before dropping it. */
  onDirtyChange: (dirty: boolean) => void;
  /** Why the last save failed, shown above the buttons. */
  saveError: string | null;
}

export function ActivityForm({ onAdd, onDirtyChange, saveError }: ActivityFormProps) {
  const { t } = useTranslation(['collaborations', 'taxonomy']);
  const [today] = useState(() => localDayOf(new Date()));
  const [kind, setKind] = useState<ActivityKind>('note');
  const [date, setDate] = useState(today);
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = kind !== 'note' || date !== today || text !== '';
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const parsed = activityInputSchema.safeParse({ kind, date, text });
    const fields = new Set(parsed.success ? [] : parsed.error.issues.map((issue) => String(issue.path[0])));
    setTextError(fields.has('text') ? t(text.trim() === '' ? 'timeline.textRequired' : 'timeline.textTooLong') : null);
    setDateError(fields.has('date') ? t('timeline.dateRequired') : null);
    if (!parsed.success) return;
    setBusy(true);
    const added = await onAdd(parsed.data);
    setBusy(false);
    if (added) setText('');
  }

  return (
    <form className="form activity-form" noValidate onSubmit={(event) => void submit(event)}>
      <div className="field-row">
        <FieldShell id="activity-kind" label={t('timeline.kind')}>
          <select id="activity-kind" className="select" value={kind} onChange={(event) => setKind(event.target.value as ActivityKind)}>
            {ACTIVITY_KINDS.map((choice) => (
              <option key={choice} value={choice}>
                {t(`taxonomy:activityKind.${choice}`)}
              </option>
            ))}
          </select>
        </FieldShell>
        <DateField id="activity-date" label={t('timeline.date')} error={dateError} value={date} onChange={setDate} />
      </div>
      <FieldShell id="activity-text" label={t('timeline.text')} error={textError}>
        <textarea id="activity-text" className="input" rows={4} maxLength={10000} value={text} onChange={(event) => setText(event.target.value)} {...fieldAria('activity-text', null, textError)} />
      </FieldShell>
      <LiveMessage id="activity-save-error" kind="alert" text={saveError} />
      <div className="actions">
        <button type="submit" className="button primary" aria-disabled={busy || undefined}>
          {t('timeline.add')}
        </button>
        <DrawerCancelButton label={t('drawer.cancel')} />
      </div>
    </form>
  );
}
