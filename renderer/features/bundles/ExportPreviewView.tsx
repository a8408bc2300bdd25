// What a bundle would carry, before the file is written: its scope, records per type, deletions, files, what consent
// withholds, and the withdrawals it carries.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ExportPreview } from '../../../common/bundles/bundle-views.schema.js';
import { formatNumber } from '../../ui/format.js';
import { formatBytes } from '../resources/attachment-format.js';
import { totalRecords } from './bundle-format.js';
import { CountsTable } from './CountsTable.js';

/** The scope in words: a region, this vault's own records, or one collaboration under a region's consent. */
function scopeText(t: TFunction<['bundles', 'taxonomy']>, scope: ExportPreview['scope'], collaborationLabel: string | null): string {
  if (scope.kind === 'own') return t('create.scopeOwn');
  const region = t(`taxonomy:region.${scope.region}`);
  if (scope.kind === 'region') return t('create.scopeRegion', { region });
  return t('collaboration.scope', { region, collaboration: collaborationLabel ?? t('collaboration.unnamed') });
}

export function ExportPreviewView({ preview, collaborationLabel = null }: { preview: ExportPreview; collaborationLabel?: string | null }) {
  const { t, i18n } = useTranslation(['bundles', 'taxonomy']);
  const language = i18n.language;
  const { contents, withheld, scope, withdrawals } = preview;
  const withheldCount = totalRecords({ records: withheld });
  const withdrawalCount = totalRecords({ records: withdrawals });
  return (
    <div className="bundle-preview">
      <p>{scopeText(t, scope, collaborationLabel)}</p>
      {preview.empty ? (
        // An empty bundle still carries what this vault acknowledges: it can be saved and sent.
        <p className="message message-info">{scope.kind === 'collaboration' ? t('collaboration.empty') : t('create.empty')}</p>
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
      <h3>{t('preview.withdrawalsTitle')}</h3>
      {withdrawalCount === 0 ? (
        <p className="hint">{t('preview.withdrawalsNone')}</p>
      ) : (
        <>
          <p className="hint">{t('preview.withdrawalsIntro')}</p>
          <CountsTable className="bundle-withdrawals" caption={t('preview.withdrawalsCaption')} counts={withdrawals} />
        </>
      )}
    </div>
  );
}
