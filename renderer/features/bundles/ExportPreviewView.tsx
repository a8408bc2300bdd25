// What a bundle would carry, before the file is written: its scope, records per type, deletions, files, and what consent withholds.
import { useTranslation } from 'react-i18next';
import type { ExportPreview } from '../../../common/bundles/bundle-views.schema.js';
import { formatNumber } from '../../ui/format.js';
import { formatBytes } from '../resources/attachment-format.js';
import { totalRecords } from './bundle-format.js';
import { CountsTable } from './CountsTable.js';

export function ExportPreviewView({ preview }: { preview: ExportPreview }) {
  const { t, i18n } = useTranslation(['bundles', 'taxonomy']);
  const language = i18n.language;
  const { contents, withheld, scope } = preview;
  const withheldCount = totalRecords({ records: withheld });
  return (
    <div className="bundle-preview">
      <p>{scope.kind === 'region' ? t('create.scopeRegion', { region: t(`taxonomy:region.${scope.region}`) }) : t('create.scopeOwn')}</p>
      {preview.empty ? (
        <p className="message message-info">{t('create.empty')}</p>
      ) : (
        <>
          <CountsTable className="bundle-travels" caption={t('create.countsCaption')} counts={contents.records} />
          {contents.tombstones > 0 ? <p>{t('create.tombstones', { count: contents.tombstones, formatted: formatNumber(contents.tombstones, language) })}</p> : null}
          {contents.attachments.count > 0 ? (
            <p>{t('create.files', { count: contents.attachments.count, formatted: formatNumber(contents.attachments.count, language), size: formatBytes(contents.attachments.bytes, language) })}</p>
          ) : null}
        </>
      )}
      <h3>{t('create.withheldTitle')}</h3>
      {withheldCount === 0 ? (
        <p className="hint">{t('create.nothingWithheld')}</p>
      ) : (
        <>
          <p className="hint">{t('create.withheldIntro')}</p>
          <CountsTable className="bundle-withheld" caption={t('create.withheldCaption')} counts={withheld} />
        </>
      )}
    </div>
  );
}
