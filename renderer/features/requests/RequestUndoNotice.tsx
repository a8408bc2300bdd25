// After a request is deleted: the shared undo notice, fed from this section's store and words.
import { useTranslation } from 'react-i18next';
import { UndoNotice as SharedUndoNotice } from '../../ui/UndoNotice.js';
import { useRequests } from './requests-store.js';

export function RequestUndoNotice({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('requests');
  const undo = useRequests((state) => state.undo);
  const undoRemove = useRequests((state) => state.undoRemove);
  const dismissUndo = useRequests((state) => state.dismissUndo);
  const texts = {
    deleted: (name: string) => t('undo.deleted', { name }),
    restored: (name: string) => t('undo.restored', { name }),
    undo: t('undo.undo'),
    dismiss: t('undo.dismiss'),
  };
  return <SharedUndoNotice undo={undo} onUndo={undoRemove} onDismiss={dismissUndo} onDone={onDone} texts={texts} errorId="request-undo-error" />;
}
