// An application's documents: the files of its documents folder (stored inside the vault), which of the call's required
// documents each one answers, the required ones still missing, and "Attach a document" with its progress.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application } from '../../../../common/grants/application.schema.js';
import type { Call } from '../../../../common/grants/call.schema.js';
import { request } from '../../../app/cre.js';
import { storeEpoch } from '../../../app/store-reset.js';
import { DetailSection } from '../../../ui/DetailParts.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { RecordTable } from '../../../ui/RecordTable.js';
import { useErrorText } from '../../../ui/use-error-text.js';
import { applicationInputOf } from './application-form-model.js';
import { AttachProgress } from './AttachProgress.js';
import { useAttachFile, useDocuments } from './use-documents-folder.js';

interface DocumentsSectionProps {
  application: Application;
  call: Call | null;
  live: boolean;
  /** While screening, which required document a file answers can still change. */
  editable: boolean;
  /** Reads the application again after its documents changed. */
  onChanged: () => void;
}

export function DocumentsSection({ application, call, live, editable, onChanged }: DocumentsSectionProps) {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'applications' });
  const errorText = useErrorText();
  const [version, setVersion] = useState(0);
  const documents = useDocuments(application.documentsResourceId, version);
  const job = useAttachFile(application.documentsResourceId);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const required = call?.requiredDocuments ?? [];
  const requirementOf = (attachmentId: string) => application.documents.find((document) => document.attachmentId === attachmentId)?.requirement ?? '';
  const answered = new Set(application.documents.map((document) => document.requirement).filter((requirement) => requirement !== ''));
  const missing = required.filter((requirement) => !answered.has(requirement));
  const size = (bytes: number) => new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'kilobyte', unitDisplay: 'short', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1000)));

  async function attach(): Promise<void> {
    setError(null);
    setStatus(null);
    const epoch = storeEpoch();
    const reply = await job.attach();
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) return setError(errorText(reply.error));
    if (reply.value === null) return;
    setStatus(t('documents.added', { name: reply.value.fileName }));
    setVersion((v) => v + 1);
  }

  async function answer(attachmentId: string, requirement: string): Promise<void> {
    setError(null);
    setStatus(null);
    const others = application.documents.filter((document) => document.attachmentId !== attachmentId);
    const input = { ...applicationInputOf(application), documents: [...others, { attachmentId, requirement }] };
    const epoch = storeEpoch();
    const reply = await request((api) => api.grantApplications.update({ id: application.id, application: input }));
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) return setError(errorText(reply.error));
    setStatus(t('documents.requirementSaved'));
    onChanged();
  }

  return (
    <DetailSection
      id="application-documents-title"
      title={t('documents.title')}
      action={
        live && application.documentsResourceId !== null ? (
          <button type="button" className="button secondary" aria-disabled={job.busy || undefined} onClick={() => !job.busy && void attach()}>
            {t('documents.attach')}
          </button>
        ) : null
      }
    >
      <p className="hint">{t('documents.intro')}</p>
      {required.length > 0 ? (
        <p className={missing.length > 0 ? 'message message-warning' : 'hint'}>
          {missing.length > 0 ? t('documents.missing', { list: missing.join(', ') }) : t('documents.allRequired')}
        </p>
      ) : null}
      {application.documentsResourceId === null ? <p className="hint">{t('documents.noFolder')}</p> : null}
      {documents.state === 'loading' && application.documentsResourceId !== null ? <p className="hint">{t('detail.loading')}</p> : null}
      <LiveMessage id="application-documents-load-error" kind="alert" text={documents.state === 'failed' ? errorText(documents.error) : null} />
      {documents.state === 'ready' && documents.value.length === 0 && application.documentsResourceId !== null ? <p className="hint">{t('documents.none')}</p> : null}
      {documents.state === 'ready' && documents.value.length > 0 ? (
        <RecordTable
          className="activity grant-documents-table"
          caption={t('documents.title')}
          columns={[t('documents.fileName'), t('documents.requirement'), { label: t('documents.size'), className: 'number' }]}
        >
          {documents.value.map((attachment) => (
            <tr key={attachment.id}>
              <th scope="row">{attachment.fileName}</th>
              <td>
                {editable && required.length > 0 ? (
                  <select
                    className="select"
                    aria-label={t('documents.requirementOf', { name: attachment.fileName })}
                    value={requirementOf(attachment.id)}
                    onChange={(event) => void answer(attachment.id, event.target.value)}
                  >
                    <option value="">{t('documents.otherDocument')}</option>
                    {required.map((requirement) => (
                      <option key={requirement} value={requirement}>
                        {requirement}
                      </option>
                    ))}
                  </select>
                ) : (
                  requirementOf(attachment.id) || t('documents.otherDocument')
                )}
              </td>
              <td className="number">{size(attachment.size)}</td>
            </tr>
          ))}
        </RecordTable>
      ) : null}
      <AttachProgress id="application-attach-progress" job={job} label={t('documents.storing')} />
      <LiveMessage id="application-documents-status" kind="status" tone="success" text={status} />
      <LiveMessage id="application-documents-error" kind="alert" text={error} />
    </DetailSection>
  );
}
