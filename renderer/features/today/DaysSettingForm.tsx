// A number of days Today counts by (when a collaboration is stalled, when a bundle's acknowledgement is overdue): a whole
// number from 1 to 365, checked here, saved by the core. Keyed by the days in force, so it starts over after a change;
// the page announces the change, as this form is replaced.
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import type { Reply } from '../../../common/contract/errors.js';
import { storeEpoch } from '../../app/store-reset.js';
import { FieldShell, fieldAria } from '../../ui/FieldShell.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';

export interface DaysSettingWords {
  label: string;
  hint: string;
  invalid: string;
  save: string;
}

interface DaysSettingFormProps {
  id: string;
  days: number;
  schema: z.ZodType<number>;
  words: DaysSettingWords;
  save: (days: number) => Promise<Reply<null>>;
  onSaved: (days: number) => void;
}

export function DaysSettingForm({ id, days, schema, words, save, onSaved }: DaysSettingFormProps) {
  const errorText = useErrorText();
  const [typed, setTyped] = useState(String(days));
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const parsed = schema.safeParse(Number(typed.trim() === '' ? Number.NaN : typed));
    if (!parsed.success) {
      setFieldError(words.invalid);
      return;
    }
    setFieldError(null);
    setError(null);
    const epoch = storeEpoch();
    const reply = await save(parsed.data);
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) {
      setError(errorText(reply.error));
      return;
    }
    onSaved(parsed.data);
  }

  return (
    <form className="form days-setting" noValidate onSubmit={(event) => void submit(event)}>
      <FieldShell id={id} label={words.label} hint={words.hint} error={fieldError}>
        <input
          id={id}
          className="input"
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          {...fieldAria(id, words.hint, fieldError)}
        />
      </FieldShell>
      <div className="actions">
        <button type="submit" className="button secondary">
          {words.save}
        </button>
      </div>
      <LiveMessage id={`${id}-error`} kind="alert" text={error} />
    </form>
  );
}
