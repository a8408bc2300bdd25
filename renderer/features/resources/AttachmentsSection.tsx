// A resource's attachments: name, type, size and hash of each; add one (main shows the open dialog), save a copy after a warning, remove with undo.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreErrorPayload } from '../../../common/contract/errors.js';
import type { Attachment } from '../../../common/resources/resource.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { RecordTable } from '../../ui/RecordTable.js';
import { UndoNotice } from '../../ui/UndoNotice.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { formatBytes, percentOf } from './attachment-format.js';
import { SaveCopyWarning } from './SaveCopyWarning.js';

type Job = { kind: 'attach' | 'copy'; token: string };

interface AttachmentsSectionProps {
  resourceId: string;
  attachments: readonly Attachment[];
  /** Reads the resource again after an attachment came or went. */
  onChanged: () => void;
}

export function AttachmentsSection({ resourceId, attachments, onChanged }: AttachmentsSectionProps) {
  const { t, i18n } = useTranslation(['resources', 'errors']);
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [toCopy, setToCopy] = useState<Attachment | null>(null);
  const [removed, setRemoved] = useState<{ id: string; name: string } | null>(null);
  const language = i18n.language;

  const token = job?.token ?? null;
  useEffect(() => {
    if (token === null) return undefined;
    return window.cre.on.attachmentProgress((event) => {
      if (event.token === token) setProgress({ done: event.done, total: event.total });
    });
  }, [token]);

  function fail(failure: CreErrorPayload): void {
    setError(failure.code === 'too_large' ? t('errors:too_large', { limit: formatBytes(Number(failure.details?.['limitBytes'] ?? 0), language) }) : errorText(failure));
  }

  async function run<T>(kind: Job['kind'], call: (token: string) => Promise<{ ok: true; value: T } | { ok: false; error: CreErrorPayload }>): Promise<T | null> {
    setError(null);
    setStatus(null);
    const started = { kind, token: crypto.randomUUID() };
    setProgress({ done: 0, total: 0 });
    setJob(started);
    const epoch = storeEpoch();
    const reply = await call(started.token);
    if (epoch !== storeEpoch()) return null;
    setJob(null);
    if (!reply.ok) {
      fail(reply.error);
      return null;
    }
    return reply.value;
  }

  async function attach(): Promise<void> {
    const added = await run('attach', (tokenOfJob) => request((api) => api.resources.attach({ id: resourceId, token: tokenOfJob })));
    if (added) {
      setStatus(t('attachments.added', { name: added.fileName }));
      onChanged();
    }
  }

  async function saveCopy(attachment: Attachment): Promise<void> {
    setToCopy(null);
    const result = await run('copy', (tokenOfJob) => request((api) => api.resources.saveCopy({ attachmentId: attachment.id, token: tokenOfJob })));
    if (result) setStatus(result.saved ? t('attachments.copySaved', { name: attachment.fileName }) : t('attachments.copyCancelled'));
  }

  async function remove(attachment: Attachment): Promise<void> {
    setError(null);
    setStatus(null);
    const reply = await request((api) => api.resources.removeAttachment({ attachmentId: attachment.id }));
    if (!reply.ok) return fail(reply.error);
    setRemoved({ id: attachment.id, name: attachment.fileName });
    heading.current?.focus();
    onChanged();
  }

  async function undoRemove() {
    const target = removed;
    if (!target) return { ok: true as const, value: null };
    const reply = await request((api) => api.resources.restoreAttachment({ attachmentId: target.id }));
    if (reply.ok) {
      setRemoved(null);
      onChanged();
    }
    return reply;
  }

  const percent = percentOf(progress.done, progress.total);
  const undoTexts = {
    deleted: (name: string) => t('attachments.removed', { name }),
    restored: (name: string) => t('attachments.restored', { name }),
    undo: t('undo.undo'),
    dismiss: t('undo.dismiss'),
  };
  return (
    <section className="card attachments" aria-labelledby="resource-attachments-title">
      <h2 id="resource-attachments-title" ref={heading} tabIndex={-1}>
        {t('attachments.title')}
      </h2>
      <p className="hint">{t('attachments.intro')}</p>
      <UndoNotice undo={removed} onUndo={undoRemove} onDismiss={() => setRemoved(null)} onDone={() => heading.current?.focus()} texts={undoTexts} errorId="attachment-undo-error" />
      {attachments.length === 0 ? (
        <p className="hint">{t('attachments.none')}</p>
      ) : (
        <RecordTable
          className="activity attachment-table"
          caption={t('attachments.title')}
          columns={[
            t('attachments.fileName'),
            t('attachments.mediaType'),
            t('attachments.size'),
            t('attachments.hash'),
            { label: t('attachments.actions'), hidden: true },
          ]}
        >
          {attachments.map((attachment) => (
            <tr key={attachment.id}>
              <th scope="row">{attachment.fileName}</th>
              <td>{attachment.mediaType}</td>
              <td className="size">{formatBytes(attachment.size, language)}</td>
              <td>
                <code className="hash">{attachment.sha256}</code>
              </td>
              <td className="row-actions">
                <button type="button" className="button secondary small" aria-disabled={job !== null || undefined} onClick={() => job === null && setToCopy(attachment)}>
                  {t('attachments.saveCopy')}
                  <span className="visually-hidden"> {attachment.fileName}</span>
                </button>
                <button type="button" className="button secondary small danger" aria-disabled={job !== null || undefined} onClick={() => job === null && void remove(attachment)}>
                  {t('attachments.remove')}
                  <span className="visually-hidden"> {attachment.fileName}</span>
                </button>
              </td>
            </tr>
          ))}
        </RecordTable>
      )}
      <div className="actions">
        <button type="button" className="button primary" aria-disabled={job !== null || undefined} onClick={() => job === null && void attach()}>
          {t('attachments.add')}
        </button>
      </div>
      <div role="status" className="live-region">
        {job !== null ? (
          <div className="attachment-progress">
            <label htmlFor="attachment-progress-bar">{job.kind === 'attach' ? t('attachments.storing') : t('attachments.copying')}</label>
            {/* Until main reports a first figure the bar is indeterminate, so it still moves while a large file is read. */}
            {progress.total > 0 ? (
              <progress id="attachment-progress-bar" max={100} value={percent}>
                {t('attachments.percent', { percent })}
              </progress>
            ) : (
              <progress id="attachment-progress-bar" />
            )}
          </div>
        ) : null}
      </div>
      <LiveMessage id="attachment-status" kind="status" tone="success" text={status} />
      <LiveMessage id="attachment-error" kind="alert" text={error} />
      <SaveCopyWarning fileName={toCopy?.fileName ?? null} onCancel={() => setToCopy(null)} onConfirm={() => toCopy && void saveCopy(toCopy)} />
    </section>
  );
}
