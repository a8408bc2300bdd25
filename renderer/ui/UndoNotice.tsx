// After a delete: a status saying where the record went, with Undo (restore) and a way to dismiss it.
import { useState } from 'react';
import type { Reply } from '../../common/contract/errors.js';
import { LiveMessage } from './LiveMessage.js';
import { useErrorText } from './use-error-text.js';

export interface UndoTexts {
  deleted: (name: string) => string;
  restored: (name: string) => string;
  undo: string;
  dismiss: string;
}

interface UndoNoticeProps {
  /** The record just deleted, or null when there is nothing to undo. */
  undo: { name: string } | null;
  onUndo: () => Promise<Reply<null>>;
  onDismiss: () => void;
  /** Called once restored: the Undo button goes away, so the screen moves focus back to its heading. */
  onDone: () => void;
  texts: UndoTexts;
  errorId: string;
}

export function UndoNotice({ undo, onUndo, onDismiss, onDone, texts, errorId }: UndoNoticeProps) {
  const errorText = useErrorText();
  const [restored, setRestored] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function runUndo(name: string): Promise<void> {
    setError(null);
    const reply = await onUndo();
    if (reply.ok) {
      setRestored(name);
      onDone();
    } else setError(errorText(reply.error));
  }

  return (
    <>
      <div role="status" className="live-region">
        {undo ? (
          <div className="message message-info undo-notice">
            <span>{texts.deleted(undo.name)}</span>
            <button type="button" className="button secondary" onClick={() => void runUndo(undo.name)}>
              {texts.undo}
            </button>
            <button type="button" className="link-button" onClick={onDismiss}>
              {texts.dismiss}
            </button>
          </div>
        ) : restored ? (
          <p className="message message-success">{texts.restored(restored)}</p>
        ) : null}
      </div>
      <LiveMessage id={errorId} kind="alert" text={error} />
    </>
  );
}
