// Dashboard figures over a vault of 50k collaborations (goal ≤ 100 ms): index build, every figure for several ranges, lists behind figures, p50/p95;
// and a bulk collaborator insert into a vault whose dashboard was opened first, against one whose dashboard never was.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { COLLABORATION_STEPS, type CollaborationState, type StateChange } from '../../common/community/collaboration.schema.js';
import type { DashboardRange } from '../../common/dashboard/dashboard.schema.js';
import { regionOfCountry } from '../../common/roster/country-regions.js';
import { STRATEGY_AREAS } from '../../common/roster/taxonomy.js';
import { getCollaboration, insertCollaboration, setCollaborationDeleted, updateCollaboration } from '../../db/collaborations.repo.js';
import { insertCollaborator, type SyncStamp } from '../../db/collaborators.repo.js';
import { insertCommunity } from '../../db/communities.repo.js';
import { insertRequest } from '../../db/requests.repo.js';
import { createCore } from '../../main/core/create-core.js';
import { FLOOR_KDF_PARAMS } from '../../main/core/crypto/kdf.js';
import { createManualPlatform } from '../../main/core/platform.node.js';
import { createSeededRandom, generateSampleCollaborators } from '../../main/core/roster/sample-data.js';
import { createHybridClock } from '../../main/core/sync/hlc.js';
import { line, ms, percentile, time } from './timing.js';

const COLLABORATIONS = Number(process.env['CRE_BENCH_DASHBOARD_SIZE'] ?? 50_000);
const COMMUNITIES = Math.max(1, Math.round(COLLABORATIONS / 25));
const COLLABORATORS = Math.max(1, Math.round(COLLABORATIONS / 10));
const SEED = 2026;
const DAY = 86_400_000;
/** Three years of history, ending on the day the ranges are taken from. */
const START_MS = Date.UTC(2024, 0, 1);
const END_MS = Date.UTC(2026, 11, 31);
const COUNTRIES = ['BR', 'PE', 'CO', 'MX', 'KE', 'UG', 'ML', 'NG', 'PH', 'IN', 'ID', 'KH', 'FR', 'US'];
const RUNS = 30;
/** Collaborators written by each bulk insert of the opened-first comparison, and how many times each side runs. */
const BULK_INSERTS = Number(process.env['CRE_BENCH_DASHBOARD_INSERTS'] ?? 20_000);
const BULK_ROUNDS = 3;

const random = createSeededRandom(SEED);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;


/** A lifecycle as the app writes it: proposed, then allowed steps a few days to a few months apart. */
function history(startMs: number): { state: CollaborationState; history: StateChange[] } {
  let state: CollaborationState = 'proposed';
  let now = startMs;
  const steps: StateChange[] = [{ state, at: new Date(now).toISOString() }];
  while (COLLABORATION_STEPS[state].length > 0 && random() < 0.75) {
    now += Math.floor(1 + random() * 120) * DAY;
    if (now > END_MS) break;
    state = pick(COLLABORATION_STEPS[state]);
    steps.push({ state, at: new Date(now).toISOString() });
  }
  return { state, history: steps };
}

const dir = mkdtempSync(join(tmpdir(), 'cre-dashboard-bench-'));
let vaults = 0;

/**
 * Milliseconds to write `BULK_INSERTS` collaborators in one transaction into a new vault, after opening its dashboard
 * (`opened`) or without. The dashboard keeps nothing in SQLite (no trigger), so both should take the same time.
 */
async function bulkInsertMs(opened: boolean): Promise<number> {
  vaults += 1;
  const core = await createCore({ vaultDir: join(dir, `bulk-${vaults}`), platform: createManualPlatform(END_MS), kdf: { mode: 'fixed', params: FLOOR_KDF_PARAMS } });
  core.vault.create('benchmark passphrase of reasonable length');
  const { db, vaultId } = core.vault.openVault();
  if (opened) core.dashboard.get({ from: null, to: null });
  const clock = createHybridClock(vaultId, () => START_MS);
  const people = generateSampleCollaborators(SEED, BULK_INSERTS);
  const elapsed = time(() =>
    db.transaction(() => {
      for (const { contacts: _contacts, ...fields } of people) {
        insertCollaborator(db, { id: uuidv7(), fields, contacts: [], region: regionOfCountry(fields.countries[0] ?? 'FR') }, { at: new Date(START_MS).toISOString(), hlc: clock.next(), changedBy: vaultId });
      }
    })(),
  );
  if (opened && core.dashboard.get({ from: null, to: null }).totals.collaborations !== 0) throw new Error('The dashboard counted collaborators as collaborations.');
  core.dispose();
  return elapsed;
}

try {
  console.log(`Dashboard benchmark: ${COLLABORATIONS.toLocaleString('en')} collaborations, ${COMMUNITIES.toLocaleString('en')} communities, ${COLLABORATORS.toLocaleString('en')} collaborators (seed ${SEED})`);
  const platform = createManualPlatform(END_MS);
  const core = await createCore({ vaultDir: join(dir, 'vault'), platform, kdf: { mode: 'fixed', params: FLOOR_KDF_PARAMS } });
  core.vault.create('benchmark passphrase of reasonable length');
  const { db, vaultId } = core.vault.openVault();
  const clock = createHybridClock(vaultId, () => START_MS);
  const stamp = (): SyncStamp => ({ at: new Date(START_MS).toISOString(), hlc: clock.next(), changedBy: vaultId });

  const written: string[] = [];
  const insertMs = time(() =>
    db.transaction(() => {
      const people = generateSampleCollaborators(SEED, COLLABORATORS).map(({ contacts: _contacts, ...fields }) => {
        const id = uuidv7();
        insertCollaborator(db, { id, fields, contacts: [], region: regionOfCountry(fields.countries[0] ?? 'FR') }, stamp());
        return id;
      });
      const communities = Array.from({ length: COMMUNITIES }, (_, k) => {
        const id = uuidv7();
        const country = pick(COUNTRIES);
        const fields = { name: `Bench community ${k}`, country, area: '', coordinates: null, languages: [], sharing: 'regional' as const, notes: '' };
        insertCommunity(db, { id, fields, contacts: [], region: regionOfCountry(country) }, stamp());
        return id;
      });
      for (let k = 0; k < COLLABORATIONS; k += 1) {
        const communityId = pick(communities);
        let requestId: string | null = null;
        // Four in five answer a request with one to three strategy areas.
        if (random() < 0.8) {
          requestId = uuidv7();
          const areas = [...new Set([pick(STRATEGY_AREAS), pick(STRATEGY_AREAS), pick(STRATEGY_AREAS)].slice(0, 1 + Math.floor(random() * 3)))];
          insertRequest(db, requestId, { communityId, struggleId: null, strategyAreas: areas, level: 'local', languages: [], urgency: 'medium', deadline: null, description: 'Bench', status: 'linked' }, stamp());
        }
        const members = [...new Set([pick(people), pick(people), pick(people)].slice(0, 1 + Math.floor(random() * 3)))].map((collaboratorId) => ({ collaboratorId, role: '' }));
        const { state, history: steps } = history(START_MS + Math.floor(random() * ((END_MS - START_MS) / DAY)) * DAY);
        const fields = { communityId, requestId, members, owner: 'Bench facilitator', nextFollowUp: null, outcomes: '', learnings: [] };
        const id = uuidv7();
        insertCollaboration(db, { id, fields, state, history: steps }, stamp());
        if (written.length < 2) written.push(id);
      }
    })(),
  );
  console.log(`vault generation (not part of any figure):   ${ms(insertMs)}`);

  const day = (ms_: number) => new Date(ms_).toISOString().slice(0, 10);
  const ranges: [string, DashboardRange][] = [
    ['all time', { from: null, to: null }],
    ['last 12 months', { from: day(END_MS - 365 * DAY), to: day(END_MS) }],
    ['last 3 months', { from: day(END_MS - 91 * DAY), to: day(END_MS) }],
  ];
  // The first call reads the vault into the index; later calls count over it until a write changes the vault.
  console.log(`index build, first call after unlock:         ${ms(time(() => core.dashboard.get(ranges[0]![1])))}`);
  // Writes go through the repository, as the app's do: its change journal names the rows the index reads again.
  const [edited, deleted] = written;
  const rebuilds = Array.from({ length: 5 }, (_, k) => {
    const stored = getCollaboration(db, edited!)!;
    updateCollaboration(db, { ...stored, fields: { ...stored.fields, owner: `Bench facilitator ${k}` } }, stamp());
    return time(() => core.dashboard.get(ranges[1]![1]));
  });
  line('every figure, 12 months, after editing one', rebuilds);
  // Deleting or restoring one changes which collaborations count: the index is derived again from the rows in memory.
  const rederived = Array.from({ length: 6 }, (_, k) => {
    setCollaborationDeleted(db, deleted!, k % 2 === 0, stamp());
    return time(() => core.dashboard.get(ranges[1]![1]));
  });
  line('every figure, 12 months, after deleting one', rederived);
  for (const [label, range] of ranges) {
    line(`every figure, ${label}`, Array.from({ length: RUNS }, () => time(() => core.dashboard.get(range))));
  }
  const year = ranges[1]![1];
  const figure = { kind: 'collaborations' as const, region: 'latin_america' as const, area: 'advocacy' as const, status: null };
  line('list behind a cell, first 100, last 12 months', Array.from({ length: RUNS }, () => time(() => core.dashboard.drill(year, figure, { offset: 0, limit: 100 }))));
  line('collaborators involved, first 100, 12 months', Array.from({ length: 10 }, () => time(() => core.dashboard.drill(year, { kind: 'collaborators' }, { offset: 0, limit: 100 }))));
  const totals = core.dashboard.get({ from: null, to: null }).totals;
  console.log(`all-time figures: ${JSON.stringify(totals)}`);
  core.dispose();

  // Alternating sides, so a change in the machine's other load falls on both.
  const closed: number[] = [];
  const opened: number[] = [];
  for (let round = 0; round < BULK_ROUNDS; round += 1) {
    closed.push(await bulkInsertMs(false));
    opened.push(await bulkInsertMs(true));
  }
  const median = (values: number[]) => percentile(values, 0.5);
  console.log(`bulk insert, ${BULK_INSERTS.toLocaleString('en')} collaborators, dashboard never opened: ${ms(median(closed))}   (median of ${BULK_ROUNDS}: ${closed.map(ms).join(', ')})`);
  console.log(`bulk insert, ${BULK_INSERTS.toLocaleString('en')} collaborators, dashboard opened first: ${ms(median(opened))}   (median of ${BULK_ROUNDS}: ${opened.map(ms).join(', ')})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
