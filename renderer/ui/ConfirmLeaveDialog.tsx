// Asks before in-app navigation drops unsaved changes: a modal dialog whose safe choice (Stay) is focused first.
import { useEffect, useId, useRef } from 'react';

export interface LeaveTexts {
  title: string;
  text: string;
  stay: string;
  leave: string;
}

interface ConfirmLeaveDialogProps {
  /** What to do if the user leaves; null while nobody is trying to leave. */
  pending: (() => void) | null;
  onStay: () => void;
  texts: LeaveTexts;
}

export function ConfirmLeaveDialog({ pending, onStay, texts }: ConfirmLeaveDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (pending && !element.open) element.showModal();
    if (!pending && element.open) element.close();
  }, [pending]);

  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`} onCancel={onStay}>
      <h2 id={`${id}-title`}>{texts.title}</h2>
      <p id={`${id}-text`}>{texts.text}</p>
      <div className="actions">
        <button type="button" className="button primary" autoFocus onClick={onStay}>
          {texts.stay}
        </button>
        <button type="button" className="button secondary" onClick={() => pending?.()}>
          {texts.leave}
        </button>
      </div>
    </dialog>
  );
}
