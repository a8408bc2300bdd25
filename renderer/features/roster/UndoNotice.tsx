// After a collaborator is deleted: the shared undo notice, fed from this section's store and words.
import { useTranslation } from 'react-i18next';
import { UndoNotice as SharedUndoNotice } from '../../ui/UndoNotice.js';
import { useRoster } from './roster-store.js';

export function UndoNotice({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('roster');
  const undo = useRoster((state) => state.undo);
  const undoRemove = useRoster((state) => state.undoRemove);
  const dismissUndo = useRoster((state) => state.dismissUndo);
  const texts = {
    deleted: (name: string) => t('undo.deleted', { name }),
    restored: (name: string) => t('undo.restored', { name }),
    undo: t('undo.undo'),
    dismiss: t('undo.dismiss'),
  };
  return <SharedUndoNotice undo={undo} onUndo={undoRemove} onDismiss={dismissUndo} onDone={onDone} texts={texts} errorId="undo-error" />;
}
