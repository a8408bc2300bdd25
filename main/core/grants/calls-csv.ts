// A call's applications as CSV: one row per application with its aggregated scores (the advisory mean apart) and
// decision, as this vault's reviewer may see them (sealed rows stay blank, blind calls hide the community). Saved by the
// app, or read by the CLI.
import { rmSync } from 'node:fs';
import Papa from 'papaparse';
import { CreFailure } from '../../../common/contract/errors.js';
import { DECISIONS, type ApplicationState, type Decision } from '../../../common/grants/application.schema.js';
import { callTitle } from '../../../common/grants/call.schema.js';
import type { Language } from '../../../common/languages.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import { getCall } from '../../../db/grant-calls.repo.js';
import type { StoredCall } from '../../../db/grant-records.js';
import type { ReadableDB, WritableDB } from '../../../db/handles.js';
import { readIdentity } from '../../../db/team.repo.js';
import { catalogText } from '../catalog-message.js';
import { writeFileAtomic } from '../fs/atomic-file.js';
import type { Platform } from '../platform.js';
import { guardCell } from '../roster/csv-export.js';
import { cachedRankedEntries, type RankedEntry } from './ranked-table.js';

export const CALL_CSV_COLUMNS = [
  'id',
  'title',
  'community',
  'region',
  'state',
  'amountRequested',
  'currency',
  'mean',
  'spread',
  'disagreement',
  'submittedReviews',
  'recusals',
  'advisoryMean',
  'decision',
  'approvedAmount',
  'rationale',
] as const;

/** States after an approval: the decision was to approve. */
const AFTER_APPROVAL: readonly ApplicationState[] = ['awarded', 'reporting', 'closed'];

/** The decision an application's state carries, or null before one was taken. */
export function decisionOf(state: ApplicationState): Decision | null {
  if ((DECISIONS as readonly string[]).includes(state)) return state as Decision;
  return AFTER_APPROVAL.includes(state) ? 'approved' : null;
}

function words(language: Language) {
  return {
    text: (key: string) => catalogText(language, 'grants', `csv.${key}`),
    region: (region: string) => (region === '' ? '' : catalogText(language, 'taxonomy', `region.${region}`)),
  };
}

const figure = (value: number | null): string => (value === null ? '' : value.toFixed(2));

/** The CSV text (UTF-8 BOM, CRLF, formula-safe cells) of the entries, headers and labels in `language`. */
export function callCsvText(entries: readonly RankedEntry[], call: Pick<StoredCall, 'fields'>, language: Language): string {
  const say = words(language);
  const data = entries.map(({ row, application }) => {
    const decision = decisionOf(application.state);
    return [
      row.applicationId,
      row.title,
      row.communityName ?? '',
      say.region(row.region),
      say.text(`state.${row.state}`),
      figure(row.amountRequested),
      call.fields.currency,
      figure(row.mean),
      figure(row.spread),
      row.recused ? '' : say.text(row.disagreement ? 'yes' : 'no'),
      String(row.submitted),
      String(row.recusals),
      figure(row.advisoryMean),
      decision === null ? '' : say.text(`decision.${decision}`),
      figure(application.approvedAmount),
      application.decisionRationale,
    ].map(guardCell);
  });
  const fields = CALL_CSV_COLUMNS.map((column) => say.text(`column.${column}`));
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n' })}\r\n`;
}

function requireLive(db: ReadableDB, callId: string): StoredCall {
  const call = getCall(db, callId);
  if (!call) throw new CreFailure('not_found', 'There is no grant call with this id.');
  if (call.deletedAt) throw new CreFailure('conflict', 'This call was deleted; restore it first.', { reason: 'deleted' });
  return call;
}

/** The call's applications as CSV text, as this vault's own reviewer may see them (for the command line). */
export function applicationsCsv(db: ReadableDB, callId: string, language: Language): string {
  const call = requireLive(db, callId);
  return callCsvText(cachedRankedEntries(db, call, readIdentity(db)), call, language);
}

/** "grants-seed-fund-2026.csv": the call's title in the user's language, made safe for a file name. */
export function csvFileName(call: Pick<StoredCall, 'fields'>, language: Language): string {
  const slug = callTitle(call.fields, language)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `grants-${slug || 'call'}.csv`;
}

export interface CallCsvDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  platform: Pick<Platform, 'now' | 'chooseSaveFile'>;
  language: () => Language;
}

/** Asks where to save, then writes the CSV atomically and audits it (the call and the row count, never contents). */
export async function exportCallCsv(deps: CallCsvDeps, callId: string): Promise<{ saved: boolean }> {
  const language = deps.language();
  const first = requireLive(deps.openVault().db, callId);
  const path = await deps.platform.chooseSaveFile({
    title: catalogText(language, 'grants', 'csv.dialogTitle'),
    defaultName: csvFileName(first, language),
    filters: [{ name: catalogText(language, 'grants', 'csv.files'), extensions: ['csv'] }],
  });
  if (path === null) return { saved: false };
  // Read after the dialog: the figures are those of the moment the file is written.
  const { db } = deps.openVault();
  const call = requireLive(db, callId);
  const entries = cachedRankedEntries(db, call, readIdentity(db));
  writeFileAtomic(path, callCsvText(entries, call, language));
  try {
    appendAuditEvent(db, 'grant_call_exported', new Date(deps.platform.now()).toISOString(), { callId, rows: entries.length });
  } catch (error) {
    rmSync(path, { force: true });
    throw error;
  }
  return { saved: true };
}
