// "Return my review…": a confirmation that lists what the return carries (declarations, scores, answers, advice, nothing
// else), then main asks where to save the signed file for the secretariat; a bar while it writes, then what was saved.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxAnswerInput, InboxPacket } from '../../../common/review/inbox.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { formatNumber } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { JobProgress } from '../bundles/JobProgress.js';
import { useBundleProgress } from '../bundles/use-bundle-progress.js';
import { formatBytes } from '../resources/attachment-format.js';
import { returnContents, unfinishedApplications } from './inbox-model.js';

interface ReturnPanelProps {
  packet: InboxPacket;
  /** The answers and advice on screen, saved first when they have unsaved changes. */
  answers: InboxAnswerInput[];
  advice: string;
  unsaved: boolean;
  onReturned: () => void;
}

function ConfirmReturnDialog({ open, packet, answers, advice, onCancel, onConfirm }: { open: boolean; packet: InboxPacket; answers: InboxAnswerInput[]; advice: string; onCancel: () => void; onConfirm: () => void }) {
  const { t, i18n } = useTranslation('inbox');
  const dialog = useRef<HTMLDialogElement>(null);
  const number = (value: number) => formatNumber(value, i18n.language);
  const contents = returnContents(packet, answers, advice);
  const unfinished = unfinishedApplications(packet);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} className="confirm-dialog inbox-return-dialog" aria-labelledby="inbox-return-dialog-title" aria-describedby="inbox-return-dialog-text" onCancel={onCancel}>
      <h2 id="inbox-return-dialog-title">{t('return.confirmTitle')}</h2>
      <p id="inbox-return-dialog-text">{t('return.confirmIntro', { name: packet.senderName })}</p>
      <ul className="inbox-return-contents">
        <li>
          {t('return.declarations', { count: contents.declarations, formatted: number(contents.declarations) })}
          {contents.conflicts > 0 ? `, ${t('return.conflicts', { count: contents.conflicts, formatted: number(contents.conflicts) })}` : null}
        </li>
        <li>{t('return.scores', { count: contents.scored, formatted: number(contents.scored) })}</li>
        {contents.questions > 0 ? <li>{t('return.answers', { count: contents.questions, formatted: number(contents.questions), answered: number(contents.answers) })}</li> : null}
        <li>{contents.advice ? t('return.advice') : t('return.noAdvice')}</li>
      </ul>
      <p>{t('return.nothingElse')}</p>
      {unfinished > 0 ? <p className="message message-warning">{t('return.unfinished', { count: unfinished, formatted: number(unfinished) })}</p> : null}
      <p className="hint">{t('return.final')}</p>
      <div className="actions">
        <button type="button" className="button secondary" autoFocus onClick={onCancel}>
          {t('return.cancel')}
        </button>
        <button type="button" className="button primary" onClick={onConfirm}>
          {t('return.confirm')}
        </button>
      </div>
    </dialog>
  );
}

export function ReturnPanel({ packet, answers, advice, unsaved, onReturned }: ReturnPanelProps) {
  const { t, i18n } = useTranslation('inbox');
  const errorText = useErrorText();
  const [confirming, setConfirming] = useState(false);
  const [token, setToken] = useState<string | null>(null);
  const progress = useBundleProgress(token);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function returnReview(): Promise<void> {
    setConfirming(false);
    setStatus(null);
    setError(null);
    const started = crypto.randomUUID();
    setToken(started);
    const epoch = storeEpoch();
    if (unsaved) {
      const saved = await request((api) => api.reviewInbox.answer({ packetId: packet.packetId, answers, advice }));
      if (epoch !== storeEpoch()) return;
      if (!saved.ok) {
        setToken(null);
        return setError(errorText(saved.error));
      }
    }
    const reply = await request((api) => api.reviewInbox.returnReview({ packetId: packet.packetId, token: started }));
    if (epoch !== storeEpoch()) return;
    setToken(null);
    if (!reply.ok) return setError(errorText(reply.error));
    if (!reply.value.saved) return setStatus(t('return.cancelled'));
    setStatus(t('return.saved', { size: formatBytes(reply.value.bytes, i18n.language) }));
    onReturned();
  }

  return (
    <section className="card inbox-return" aria-labelledby="inbox-return-title">
      <h2 id="inbox-return-title">{t('return.title')}</h2>
      <p className="hint">{t('return.intro')}</p>
      <div className="actions">
        <button type="button" className="button primary" aria-disabled={token !== null || undefined} onClick={() => token === null && setConfirming(true)}>
          {t('return.button')}
        </button>
      </div>
      <div role="status" className="live-region">
        {token !== null ? <JobProgress id="inbox-return-progress" label={t('return.writing')} progress={progress} percentText={(percent) => t('open.percent', { percent })} /> : null}
      </div>
      <LiveMessage id="inbox-return-status" kind="status" tone="success" text={status} />
      <LiveMessage id="inbox-return-error" kind="alert" text={error} />
      <ConfirmReturnDialog open={confirming} packet={packet} answers={answers} advice={advice} onCancel={() => setConfirming(false)} onConfirm={() => void returnReview()} />
    </section>
  );
}
