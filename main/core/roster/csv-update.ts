// CSV rows that carry a record id: the collaborator each one updates (from the mapped columns only), or leaves as it is.
import { isDeepStrictEqual } from 'node:util';
import { v7 as uuidv7 } from 'uuid';
import type { ImportIssue, ImportMapping } from '../../../common/contract/roster-io.contract.js';
import type { CollaboratorFields } from '../../../common/roster/collaborator.schema.js';
import { deriveRegion } from '../../../common/roster/country-regions.js';
import type { CsvColumn } from '../../../common/roster/csv-columns.js';
import { getCollaboratorsByIds, type StoredCollaborator, type StoredContact } from '../../../db/collaborators.repo.js';
import type { ReadableDB } from '../../../db/handles.js';
import { checkFields, type RowCheck } from './csv-validate.js';

/** What a row writes over a live collaborator. */
export type RecordUpdate = Pick<StoredCollaborator, 'seq' | 'id' | 'fields' | 'contacts' | 'region'>;

export interface RecordIdPlan {
  /** The checks again, with rows whose id cannot be used turned invalid. */
  checks: RowCheck[];
  /** By spreadsheet row: the update of the live collaborator the row names. */
  updates: Map<number, RecordUpdate>;
  /** Rows naming a live collaborator that already holds exactly what they say: nothing to write. */
  unchanged: Set<number>;
}

type Cells = Partial<Record<CsvColumn, string>>;
type RowFields = Omit<CollaboratorFields, 'contacts'>;
type IncomingContact = CollaboratorFields['contacts'][number];

/** Rows resolved per read of the vault: the stored records of one batch are dropped before the next is read. */
const ROWS_PER_READ = 500;

/** Cells the import fills with a default when empty: on an update an empty one keeps the stored value instead. */
const DEFAULTED_COLUMNS = new Set<CsvColumn>(['vettingStatus', 'availabilityStatus', 'sharing']);

/** The stored channels of one kind (sensitive or public), replaced by the row's when its column is mapped and differs. */
function mergeContactGroup(
  stored: readonly StoredContact[],
  incoming: readonly IncomingContact[] | null,
  sensitive: boolean,
): { contacts: StoredContact[]; changed: boolean } {
  if (incoming === null) return { contacts: [...stored], changed: false };
  const same = incoming.length === stored.length && incoming.every((c, i) => c.type === stored[i]?.type && c.value === stored[i]?.value);
  if (same) return { contacts: [...stored], changed: false };
  // A channel the row still lists keeps its id (reveal links stay valid) and its note, which the CSV does not carry.
  const unused = [...stored];
  const contacts = incoming.map((contact): StoredContact => {
    const at = unused.findIndex((old) => old.type === contact.type && old.value === contact.value);
    if (at >= 0) return unused.splice(at, 1)[0] as StoredContact;
    return { id: uuidv7(), type: contact.type, value: contact.value ?? '', note: '', sensitive };
  });
  return { contacts, changed: true };
}

/** The stored record with the mapped columns of the row written over it; unmapped columns keep what is stored. */
function mergeRow(stored: StoredCollaborator, row: CollaboratorFields, mapped: ReadonlySet<CsvColumn>, cells: Cells) {
  const from = <T>(column: CsvColumn, rowValue: T, storedValue: T): T => {
    const filled = !DEFAULTED_COLUMNS.has(column) || (cells[column] ?? '') !== '';
    return mapped.has(column) && filled ? rowValue : storedValue;
  };
  const old = stored.fields;
  const fields: RowFields = {
    name: row.name,
    kind: row.kind,
    countries: from('countries', row.countries, old.countries),
    levels: from('levels', row.levels, old.levels),
    strategyAreas: from('strategyAreas', row.strategyAreas, old.strategyAreas),
    expertise: from('expertise', row.expertise, old.expertise),
    languages: from('languages', row.languages, old.languages),
    vetting: {
      status: from('vettingStatus', row.vetting.status, old.vetting.status),
      vouchedBy: from('vouchedBy', row.vetting.vouchedBy, old.vetting.vouchedBy),
      date: from('vettingDate', row.vetting.date, old.vetting.date),
      note: from('vettingNote', row.vetting.note, old.vetting.note),
    },
    availability: {
      status: from('availabilityStatus', row.availability.status, old.availability.status),
      until: from('availableUntil', row.availability.until, old.availability.until),
    },
    sharing: from('sharing', row.sharing, old.sharing),
    riskNotes: from('riskNotes', row.riskNotes, old.riskNotes),
    notes: from('notes', row.notes, old.notes),
  };
  const bySensitivity = (list: readonly { sensitive: boolean }[], sensitive: boolean) => list.filter((c) => c.sensitive === sensitive);
  const secret = mergeContactGroup(
    bySensitivity(stored.contacts, true) as StoredContact[],
    mapped.has('contacts') ? (bySensitivity(row.contacts, true) as IncomingContact[]) : null,
    true,
  );
  const open = mergeContactGroup(
    bySensitivity(stored.contacts, false) as StoredContact[],
    mapped.has('publicContacts') ? (bySensitivity(row.contacts, false) as IncomingContact[]) : null,
    false,
  );
  const contacts = secret.changed || open.changed ? [...secret.contacts, ...open.contacts] : stored.contacts;
  return { fields, contacts, sensitiveCount: secret.contacts.length, contactsChanged: secret.changed || open.changed };
}

/** The merged record through the collaborator schema again: stored and imported parts together must still fit (e.g. 20 contacts). */
function checkMerged(row: number, merged: ReturnType<typeof mergeRow>): { fields: RowFields | null; issues: ImportIssue[] } {
  const input = { ...merged.fields, contacts: merged.contacts.map(({ id, type, value, note, sensitive }) => ({ id, type, value, note, sensitive })) };
  const checked = checkFields(row, input, merged.sensitiveCount);
  if (!checked.fields) return { fields: null, issues: checked.issues };
  const { contacts: _contacts, ...fields } = checked.fields;
  return { fields, issues: [] };
}

const issue = (row: number, code: ImportIssue['reason']['code'], params: ImportIssue['reason']['params'] = {}): ImportIssue => ({
  row,
  column: 'id',
  reason: { code, params },
});

/**
 * Resolves the id of every row that carries one. A live collaborator is updated from the columns the mapping fills
 * (the others keep their stored values, so a file exported without sensitive fields does not erase them), or left
 * alone when nothing differs. A deleted or merged collaborator, or an id an earlier row already used, makes the row
 * invalid. An id this vault never held is set aside: the row creates a collaborator with a new id, as ids are sync
 * identities that a file must not choose.
 */
export function planRecordIds(
  db: ReadableDB,
  checks: readonly RowCheck[],
  mapping: ImportMapping,
  cellsAt: (index: number) => Cells,
): RecordIdPlan {
  const plan: RecordIdPlan = { checks: [...checks], updates: new Map(), unchanged: new Set() };
  if (!mapping.includes('id')) return plan;
  const mapped = new Set(mapping.filter((column): column is CsvColumn => column !== null));
  const firstRowOf = new Map<string, number>();
  const toResolve: number[] = [];
  checks.forEach((check, index) => {
    if (check.id === null) return;
    const earlier = firstRowOf.get(check.id);
    if (earlier === undefined) firstRowOf.set(check.id, check.row);
    if (!check.fields) return;
    if (earlier === undefined) toResolve.push(index);
    else plan.checks[index] = { ...check, fields: null, issues: [issue(check.row, 'repeated_id', { otherRow: earlier })] };
  });
  for (let start = 0; start < toResolve.length; start += ROWS_PER_READ) {
    const batch = toResolve.slice(start, start + ROWS_PER_READ);
    const stored = getCollaboratorsByIds(db, batch.map((index) => checks[index]?.id ?? ''));
    for (const index of batch) {
      const check = checks[index] as RowCheck & { id: string; fields: CollaboratorFields };
      const record = stored.get(check.id);
      if (!record) continue;
      if (record.deletedAt !== null) {
        plan.checks[index] = { ...check, fields: null, issues: [issue(check.row, 'deleted_record')] };
        continue;
      }
      const merged = mergeRow(record, check.fields, mapped, cellsAt(index));
      // Equal to what is stored, so valid: the common case of a re-imported export skips the schema.
      if (!merged.contactsChanged && isDeepStrictEqual(merged.fields, record.fields)) {
        plan.unchanged.add(check.row);
        continue;
      }
      const { fields, issues } = checkMerged(check.row, merged);
      if (fields) plan.updates.set(check.row, { seq: record.seq, id: record.id, fields, contacts: merged.contacts, region: deriveRegion(fields.countries) });
      else plan.checks[index] = { ...check, fields: null, issues };
    }
  }
  return plan;
}
