// After a project is deleted: the shared undo notice, fed from this section's store and words.
import { useTranslation } from 'react-i18next';
import { UndoNotice as SharedUndoNotice } from '../../ui/UndoNotice.js';
import { useProjects } from './projects-store.js';

export function ProjectUndoNotice({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('projects');
  const undo = useProjects((state) => state.undo);
  const undoRemove = useProjects((state) => state.undoRemove);
  const dismissUndo = useProjects((state) => state.dismissUndo);
  const texts = {
    deleted: (name: string) => t('undo.deleted', { name }),
    restored: (name: string) => t('undo.restored', { name }),
    undo: t('undo.undo'),
    dismiss: t('undo.dismiss'),
  };
  return <SharedUndoNotice undo={undo} onUndo={undoRemove} onDismiss={dismissUndo} onDone={onDone} texts={texts} errorId="project-undo-error" />;
}
