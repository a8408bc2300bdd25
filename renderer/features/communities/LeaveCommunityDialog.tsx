// Asks before in-app navigation drops unsaved changes to a community: a modal dialog whose safe choice (Stay) is focused first.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface LeaveCommunityDialogProps {
  /** What to do if the user leaves; null while nobody is trying to leave. */
  pending: (() => void) | null;
  onStay: () => void;
}

export function LeaveCommunityDialog({ pending, onStay }: LeaveCommunityDialogProps) {
  const { t } = useTranslation('communities');
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (pending && !element.open) element.showModal();
    if (!pending && element.open) element.close();
  }, [pending]);

  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby="community-leave-title" aria-describedby="community-leave-text" onCancel={onStay}>
      <h2 id="community-leave-title">{t('leave.title')}</h2>
      <p id="community-leave-text">{t('leave.text')}</p>
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
