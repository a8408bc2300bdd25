// Choosing a file of the application's documents folder (a receipt, a report), or storing a new one there and choosing it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '../../../ui/FieldShell.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { useErrorText } from '../../../ui/use-error-text.js';
import { AttachProgress } from '../applications/AttachProgress.js';
import { useAttachFile, useDocuments } from '../applications/use-documents-folder.js';

interface DocumentPickerProps {
  id: string;
  label: string;
  resourceId: string | null;
  /** The chosen attachment's id, or '' for none. */
  value: string;
  onChange: (attachmentId: string) => void;
}

export function DocumentPicker({ id, label, resourceId, value, onChange }: DocumentPickerProps) {
  const { t } = useTranslation('grants', { keyPrefix: 'awards' });
  const errorText = useErrorText();
  const [version, setVersion] = useState(0);
  const documents = useDocuments(resourceId, version);
  const job = useAttachFile(resourceId);
  const [error, setError] = useState<string | null>(null);
  const files = documents.state === 'ready' ? documents.value : [];

  async function attach(): Promise<void> {
    setError(null);
    const reply = await job.attach();
    if (!reply.ok) return setError(errorText(reply.error));
    if (reply.value === null) return;
    setVersion((v) => v + 1);
    onChange(reply.value.id);
  }

  if (resourceId === null) return <p className="hint">{t('documents.noFolder')}</p>;
  return (
    <div className="grant-document-picker">
      <FieldShell id={id} label={label}>
        <select id={id} className="select" value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('documents.none')}</option>
          {value !== '' && !files.some((file) => file.id === value) ? <option value={value}>{t('documents.justAttached')}</option> : null}
          {files.map((file) => (
            <option key={file.id} value={file.id}>
              {file.fileName}
            </option>
          ))}
        </select>
      </FieldShell>
      <div className="actions">
        <button type="button" className="button secondary small" aria-disabled={job.busy || undefined} onClick={() => !job.busy && void attach()}>
          {t('documents.attach')}
        </button>
      </div>
      <AttachProgress id={`${id}-progress`} job={job} label={t('documents.storing')} />
      <LiveMessage id={`${id}-error`} kind="alert" text={error ?? (documents.state === 'failed' ? errorText(documents.error) : null)} />
    </div>
  );
}
