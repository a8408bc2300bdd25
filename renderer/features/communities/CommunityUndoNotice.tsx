// After a community is deleted: a status saying where it went, with Undo (restore) and a way to dismiss it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useCommunities } from './communities-store.js';

export function CommunityUndoNotice({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('communities');
  const errorText = useErrorText();
  const undo = useCommunities((state) => state.undo);
  const undoRemove = useCommunities((state) => state.undoRemove);
  const dismissUndo = useCommunities((state) => state.dismissUndo);
  const [restored, setRestored] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function runUndo(name: string): Promise<void> {
    setError(null);
    const reply = await undoRemove();
    if (reply.ok) {
      setRestored(name);
      // The Undo button goes away with the notice; the screen's heading keeps keyboard focus on this screen.
      onDone();
    } else setError(errorText(reply.error));
  }

  return (
    <>
      <div role="status" className="live-region">
        {undo ? (
          <div className="message message-info undo-notice">
            <span>{t('undo.deleted', { name: undo.name })}</span>
            <button type="button" className="button secondary" onClick={() => void runUndo(undo.name)}>
              {t('undo.undo')}
            </button>
            <button type="button" className="link-button" onClick={dismissUndo}>
              {t('undo.dismiss')}
            </button>
          </div>
        ) : restored ? (
          <p className="message message-success">{t('undo.restored', { name: restored })}</p>
        ) : null}
      </div>
      <LiveMessage id="community-undo-error" kind="alert" text={error} />
    </>
  );
}
