// The secretariat and the facilitators of Asia and Africa, verified with each other, exchanging sync bundles as files
// through the real core at clock times the test chooses; and their content read back with every id turned into a name
// the test gave it, so two networks that made the same edits can be compared.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { listConflicts } from '../../db/sync.repo.js';
import { readTravellingBatch } from '../../db/sync-rows.js';
import { SYNCABLE_TABLES } from '../../db/syncable.js';
import { introduceBothWays, teamVault, type TeamVault } from './team-vaults.js';

export const VAULT_NAMES = ['secretariat', 'asia', 'africa'] as const;
export type VaultName = (typeof VAULT_NAMES)[number];

export interface SyncNetwork {
  vaults: Record<VaultName, TeamVault>;
  /** Every id this network made (vaults and records), by the name the test gave it. */
  names: Map<string, string>;
  /** Sets every vault's clock to `ms`: each change made after it is stamped with that time. */
  setClock(ms: number): void;
  /** Exports `from`'s bundle for `to` into `folder`; the file's path. */
  exportBundle(from: VaultName, to: VaultName, folder: string): Promise<string>;
  /** Imports the file into `into`: 'imported', or the code of the refusal. */
  importBundle(into: VaultName, path: string): Promise<string>;
  /** Whether `from`'s next bundle for `to` would carry nothing. */
  nothingToSend(from: VaultName, to: VaultName): Promise<boolean>;
  /** Creates a record (the core's channel and input) and names its id. */
  create(vault: VaultName, name: string, channel: string, input: unknown): Promise<string>;
  /** The id of the record named `name`. */
  idOf(name: string): string;
}

const PROFILES: Record<VaultName, { displayName: string; role: string; region: string }> = {
  secretariat: { displayName: 'Secretariat', role: 'coordinator', region: 'global' },
  asia: { displayName: 'Asia facilitator', role: 'facilitator', region: 'asia' },
  africa: { displayName: 'Africa facilitator', role: 'facilitator', region: 'africa' },
};

/** The star of the network: the secretariat and each facilitator both ways. */
export const DIRECTED_PAIRS: readonly (readonly [VaultName, VaultName])[] = [
  ['secretariat', 'asia'],
  ['secretariat', 'africa'],
  ['asia', 'secretariat'],
  ['africa', 'secretariat'],
];

export async function syncNetwork(): Promise<SyncNetwork> {
  const secretariat = await teamVault(PROFILES.secretariat);
  const asia = await teamVault(PROFILES.asia);
  const africa = await teamVault(PROFILES.africa);
  await introduceBothWays(secretariat, asia);
  await introduceBothWays(secretariat, africa);
  const vaults = { secretariat, asia, africa };
  const names = new Map<string, string>(VAULT_NAMES.map((name) => [vaults[name].vaultId, name]));
  const ids = new Map<string, string>();
  const memberIds = new Map<string, string>();
  const memberId = async (from: VaultName, to: VaultName) => {
    const key = `${from}>${to}`;
    if (!memberIds.has(key)) memberIds.set(key, await vaults[from].memberIdOf(PROFILES[to].displayName));
    return memberIds.get(key)!;
  };
  let files = 0;
  return {
    vaults,
    names,
    setClock(ms) {
      for (const name of VAULT_NAMES) vaults[name].platform.setNow(ms);
    },
    async exportBundle(from, to, folder) {
      files += 1;
      const path = join(folder, `${String(files).padStart(4, '0')}-${from}-to-${to}.crebundle`);
      vaults[from].platform.setNextSaveFile(path);
      const result = await vaults[from].call<{ saved: boolean }>('cre:bundles.export', {
        recipientIds: [await memberId(from, to)], everything: false, token: randomUUID(),
      });
      if (!result.saved) throw new Error(`${from} saved no bundle for ${to}`);
      return path;
    },
    async importBundle(into, path) {
      vaults[into].platform.setNextOpenFile(path);
      try {
        await vaults[into].call('cre:bundles.import', { token: randomUUID() });
        return 'imported';
      } catch (error) {
        return /^(\w+):/.exec((error as Error).message)?.[1] ?? (error as Error).message;
      }
    },
    async nothingToSend(from, to) {
      const preview = await vaults[from].call<{ empty: boolean }>('cre:bundles.preview', { recipientIds: [await memberId(from, to)] });
      return preview.empty;
    },
    async create(vault, name, channel, input) {
      const { id } = await vaults[vault].call<{ id: string }>(channel, input);
      names.set(id, name);
      ids.set(name, id);
      return id;
    },
    idOf(name) {
      const id = ids.get(name);
      if (!id) throw new Error(`no record is named ${name}`);
      return id;
    },
  };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** `text` with every id replaced by its name; an id the network did not name fails the test. */
export function named(network: SyncNetwork, text: string): string {
  return text.replace(UUID, (id) => {
    const name = network.names.get(id);
    if (!name) throw new Error(`an id no edit made: ${id}`);
    return `<${name}>`;
  });
}

/**
 * Every syncable table's rows as they travel (sensitive columns out, children in), ids and HLCs named, by table and
 * record name: what a vault holds of the network's records.
 */
export function recordsOf(network: SyncNetwork, vault: VaultName): Record<string, Record<string, string>> {
  const { db } = network.vaults[vault].core.vault.openVault();
  const out: Record<string, Record<string, string>> = {};
  for (const table of SYNCABLE_TABLES) {
    const { rows } = readTravellingBatch(db, table, '1 = 1', {}, 0, 1_000_000);
    if (rows.length === 0) continue;
    out[table] = Object.fromEntries(
      rows.map((row) => [named(network, String(row['id'])), named(network, JSON.stringify(row))] as const).sort(([a], [b]) => a.localeCompare(b)),
    );
  }
  return out;
}

/** The vault's conflicts, resolved or not, each as its record and the two versions' HLCs (sorted), named; sorted, duplicates kept. */
export function conflictsOf(network: SyncNetwork, vault: VaultName): string[] {
  const { db } = network.vaults[vault].core.vault.openVault();
  const all = [...listConflicts(db, true, 1_000_000), ...listConflicts(db, false, 1_000_000)];
  return all
    .map((c) => named(network, [c.table, c.recordId, ...[String(c.kept['hlc']), String(c.other['hlc'])].sort()].join(' ')))
    .sort();
}
