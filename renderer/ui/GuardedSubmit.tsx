// The end of a secret-taking form: error and progress announcements, the back-off countdown, the submit button and why it is disabled.
import type { ReactNode } from 'react';
import { LiveMessage } from './LiveMessage.js';
import { RetryNotice } from './RetryNotice.js';

interface GuardedSubmitProps {
  /** Prefix of the ids of the messages, e.g. `change` gives `change-error`, `change-wait`, `change-blocker`. */
  idPrefix: string;
  submitLabel: string;
  alertText: string | null;
  statusText: string | null;
  statusTone?: 'success' | 'info' | undefined;
  remainingMs: number;
  busy: boolean;
  /** Why the button is disabled, shown under it and read with it; null when the form may be sent. */
  blocker: string | null;
  /** More ids the button is described by, e.g. a warning about what the action does. */
  describedBy?: string | undefined;
  /** Extra buttons beside the submit button. */
  children?: ReactNode;
}

export function GuardedSubmit(props: GuardedSubmitProps) {
  const { idPrefix, submitLabel, alertText, statusText, statusTone, remainingMs, busy, blocker, describedBy, children } = props;
  const waiting = remainingMs > 0;
  const reason = waiting ? `${idPrefix}-wait` : `${idPrefix}-blocker`;
  return (
    <>
      <LiveMessage id={`${idPrefix}-error`} kind="alert" text={alertText} />
      <LiveMessage id={`${idPrefix}-status`} kind="status" tone={statusTone} text={statusText} />
      <RetryNotice id={`${idPrefix}-wait`} remainingMs={remainingMs} />
      <div className="actions">
        <button
          type="submit"
          className="button primary"
          disabled={blocker !== null || waiting}
          aria-disabled={busy || undefined}
          aria-describedby={describedBy ? `${describedBy} ${reason}` : reason}
        >
          {submitLabel}
        </button>
        {children}
      </div>
      <p id={`${idPrefix}-blocker`} className="hint">
        {blocker ?? ''}
      </p>
    </>
  );
}
