// The short line on the unlock screen that says why the vault locked (idle, sleep, screen lock, the user…).
import { useTranslation } from 'react-i18next';
import type { LockNote } from '../../app/session-store.js';
import { formatMinutes } from '../../ui/format.js';

export function LockNoteText({ id, note }: { id: string; note: LockNote }) {
  const { t, i18n } = useTranslation();
  let text: string;
  if (note.reason === 'idle') {
    text =
      note.idleMinutes === null
        ? t('lockNote.idleUnknown')
        : t('lockNote.idle', { duration: formatMinutes(note.idleMinutes, i18n.language) });
  } else {
    text = t(`lockNote.${note.reason}`);
  }
  return (
    <p id={id} className="notice">
      {text}
    </p>
  );
}
