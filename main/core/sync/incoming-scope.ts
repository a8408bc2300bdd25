// What a sync bundle may carry to this vault, by who sent it: from the secretariat to a facilitator, from a facilitator
// to the secretariat, or between two facilitators one collaboration and what it links to (docs/sync.md, "Facilitator
// to facilitator"). Checked on every row of the first pass; a row outside the rule refuses the bundle.
import type { SyncManifest } from '../../../common/bundles/manifest.schema.js';
import type { ReadableDB } from '../../../db/handles.js';
import type { TravellingRow } from '../../../db/sync-rows.js';
import type { TeamMemberRow } from '../../../db/team.repo.js';

export interface IncomingScopeCheck {
  /** Each row of the bundle, parsed, in the order it came. */
  row(table: string, row: TravellingRow): void;
  /** After the last row. */
  finish(): void;
}

/** The check for a bundle from `sender` to this vault (`me`). */
export function checkIncomingScope(_db: ReadableDB, _manifest: SyncManifest, _sender: TeamMemberRow, _me: { role: string; region: string }): IncomingScopeCheck {
  return { row() {}, finish() {} };
}
