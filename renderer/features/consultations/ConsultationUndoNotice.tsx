// After a consultation round is deleted: the shared undo notice, fed from this section's store and words.
import { useTranslation } from 'react-i18next';
import { UndoNotice as SharedUndoNotice } from '../../ui/UndoNotice.js';
import { useConsultations } from './consultations-store.js';

export function ConsultationUndoNotice({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('consultations');
  const undo = useConsultations((state) => state.undo);
  const undoRemove = useConsultations((state) => state.undoRemove);
  const dismissUndo = useConsultations((state) => state.dismissUndo);
  const texts = {
    deleted: (name: string) => t('undo.deleted', { name }),
    restored: (name: string) => t('undo.restored', { name }),
    undo: t('undo.undo'),
    dismiss: t('undo.dismiss'),
  };
  return <SharedUndoNotice undo={undo} onUndo={undoRemove} onDismiss={dismissUndo} onDone={onDone} texts={texts} errorId="consultation-undo-error" />;
}
