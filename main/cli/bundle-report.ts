// What `cre bundle` prints: a bundle's outline and manifest, an export's preview and result, an import's report.
import type { ExportPreview, ExportResult, ImportReport } from '../../common/bundles/bundle-views.schema.js';
import type { BundleContents } from '../../common/bundles/manifest.schema.js';
import type { BundleOutline } from '../core/bundles/format/bundle-inspect.js';
import type { BundlePeek } from '../core/sync/bundle-peek.js';
import type { Translate } from './cli-i18n.js';

const lines = (parts: readonly string[]) => `${parts.join('\n')}\n`;

/** A table's name in the user's language; a table this version has no name for is shown as stored. */
function tableName(t: Translate, table: string): string {
  return t(`bundle.table.${table}`, { defaultValue: table });
}

function countLines(t: Translate, counts: Readonly<Record<string, number>>): string[] {
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([table, count]) => t('bundle.contents.line', { table: tableName(t, table), count }));
}

function contentsLines(t: Translate, contents: BundleContents): string[] {
  const records = countLines(t, contents.records);
  return [
    ...(records.length > 0 ? [t('bundle.contents.records'), ...records] : [t('bundle.contents.noRecords')]),
    t('bundle.contents.tombstones', { count: contents.tombstones }),
    t('bundle.contents.attachments', { count: contents.attachments.count, bytes: contents.attachments.bytes }),
  ];
}

/** What anyone holding the file can see: no key is used. */
export function formatOutline(t: Translate, file: string, outline: BundleOutline): string {
  return lines([
    t('bundle.outline.heading', { file }),
    t('bundle.outline.size', { bytes: outline.bytes }),
    t('bundle.outline.version', { version: outline.version }),
    t('bundle.outline.recipients', { count: outline.recipients }),
    t('bundle.outline.chunkSize', { bytes: outline.chunkSize }),
  ]);
}

function senderText(t: Translate, peek: BundlePeek): string {
  if (!peek.sender) return t('bundle.manifest.senderUnknown', { vaultId: peek.manifest.sender.vaultId });
  const key = peek.sender.verified ? 'bundle.manifest.senderVerified' : 'bundle.manifest.senderUnverified';
  return t(key, { name: peek.sender.displayName });
}

/** The manifest of a bundle addressed to this vault, as read before any signature check. */
export function formatManifest(t: Translate, peek: BundlePeek): string {
  const { manifest } = peek;
  return lines([
    t('bundle.manifest.heading'),
    t('bundle.manifest.bundleId', { id: manifest.bundleId }),
    t('bundle.manifest.sender', { sender: senderText(t, peek) }),
    t('bundle.manifest.createdAt', { at: new Date(manifest.createdAt) }),
    t('bundle.manifest.sequence', { sequence: manifest.sequence }),
    ...(manifest.kind === 'sync' && manifest.sync.everything ? [t('bundle.manifest.everything')] : []),
    ...contentsLines(t, manifest.contents),
    t('bundle.manifest.notChecked'),
  ]);
}

export function formatPreview(t: Translate, names: readonly string[], preview: ExportPreview): string {
  const withheld = countLines(t, preview.withheld);
  const withdrawals = countLines(t, preview.withdrawals);
  const { scope } = preview;
  return lines([
    t('bundle.export.to', { names: names.join(', ') }),
    ...(scope.kind === 'collaboration'
      ? [t('bundle.export.collaboration', { id: scope.collaborationId, region: t(`bundle.region.${scope.region}`, { defaultValue: scope.region }) })]
      : []),
    t('bundle.export.travels'),
    ...contentsLines(t, preview.contents).map((line) => `  ${line}`),
    ...(withheld.length > 0 ? [t('bundle.export.withheld'), ...withheld.map((line) => `  ${line}`)] : [t('bundle.export.withheldNone')]),
    ...(withdrawals.length > 0 ? [t('bundle.export.withdrawals'), ...withdrawals.map((line) => `  ${line}`)] : [t('bundle.export.withdrawalsNone')]),
    ...(preview.empty ? [t('bundle.export.empty')] : []),
  ]);
}

export function formatExported(t: Translate, file: string, result: ExportResult): string {
  return lines([t('bundle.export.written', { id: result.bundleId ?? '', file, bytes: result.bytes })]);
}

export function formatImported(t: Translate, report: ImportReport): string {
  const applied = countLines(t, report.applied);
  return lines([
    t('bundle.import.done', { id: report.bundleId, name: report.sender.displayName, at: new Date(report.createdAt), sequence: report.sequence, bytes: report.bytes }),
    ...(applied.length > 0 ? [t('bundle.import.applied'), ...applied] : [t('bundle.import.appliedNone')]),
    ...(report.withdrawn > 0 ? [t('bundle.import.withdrawn', { count: report.withdrawn })] : []),
    t('bundle.import.conflicts', { count: report.conflicts }),
    ...(report.conflicts > 0 ? [t('bundle.import.conflictsHint')] : []),
  ]);
}
