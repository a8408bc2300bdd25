// The files that travel with a packet: the chosen applications' documents as checkboxes, none ticked at first; only the
// ticked ones go, every other attachment stays in this vault.
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Application } from '../../../common/grants/application.schema.js';
import type { Attachment } from '../../../common/resources/resource.schema.js';
import { request } from '../../app/cre.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useLoaded } from '../../ui/use-loaded.js';
import { formatBytes } from '../resources/attachment-format.js';
import type { ComposeFormValues } from './compose-form-model.js';

interface FilesProps {
  application: Application;
  onFiles: (applicationId: string, attachmentIds: readonly string[]) => void;
}

function ApplicationFiles({ application, onFiles }: FilesProps) {
  const { t, i18n } = useTranslation('review');
  const errorText = useErrorText();
  const { control, getValues, setValue } = useFormContext<ComposeFormValues>();
  const picked = new Set(useWatch({ control, name: 'fileIds' }));
  const folderId = application.documentsResourceId;
  const files = useLoaded<Attachment[]>(async () => {
    if (folderId === null) return { ok: true, value: [] };
    const reply = await request((api) => api.resources.get({ id: folderId }));
    return reply.ok ? { ok: true, value: reply.value.attachments } : reply;
  }, `files:${folderId ?? application.id}`);

  useEffect(() => {
    if (files.state === 'ready') onFiles(application.id, files.value.map((file) => file.id));
  }, [files, application.id, onFiles]);

  function pick(id: string, on: boolean): void {
    const current = getValues('fileIds');
    setValue('fileIds', on ? [...current, id] : current.filter((fileId) => fileId !== id), { shouldDirty: true });
  }

  return (
    <fieldset className="choice-group review-files">
      <legend>{t('compose.filesOf', { title: application.title })}</legend>
      {files.state === 'loading' ? <p className="hint">{t('list.loading')}</p> : null}
      {files.state === 'failed' ? <p className="message message-error">{errorText(files.error)}</p> : null}
      {files.state === 'ready' && files.value.length === 0 ? <p className="hint">{t('compose.noFiles')}</p> : null}
      {files.state === 'ready'
        ? files.value.map((file) => (
            <div className="checkbox-field" key={file.id}>
              <input id={`packet-file-${file.id}`} type="checkbox" checked={picked.has(file.id)} onChange={(event) => pick(file.id, event.target.checked)} />
              <label htmlFor={`packet-file-${file.id}`}>
                {file.fileName}
                <span className="muted"> · {formatBytes(file.size, i18n.language)}</span>
              </label>
            </div>
          ))
        : null}
    </fieldset>
  );
}

export function PacketFilesFieldset({ known, onFiles }: { known: ReadonlyMap<string, Application>; onFiles: FilesProps['onFiles'] }) {
  const { t } = useTranslation('review');
  const { control } = useFormContext<ComposeFormValues>();
  const chosen = useWatch({ control, name: 'applicationIds' });
  const applications = chosen.map((id) => known.get(id)).filter((application): application is Application => application !== undefined);
  return (
    <fieldset className="form-section">
      <legend>{t('compose.files')}</legend>
      <p className="hint">{t('compose.filesHint')}</p>
      {applications.length === 0 ? <p className="hint">{t('compose.filesFirst')}</p> : null}
      {applications.map((application) => (
        <ApplicationFiles key={application.id} application={application} onFiles={onFiles} />
      ))}
    </fieldset>
  );
}
