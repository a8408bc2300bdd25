// After a collaboration is deleted: the shared undo notice, fed from this section's store and words.
import { useTranslation } from 'react-i18next';
import { UndoNotice as SharedUndoNotice } from '../../ui/UndoNotice.js';
import { useCollaborations } from './collaborations-store.js';

export function CollaborationUndoNotice({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('collaborations');
  const undo = useCollaborations((state) => state.undo);
  const undoRemove = useCollaborations((state) => state.undoRemove);
  const dismissUndo = useCollaborations((state) => state.dismissUndo);
  const texts = {
    deleted: (name: string) => t('undo.deleted', { name }),
    restored: (name: string) => t('undo.restored', { name }),
    undo: t('undo.undo'),
    dismiss: t('undo.dismiss'),
  };
  return <SharedUndoNotice undo={undo} onUndo={undoRemove} onDismiss={dismissUndo} onDone={onDone} texts={texts} errorId="collaboration-undo-error" />;
}
