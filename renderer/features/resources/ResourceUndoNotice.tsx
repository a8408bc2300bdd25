// After a resource is deleted: the shared undo notice, fed from this section's store and words.
import { useTranslation } from 'react-i18next';
import { UndoNotice as SharedUndoNotice } from '../../ui/UndoNotice.js';
import { useResources } from './resources-store.js';

export function ResourceUndoNotice({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('resources');
  const undo = useResources((state) => state.undo);
  const undoRemove = useResources((state) => state.undoRemove);
  const dismissUndo = useResources((state) => state.dismissUndo);
  const texts = {
    deleted: (name: string) => t('undo.deleted', { name }),
    restored: (name: string) => t('undo.restored', { name }),
    undo: t('undo.undo'),
    dismiss: t('undo.dismiss'),
  };
  return <SharedUndoNotice undo={undo} onUndo={undoRemove} onDismiss={dismissUndo} onDone={onDone} texts={texts} errorId="resource-undo-error" />;
}
