// The column mapping step: one select per header of the file (a roster column or "do not import") and the first rows as read.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportFile, ImportMapping as Mapping } from '../../../common/contract/roster-io.contract.js';
import { CSV_COLUMNS, REQUIRED_CSV_COLUMNS, csvColumnSchema } from '../../../common/roster/csv-columns.js';

interface ImportMappingProps {
  file: ImportFile;
  busy: boolean;
  onCheck(mapping: Mapping): void;
  onCancel(): void;
}

const IGNORE = '';

export function ImportMapping({ file, busy, onCheck, onCancel }: ImportMappingProps) {
  const { t } = useTranslation('import');
  // Main's suggestion already is the remembered mapping when there is one (`rememberedMapping` says which).
  const [mapping, setMapping] = useState<Mapping>(file.suggestedMapping);
  const missing = REQUIRED_CSV_COLUMNS.filter((column) => !mapping.includes(column));

  function choose(index: number, value: string): void {
    const parsed = csvColumnSchema.safeParse(value);
    const column = parsed.success ? parsed.data : null;
    // One column fills from one header: choosing it here frees it elsewhere.
    setMapping((current) => current.map((old, at) => (at === index ? column : column !== null && old === column ? null : old)));
  }

  return (
    <div className="roster-stack">
      <p>{t('screen.fileSummary', { fileName: file.fileName, count: file.rowCount })}</p>
      <p className="hint">{t('screen.encoding', { encoding: file.encoding })}</p>
      {file.warnings.map((warning) => (
        <p key={warning.code} className="message message-info">
          {t(`warning.${warning.code}`, warning.params)}
        </p>
      ))}
      <section className="roster-stack" aria-labelledby="import-mapping-heading">
        <h2 id="import-mapping-heading">{t('screen.mappingHeading')}</h2>
        <p className="hint">{t('screen.mappingHelp')}</p>
        {file.rememberedMapping ? <p className="message message-info">{t('screen.rememberedMapping')}</p> : null}
        <table className="activity import-table">
          <thead>
            <tr>
              <th scope="col">{t('screen.sourceColumn')}</th>
              <th scope="col">{t('screen.mappingHeading')}</th>
            </tr>
          </thead>
          <tbody>
            {file.headers.map((header, index) => (
              <tr key={`${index}-${header}`}>
                <td>
                  <label htmlFor={`import-map-${index}`}>{header}</label>
                </td>
                <td>
                  <select
                    id={`import-map-${index}`}
                    className="select"
                    value={mapping[index] ?? IGNORE}
                    onChange={(event) => choose(index, event.target.value)}
                  >
                    <option value={IGNORE}>{t('screen.ignoreColumn')}</option>
                    {CSV_COLUMNS.map((column) => (
                      <option key={column} value={column}>
                        {t(`column.${column}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="roster-stack" aria-labelledby="import-sample-heading">
        <h2 id="import-sample-heading">{t('screen.sampleHeading')}</h2>
        <div className="import-scroll">
          <table className="activity import-table">
            <thead>
              <tr>
                {file.headers.map((header, index) => (
                  <th key={`${index}-${header}`} scope="col">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {file.sample.map((cells, rowIndex) => (
                <tr key={rowIndex}>
                  {file.headers.map((header, index) => (
                    <td key={`${index}-${header}`}>{cells[index] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {missing.length > 0 ? (
        <p className="message message-error" id="import-missing">
          {t('screen.missingRequired', { columns: missing.map((column) => t(`column.${column}`)).join(', ') })}
        </p>
      ) : null}
      <div className="actions">
        <button
          type="button"
          className="button primary"
          disabled={busy || missing.length > 0}
          aria-describedby={missing.length > 0 ? 'import-missing' : undefined}
          onClick={() => onCheck(mapping)}
        >
          {busy ? t('screen.checking') : t('screen.checkButton')}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {t('screen.cancelButton')}
        </button>
      </div>
    </div>
  );
}
