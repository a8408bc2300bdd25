// After a call is deleted: the shared undo notice, fed from the grants store and words.
import { useTranslation } from 'react-i18next';
import { UndoNotice } from '../../../ui/UndoNotice.js';
import { useGrants } from '../grants-store.js';

export function CallUndoNotice({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('grants');
  const undo = useGrants((state) => state.undo);
  const undoRemove = useGrants((state) => state.undoRemove);
  const dismissUndo = useGrants((state) => state.dismissUndo);
  const texts = {
    deleted: (name: string) => t('calls.undo.deleted', { name }),
    restored: (name: string) => t('calls.undo.restored', { name }),
    undo: t('calls.undo.undo'),
    dismiss: t('calls.undo.dismiss'),
  };
  return <UndoNotice undo={undo} onUndo={undoRemove} onDismiss={dismissUndo} onDone={onDone} texts={texts} errorId="grants-call-undo-error" />;
}
