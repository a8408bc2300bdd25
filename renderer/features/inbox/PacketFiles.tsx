// The files a packet (or one of its applications) carries, each with "Save a copy…": main asks where, then writes the
// file out. The copy leaves the vault: unencrypted, and not purged when the packet expires — the page says so first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxPacket } from '../../../common/review/inbox.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { DetailSection } from '../../ui/DetailParts.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { RecordTable } from '../../ui/RecordTable.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { formatBytes } from '../resources/attachment-format.js';

type PacketFile = InboxPacket['files'][number];

interface PacketFilesProps {
  packetId: string;
  files: PacketFile[];
  /** Prefix of the ids inside, so an application's files and the packet's own can share a page. */
  idPrefix?: string;
  title?: string;
}

export function PacketFiles({ packetId, files, idPrefix = 'inbox-files', title }: PacketFilesProps) {
  const { t, i18n } = useTranslation('inbox');
  const errorText = useErrorText();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function saveCopy(file: PacketFile): Promise<void> {
    if (busy) return;
    setStatus(null);
    setError(null);
    setBusy(true);
    const epoch = storeEpoch();
    const reply = await request((api) => api.reviewInbox.saveFile({ packetId, fileId: file.id }));
    if (epoch !== storeEpoch()) return;
    setBusy(false);
    if (!reply.ok) return setError(errorText(reply.error));
    setStatus(reply.value.saved ? t('files.saved', { name: file.name }) : t('files.cancelled'));
  }

  const warningId = `${idPrefix}-warning`;
  return (
    <DetailSection id={`${idPrefix}-title`} title={title ?? t('files.title')}>
      {files.length === 0 ? (
        <p className="hint">{t('files.none')}</p>
      ) : (
        <>
          <p id={warningId} className="message message-warning">
            {t('files.warning')}
          </p>
          <RecordTable className="activity inbox-table" caption={title ?? t('files.title')} columns={[t('files.name'), t('files.type'), { label: t('files.size'), className: 'numeric' }, { label: t('files.actions'), hidden: true }]}>
            {files.map((file) => (
              <tr key={file.id}>
                <th scope="row">{file.name}</th>
                <td>{file.mediaType}</td>
                <td className="numeric">{formatBytes(file.size, i18n.language)}</td>
                <td>
                  <button type="button" className="button secondary small" aria-describedby={warningId} aria-disabled={busy || undefined} onClick={() => void saveCopy(file)}>
                    {t('files.saveCopy')}
                    <span className="visually-hidden">: {file.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </RecordTable>
        </>
      )}
      <LiveMessage id={`${idPrefix}-status`} kind="status" tone="success" text={status} />
      <LiveMessage id={`${idPrefix}-error`} kind="alert" text={error} />
    </DetailSection>
  );
}
