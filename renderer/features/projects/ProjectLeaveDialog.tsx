// Asks before in-app navigation drops unsaved changes to a project: a modal dialog whose safe choice (Stay) is focused first.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ProjectLeaveDialogProps {
  /** What to do if the user leaves; null while nobody is trying to leave. */
  pending: (() => void) | null;
  onStay: () => void;
}

export function ProjectLeaveDialog({ pending, onStay }: ProjectLeaveDialogProps) {
  const { t } = useTranslation('projects');
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (pending && !element.open) element.showModal();
    if (!pending && element.open) element.close();
  }, [pending]);

  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby="project-leave-title" aria-describedby="project-leave-text" onCancel={onStay}>
      <h2 id="project-leave-title">{t('leave.title')}</h2>
      <p id="project-leave-text">{t('leave.text')}</p>
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
