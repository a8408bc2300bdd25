// What `cre review` prints: a packet's preview and the file written, a return's or a packet's import report, and the
// manifest of a packet or return file.
import type { BundleContents } from '../../common/bundles/manifest.schema.js';
import type { InboxImportReport } from '../../common/review/inbox.schema.js';
import type { PacketPreview, ReturnImportReport } from '../../common/review/review.schema.js';
import type { BundlePeek } from '../core/sync/bundle-peek.js';
import type { Translate } from './cli-i18n.js';

const lines = (parts: readonly string[]) => `${parts.join('\n')}\n`;
const indent = (parts: readonly string[]) => parts.map((part) => `  ${part}`);

/** A table's name in the user's language: the review tables, else the sync tables, else as stored. */
function tableName(t: Translate, table: string): string {
  return t(`review.table.${table}`, { defaultValue: t(`bundle.table.${table}`, { defaultValue: table }) });
}

function contentsLines(t: Translate, contents: BundleContents): string[] {
  const records = Object.entries(contents.records)
    .filter(([, count]) => count > 0)
    .map(([table, count]) => t('bundle.contents.line', { table: tableName(t, table), count }));
  return [
    ...(records.length > 0 ? [t('bundle.contents.records'), ...records] : [t('bundle.contents.noRecords')]),
    t('bundle.contents.attachments', { count: contents.attachments.count, bytes: contents.attachments.bytes }),
  ];
}

/** Exactly what one member's packet carries, and what stays in this vault and why. */
export function formatPacketPreview(t: Translate, role: string, preview: PacketPreview): string {
  const applications = preview.applications.map((a) =>
    a.communityName === null ? `  ${a.title}` : `  ${t('review.preview.applicationOf', { title: a.title, community: a.communityName })}`,
  );
  const withheld = preview.withheld.map((item) => {
    const label = item.what === 'field' ? t(`review.field.${item.label}`, { defaultValue: item.label }) : item.label;
    return t('review.preview.withheldLine', { reason: t(`review.reason.${item.reason}`), what: t(`review.what.${item.what}`), label, count: item.count });
  });
  return lines([
    t('review.preview.to', { name: preview.memberName, role: t(`review.role.${role}`, { defaultValue: role }) }),
    t('review.preview.travels'),
    ...indent([
      t('review.preview.applications', { count: preview.applications.length }),
      ...applications,
      t('review.preview.collaborations', { count: preview.collaborations }),
      t('review.preview.consultations', { count: preview.consultations }),
      t('review.preview.questions', { count: preview.questions }),
      t('review.preview.files', { count: preview.files.count, bytes: preview.files.bytes }),
    ]),
    ...(withheld.length > 0 ? [t('review.preview.withheld'), ...indent(withheld)] : [t('review.preview.withheldNone')]),
    t('review.preview.expires', { at: new Date(preview.expiresAt) }),
  ]);
}

export function formatPacketWritten(t: Translate, written: { packetId: string; name: string; file: string; bytes: number }): string {
  return lines([t('review.written', { id: written.packetId, name: written.name, file: written.file, bytes: written.bytes })]);
}

/** The secretariat's vault took in a member's return. */
export function formatReturnImported(t: Translate, report: ReturnImportReport): string {
  return lines([
    t('review.returned.done', { name: report.memberName, title: report.title }),
    ...indent([
      t('review.returned.declarations', { count: report.declarations, conflicts: report.conflicts }),
      t('review.returned.scores', { count: report.scores }),
      t('review.returned.answers', { count: report.answers }),
      t(report.advice ? 'review.returned.advice' : 'review.returned.noAdvice'),
    ]),
    t('review.returned.hint'),
  ]);
}

/** A reviewer's vault opened a packet into its Review inbox. */
export function formatPacketOpened(t: Translate, report: InboxImportReport): string {
  return lines([
    t('review.opened.done', { name: report.senderName, title: report.title }),
    ...indent([
      t('review.opened.applications', { count: report.applications }),
      t('review.opened.questions', { count: report.questions }),
      t('review.opened.files', { count: report.files }),
    ]),
    t('review.opened.expires', { at: new Date(report.expiresAt) }),
    t('review.opened.hint'),
  ]);
}

function senderText(t: Translate, peek: BundlePeek): string {
  if (!peek.sender) return t('bundle.manifest.senderUnknown', { vaultId: peek.manifest.sender.vaultId });
  const key = peek.sender.verified ? 'bundle.manifest.senderVerified' : 'bundle.manifest.senderUnverified';
  return t(key, { name: peek.sender.displayName });
}

/** The manifest of a packet or return addressed to this vault, as read before any signature check. */
export function formatReviewManifest(t: Translate, peek: BundlePeek): string {
  const { manifest } = peek;
  const kindLines =
    manifest.kind === 'review_packet'
      ? [t('review.manifest.packetId', { id: manifest.packet.packetId }), t('review.manifest.expires', { at: new Date(manifest.packet.expiresAt) })]
      : manifest.kind === 'review_return'
        ? [t('review.manifest.packetId', { id: manifest.review.packetId }), t('review.manifest.answers', { id: manifest.review.packetBundleId })]
        : [];
  return lines([
    t('review.manifest.heading'),
    t('review.manifest.kind', { kind: t(`review.kind.${manifest.kind}`) }),
    t('bundle.manifest.bundleId', { id: manifest.bundleId }),
    ...kindLines,
    t('bundle.manifest.sender', { sender: senderText(t, peek) }),
    t('bundle.manifest.createdAt', { at: new Date(manifest.createdAt) }),
    ...contentsLines(t, manifest.contents),
    t('bundle.manifest.notChecked'),
  ]);
}
