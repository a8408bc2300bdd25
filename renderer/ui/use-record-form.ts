// A record's add/edit form: react-hook-form checked by the form model, the unsaved-changes guard, and the save round trip.
import { useEffect, useMemo, useState } from 'react';
import { get, useForm, useFormContext, type DefaultValues, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form';
import type { Reply } from '../../common/contract/errors.js';
import { setLeaveGuard } from '../app/session-store.js';
import { storeEpoch } from '../app/store-reset.js';
import { toNestedErrors } from './nested-errors.js';
import { useErrorText } from './use-error-text.js';

/** The message of the error at a dotted path (`financiers.1.url`), if there is one. */
export function errorMessageAt(errors: FieldErrors, path: string): string | undefined {
  return (get(errors, path) as { message?: string } | undefined)?.message;
}

/** For a part of a form (a fieldset): the message of the surrounding form's error at a dotted path. */
export function useErrorAt(): (path: string) => string | undefined {
  const { formState } = useFormContext();
  return (path) => errorMessageAt(formState.errors, path);
}

interface RecordFormOptions<V extends FieldValues, E extends { key: string }> {
  defaults: V;
  /** The form model's check: the first error of each field, keyed by dotted path. Keep it stable (useCallback). */
  validate: (values: V) => ReadonlyMap<string, E>;
  /** An error in the user's language. Keep it stable (useCallback). */
  messageOf: (error: E) => string;
  /** Asked before saving; false stops the save (e.g. the user chose not to save a likely duplicate). */
  confirm?: ((values: V) => Promise<boolean>) | undefined;
  /** Creates or updates the record; answers its id. */
  send: (values: V) => Promise<Reply<{ id: string }>>;
  /** After a save: where to go next. */
  onSaved: (id: string, values: V) => void;
}

export function useRecordForm<V extends FieldValues, E extends { key: string }>(options: RecordFormOptions<V, E>) {
  const { defaults, validate, messageOf, confirm, send, onSaved } = options;
  const errorText = useErrorText();
  const resolver = useMemo<Resolver<V>>(
    () => (values) => {
      const errors = validate(values);
      return errors.size === 0 ? { values, errors: {} } : { values: {}, errors: toNestedErrors(errors, messageOf) as FieldErrors<V> };
    },
    [validate, messageOf],
  );
  const form = useForm<V>({ defaultValues: defaults as DefaultValues<V>, resolver, mode: 'onSubmit', reValidateMode: 'onChange' });
  const { isDirty } = form.formState;
  const [pendingLeave, setPendingLeave] = useState<(() => void) | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    if (!isDirty) return undefined;
    setLeaveGuard((proceed) => setPendingLeave(() => proceed));
    return () => setLeaveGuard(null);
  }, [isDirty]);

  async function save(values: V): Promise<void> {
    setSaveError(null);
    if (confirm && !(await confirm(values))) return;
    const epoch = storeEpoch();
    const reply = await send(values);
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) {
      setSaveError(errorText(reply.error));
      return;
    }
    setLeaveGuard(null);
    onSaved(reply.value.id, values);
  }

  return {
    form,
    /** The message of the error at a dotted path, if any. */
    errorAt: (path: string) => errorMessageAt(form.formState.errors, path),
    saveError,
    setSaveError,
    submit: form.handleSubmit(save),
    leave: { pending: pendingLeave, stay: () => setPendingLeave(null) },
  };
}

export type RecordFormState<V extends FieldValues> = ReturnType<typeof useRecordForm<V, { key: string }>>;

/** Creates a record (id null) or updates it, answering the record's id either way. */
export async function createOrUpdate(
  id: string | null,
  create: () => Promise<Reply<{ id: string }>>,
  update: (id: string) => Promise<Reply<unknown>>,
): Promise<Reply<{ id: string }>> {
  if (id === null) return create();
  const updated = await update(id);
  return updated.ok ? { ok: true, value: { id } } : updated;
}
