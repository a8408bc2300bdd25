// Import / export: choose a CSV, map its columns, check the rows, write them with progress; and export the current search.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreErrorPayload } from '../../../common/contract/errors.js';
import type { ImportFile, ImportMapping as Mapping, ImportPreview, ImportResult } from '../../../common/contract/roster-io.contract.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { ExportDialog } from './ExportDialog.js';
import { ImportMapping } from './ImportMapping.js';
import { ImportReport, rowsToWrite } from './ImportReport.js';
import { useRoster } from './roster-store.js';
import './import.css';

const MIB = 1024 * 1024;

type Step =
  | { name: 'start' }
  | { name: 'mapping'; file: ImportFile }
  | { name: 'report'; file: ImportFile; mapping: Mapping; preview: ImportPreview }
  | { name: 'writing'; file: ImportFile; expected: number }
  | { name: 'done'; result: ImportResult };

export function ImportPage() {
  const { t } = useTranslation('import');
  const errorText = useErrorText();
  const open = useRoster((state) => state.open);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const [step, setStep] = useState<Step>({ name: 'start' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  /** A file over the import limit is named as such, with the limit (the shared too_large words speak of attachments). */
  function chooseFailureText(failure: CreErrorPayload): string {
    const limitBytes = failure.details?.['limitBytes'];
    if (failure.code === 'too_large' && typeof limitBytes === 'number') return t('error.tooLarge', { limit: Math.floor(limitBytes / MIB) });
    return errorText(failure);
  }

  // The file main holds for this page; leaving the page with one open gives it back unwritten.
  const token = step.name === 'mapping' || step.name === 'report' ? step.file.token : null;
  const liveToken = useRef<string | null>(null);
  useEffect(() => {
    liveToken.current = token;
  }, [token]);
  useEffect(
    () => () => {
      const left = liveToken.current;
      if (left) void request((api) => api.rosterIo.cancelImport({ token: left }));
    },
    [],
  );

  const writingToken = step.name === 'writing' ? step.file.token : null;
  useEffect(() => {
    if (!writingToken) return undefined;
    return window.cre.on.importProgress((event) => {
      if (event.token === writingToken) setProgress({ done: event.done, total: event.total });
    });
  }, [writingToken]);

  async function chooseFile(): Promise<void> {
    setError(null);
    setStatus(null);
    setBusy(true);
    const epoch = storeEpoch();
    const reply = await request((api) => api.rosterIo.chooseImportFile({}));
    setBusy(false);
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) setError(chooseFailureText(reply.error));
    else if (reply.value) setStep({ name: 'mapping', file: reply.value });
  }

  async function check(file: ImportFile, mapping: Mapping): Promise<void> {
    setError(null);
    setBusy(true);
    const reply = await request((api) => api.rosterIo.previewImport({ token: file.token, mapping }));
    setBusy(false);
    if (!reply.ok) setError(errorText(reply.error));
    else setStep({ name: 'report', file, mapping, preview: reply.value });
  }

  async function commit(file: ImportFile, mapping: Mapping, preview: ImportPreview, skipDuplicates: boolean): Promise<void> {
    setError(null);
    setProgress(null);
    setStep({ name: 'writing', file, expected: rowsToWrite(preview, skipDuplicates) });
    const reply = await request((api) => api.rosterIo.commitImport({ token: file.token, mapping, skipDuplicates }));
    if (reply.ok) {
      setStep({ name: 'done', result: reply.value });
      return;
    }
    // The write is one transaction: on failure nothing was written and the file is still held, so the report comes back.
    setError(errorText(reply.error));
    await check(file, mapping);
  }

  async function cancel(): Promise<void> {
    if (token) await request((api) => api.rosterIo.cancelImport({ token }));
    setError(null);
    setStep({ name: 'start' });
    setStatus(t('screen.cancelled'));
    heading.current?.focus();
  }

  function back(): void {
    open({ name: 'list' });
  }

  return (
    <div className="roster-stack import-page">
      <p>
        <button type="button" className="link-button" onClick={back}>
          {t('screen.back')}
        </button>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t('screen.title')}
      </h1>
      <LiveMessage id="import-status" kind="status" tone="success" text={status} />
      <LiveMessage id="import-error" kind="alert" text={error} />
      {step.name === 'start' ? (
        <>
          <p className="lead">{t('screen.intro')}</p>
          <p>
            <button type="button" className="button primary" disabled={busy} onClick={() => void chooseFile()}>
              {t('screen.chooseFile')}
            </button>
          </p>
          <ExportDialog />
        </>
      ) : null}
      {step.name === 'mapping' ? (
        <ImportMapping
          file={step.file}
          busy={busy}
          onCheck={(mapping) => void check(step.file, mapping)}
          onCancel={() => void cancel()}
        />
      ) : null}
      {step.name === 'report' ? (
        <ImportReport
          file={step.file}
          preview={step.preview}
          onImport={(skipDuplicates) => void commit(step.file, step.mapping, step.preview, skipDuplicates)}
          onSaved={(count) => setStatus(t('screen.invalidSaved', { count }))}
          onError={setError}
          onCancel={() => void cancel()}
        />
      ) : null}
      {step.name === 'writing' ? <WritingProgress done={progress?.done ?? 0} total={progress?.total ?? step.expected} /> : null}
      {step.name === 'done' ? (
        <div className="roster-stack">
          <p role="status" className="message message-success">
            {t('screen.done', { count: step.result.written })}
          </p>
          {step.result.updated > 0 ? <p>{t('screen.updated', { count: step.result.updated })}</p> : null}
          {step.result.unchanged > 0 ? <p>{t('screen.unchanged', { count: step.result.unchanged })}</p> : null}
          {step.result.skippedInvalid > 0 ? <p>{t('screen.skippedInvalid', { count: step.result.skippedInvalid })}</p> : null}
          {step.result.skippedDuplicates > 0 ? <p>{t('screen.skippedDuplicates', { count: step.result.skippedDuplicates })}</p> : null}
          <div className="actions">
            <button type="button" className="button secondary" onClick={() => setStep({ name: 'start' })}>
              {t('screen.newImport')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function WritingProgress({ done, total }: { done: number; total: number }) {
  const { t } = useTranslation('import');
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="roster-stack" aria-busy="true">
      <div
        className="import-progress"
        role="progressbar"
        aria-label={t('screen.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
      >
        <div className="import-progress-bar" style={{ width: `${percent}%` }} />
      </div>
      <p role="status">{t('screen.progress', { done, total })}</p>
    </div>
  );
}
