// The check before anything is written: counts, each row's problems in words, possible duplicates, and the import button.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportFile, ImportIssue, ImportPreview } from '../../../common/contract/roster-io.contract.js';
import { request } from '../../app/cre.js';
import { useErrorText } from '../../ui/use-error-text.js';

/**
 * Duplicates are found among valid rows only, so skipping them takes them off the valid count; so do rows that name a
 * collaborator by id and change nothing (never counted as duplicates).
 */
export function rowsToWrite(preview: ImportPreview, skipDuplicates: boolean): number {
  const written = preview.valid - preview.unchangedCount;
  return skipDuplicates ? Math.max(written - preview.duplicateCount, 0) : Math.max(written, 0);
}

interface ImportReportProps {
  file: ImportFile;
  preview: ImportPreview;
  onImport(skipDuplicates: boolean): void;
  onSaved(count: number): void;
  onError(message: string): void;
  onCancel(): void;
}

export function ImportReport({ file, preview, onImport, onSaved, onError, onCancel }: ImportReportProps) {
  const { t } = useTranslation('import');
  const errorText = useErrorText();
  const [skipDuplicates, setSkipDuplicates] = useState(true);
  const toWrite = rowsToWrite(preview, skipDuplicates);

  function reasonText(issue: ImportIssue): string {
    return t(`reason.${issue.reason.code}`, issue.reason.params);
  }

  async function saveInvalid(): Promise<void> {
    const reply = await request((api) => api.rosterIo.saveInvalidRows({ token: file.token }));
    if (!reply.ok) onError(errorText(reply.error));
    else if (reply.value.saved) onSaved(reply.value.rowCount);
  }

  return (
    <section className="roster-stack" aria-labelledby="import-report-heading">
      <h2 id="import-report-heading">{t('screen.reportHeading')}</h2>
      <p>{t('screen.fileSummary', { fileName: file.fileName, count: preview.rowCount })}</p>
      <ul>
        <li>{t('screen.validRows', { count: preview.valid })}</li>
        <li>{t('screen.invalidRows', { count: preview.invalidRowCount })}</li>
        <li>{t('screen.duplicateRows', { count: preview.duplicateCount })}</li>
        {preview.updateCount > 0 ? <li>{t('screen.updateRows', { count: preview.updateCount })}</li> : null}
        {preview.unchangedCount > 0 ? <li>{t('screen.unchangedRows', { count: preview.unchangedCount })}</li> : null}
      </ul>
      {preview.missingRequired.length > 0 ? (
        <p className="message message-error">
          {t('screen.missingRequired', { columns: preview.missingRequired.map((column) => t(`column.${column}`)).join(', ') })}
        </p>
      ) : null}
      {preview.truncated ? <p className="hint">{t('screen.truncated')}</p> : null}
      {preview.invalid.length > 0 ? (
        <>
          <h3 id="import-problems-heading">{t('screen.problemsHeading')}</h3>
          <table className="activity import-table" aria-labelledby="import-problems-heading">
            <thead>
              <tr>
                <th scope="col">{t('screen.row')}</th>
                <th scope="col">{t('screen.column')}</th>
                <th scope="col">{t('screen.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.invalid.map((issue, index) => (
                <tr key={`${issue.row}-${issue.column ?? ''}-${index}`}>
                  <td>{issue.row}</td>
                  <td>{issue.column ? t(`column.${issue.column}`) : t('screen.wholeRow')}</td>
                  <td>{reasonText(issue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <button type="button" className="button secondary" onClick={() => void saveInvalid()}>
              {t('screen.saveInvalidButton')}
            </button>
          </p>
        </>
      ) : null}
      {preview.duplicates.length > 0 ? (
        <>
          <h3 id="import-duplicates-heading">{t('screen.duplicatesHeading')}</h3>
          <table className="activity import-table" aria-labelledby="import-duplicates-heading">
            <thead>
              <tr>
                <th scope="col">{t('screen.row')}</th>
                <th scope="col">{t('column.name')}</th>
                <th scope="col">{t('screen.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.duplicates.map((duplicate) => (
                <tr key={duplicate.row}>
                  <td>{duplicate.row}</td>
                  <td>{duplicate.name}</td>
                  <td>
                    {duplicate.source === 'file'
                      ? t('duplicate.file', { otherRow: duplicate.otherRow ?? '' })
                      : t('duplicate.vault')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="checkbox-field">
            <input
              id="import-skip-duplicates"
              type="checkbox"
              checked={skipDuplicates}
              onChange={(event) => setSkipDuplicates(event.target.checked)}
            />
            <label htmlFor="import-skip-duplicates">{t('screen.skipDuplicates')}</label>
          </div>
        </>
      ) : null}
      <div className="actions">
        <button type="button" className="button primary" disabled={toWrite === 0} onClick={() => onImport(skipDuplicates)}>
          {t('screen.importCount', { count: toWrite })}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {t('screen.cancelButton')}
        </button>
      </div>
    </section>
  );
}
