// Counts what a bundle's frames hold, the way its manifest's `contents` states it, for the writer and the reader alike.
import type { BundleContents } from '../../../../common/bundles/manifest.schema.js';

/** Rows the manifest declares for `table`; own keys only, so a table named like an Object method counts 0. */
function declaredRows(contents: BundleContents, table: string): number {
  return Object.hasOwn(contents.records, table) ? (contents.records[table] ?? 0) : 0;
}

export class ContentsTally {
  private readonly records = new Map<string, number>();
  private tombstones = 0;
  private readonly attachmentIds = new Set<string>();
  private attachmentBytes = 0;

  addRows(table: string, rows: readonly Record<string, unknown>[]): void {
    this.records.set(table, (this.records.get(table) ?? 0) + rows.length);
    for (const row of rows) if (row['deleted_at'] !== null && row['deleted_at'] !== undefined) this.tombstones += 1;
  }

  addAttachmentPiece(attachmentId: string, bytes: number): void {
    this.attachmentIds.add(attachmentId);
    this.attachmentBytes += bytes;
  }

  /** True once the frames so far hold more than `contents` allows: the reader stops there rather than at the end. */
  exceeds(contents: BundleContents): boolean {
    for (const [table, count] of this.records) if (count > declaredRows(contents, table)) return true;
    return (
      this.tombstones > contents.tombstones ||
      this.attachmentIds.size > contents.attachments.count ||
      this.attachmentBytes > contents.attachments.bytes
    );
  }

  /** Equal counts; a table the manifest lists with 0 rows may be absent from the frames. */
  matches(contents: BundleContents): boolean {
    const tables = new Set([...this.records.keys(), ...Object.keys(contents.records)]);
    for (const table of tables) if ((this.records.get(table) ?? 0) !== declaredRows(contents, table)) return false;
    return (
      this.tombstones === contents.tombstones &&
      this.attachmentIds.size === contents.attachments.count &&
      this.attachmentBytes === contents.attachments.bytes
    );
  }
}
