// After a community is deleted: the shared undo notice, fed from this section's store and words.
import { useTranslation } from 'react-i18next';
import { UndoNotice as SharedUndoNotice } from '../../ui/UndoNotice.js';
import { useCommunities } from './communities-store.js';

export function CommunityUndoNotice({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('communities');
  const undo = useCommunities((state) => state.undo);
  const undoRemove = useCommunities((state) => state.undoRemove);
  const dismissUndo = useCommunities((state) => state.dismissUndo);
  const texts = {
    deleted: (name: string) => t('undo.deleted', { name }),
    restored: (name: string) => t('undo.restored', { name }),
    undo: t('undo.undo'),
    dismiss: t('undo.dismiss'),
  };
  return <SharedUndoNotice undo={undo} onUndo={undoRemove} onDismiss={dismissUndo} onDone={onDone} texts={texts} errorId="community-undo-error" />;
}
