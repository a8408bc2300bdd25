// Asks before a plaintext copy leaves the vault: a modal dialog whose safe choice (Cancel) is focused first.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface SaveCopyWarningProps {
  /** The file about to be copied out, or null while nobody asked. */
  fileName: string | null;
  onCancel: () => void;
  onConfirm: () => void;
}

export function SaveCopyWarning({ fileName, onCancel, onConfirm }: SaveCopyWarningProps) {
  const { t } = useTranslation('resources');
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (fileName !== null && !element.open) element.showModal();
    if (fileName === null && element.open) element.close();
  }, [fileName]);

  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text ${id}-audit`} onCancel={onCancel}>
      <h2 id={`${id}-title`}>{t('copy.title', { name: fileName ?? '' })}</h2>
      <p id={`${id}-text`}>{t('copy.warning')}</p>
      <p id={`${id}-audit`} className="hint">
        {t('copy.audited')}
      </p>
      <div className="actions">
        <button type="button" className="button primary" autoFocus onClick={onCancel}>
          {t('copy.cancel')}
        </button>
        <button type="button" className="button secondary" onClick={onConfirm}>
          {t('copy.confirm')}
        </button>
      </div>
    </dialog>
  );
}
