// Asks before in-app navigation drops unsaved changes: a modal dialog whose safe choice (Stay) is focused first.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmLeaveDialogProps {
  /** What to do if the user leaves; null while nobody is trying to leave. */
  pending: (() => void) | null;
  onStay: () => void;
}

export function ConfirmLeaveDialog({ pending, onStay }: ConfirmLeaveDialogProps) {
  const { t } = useTranslation('roster');
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (pending && !element.open) element.showModal();
    if (!pending && element.open) element.close();
  }, [pending]);

  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby="leave-title" aria-describedby="leave-text" onCancel={onStay}>
      <h2 id="leave-title">{t('leave.title')}</h2>
      <p id="leave-text">{t('leave.text')}</p>
      <div className="actions">
        <button type="button" className="button primary" autoFocus onClick={onStay}>
          {t('leave.stay')}
        </button>
        <button type="button" className="button secondary" onClick={() => pending?.()}>
          {t('leave.leave')}
        </button>
      </div>
    </dialog>
  );
}
