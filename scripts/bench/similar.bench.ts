// Similar struggles over a vault of 5k communities facing 3k projects, with 5k requests and 10k collaborations holding
// learnings (goal p95 ≤ 200 ms per answer): one community, and one struggle, against every other, p50/p95.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { PROJECT_SECTORS } from '../../common/community/taxonomy.js';
import { regionOfCountry } from '../../common/roster/country-regions.js';
import { STRATEGY_AREAS } from '../../common/roster/taxonomy.js';
import { insertCollaboration } from '../../db/collaborations.repo.js';
import { insertCollaborator, type SyncStamp } from '../../db/collaborators.repo.js';
import { insertCommunity } from '../../db/communities.repo.js';
import { insertProject } from '../../db/projects.repo.js';
import { insertRequest } from '../../db/requests.repo.js';
import { insertStruggle } from '../../db/struggles.repo.js';
import { createCore } from '../../main/core/create-core.js';
import { FLOOR_KDF_PARAMS } from '../../main/core/crypto/kdf.js';
import { createManualPlatform } from '../../main/core/platform.node.js';
import { createSeededRandom } from '../../main/core/roster/sample-data.js';
import { createSimilarService } from '../../main/core/similar/similar.service.js';
import { createHybridClock } from '../../main/core/sync/hlc.js';
import { line, ms, time } from './timing.js';

const COMMUNITIES = Number(process.env['CRE_BENCH_SIMILAR_SIZE'] ?? 5_000);
const PROJECTS = Math.max(1, Math.round(COMMUNITIES * 0.6));
const REQUESTS = COMMUNITIES;
const COLLABORATIONS = COMMUNITIES * 2;
const FINANCIERS = Array.from({ length: 40 }, (_, k) => `Bench Development Bank ${k}`);
const COMPANIES = Array.from({ length: 300 }, (_, k) => `Bench Company ${k} S.A.`);
const COUNTRIES = ['BR', 'PE', 'CO', 'MX', 'KE', 'UG', 'ML', 'NG', 'PH', 'IN', 'ID', 'KH'];
const SEED = 2026;
const RUNS = 40;

const random = createSeededRandom(SEED);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const some = <T>(list: readonly T[], most: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(random() * most) }, () => pick(list)))];


const dir = mkdtempSync(join(tmpdir(), 'cre-similar-bench-'));
try {
  console.log(`Similar struggles benchmark: ${COMMUNITIES.toLocaleString('en')} communities, ${PROJECTS.toLocaleString('en')} projects, ${COLLABORATIONS.toLocaleString('en')} collaborations (seed ${SEED})`);
  const platform = createManualPlatform(Date.UTC(2026, 0, 1));
  const core = await createCore({ vaultDir: join(dir, 'vault'), platform, kdf: { mode: 'fixed', params: FLOOR_KDF_PARAMS } });
  core.vault.create('benchmark passphrase of reasonable length');
  const { db, vaultId } = core.vault.openVault();
  const clock = createHybridClock(vaultId, () => Date.UTC(2026, 0, 1));
  const stamp = (): SyncStamp => ({ at: '2026-01-01T00:00:00.000Z', hlc: clock.next(), changedBy: vaultId });

  const communities: string[] = [];
  const struggles: string[] = [];
  const insertMs = time(() =>
    db.transaction(() => {
      const projects = Array.from({ length: PROJECTS }, (_, k) => {
        const id = uuidv7();
        const country = pick(COUNTRIES);
        const fields = {
          name: `Bench project ${k}`, country, location: '', sectors: some(PROJECT_SECTORS, 2),
          financiers: some(FINANCIERS, 3).map((name) => ({ name, projectId: '', url: null })), companies: some(COMPANIES, 2),
          stage: 'approved' as const, riskCategory: null, investment: null, boardDate: null, references: [], notes: '',
        };
        insertProject(db, { id, fields, region: regionOfCountry(country) }, stamp());
        return id;
      });
      for (let k = 0; k < COMMUNITIES; k += 1) {
        const id = uuidv7();
        const country = pick(COUNTRIES);
        const fields = { name: `Bench community ${k}`, country, area: '', coordinates: null, languages: [], sharing: 'regional' as const, notes: '' };
        insertCommunity(db, { id, fields, contacts: [], region: regionOfCountry(country) }, stamp());
        communities.push(id);
        for (const projectId of some(projects, 3)) {
          const struggleId = uuidv7();
          insertStruggle(db, struggleId, { communityId: id, projectId, resisting: '', since: null, notes: '' }, stamp());
          struggles.push(struggleId);
        }
      }
      for (let k = 0; k < REQUESTS; k += 1) {
        const fields = { communityId: pick(communities), struggleId: null, strategyAreas: some(STRATEGY_AREAS, 3), level: 'local' as const, languages: [], urgency: 'medium' as const, deadline: null, description: 'Bench', status: 'new' as const };
        insertRequest(db, uuidv7(), fields, stamp());
      }
      const ally = uuidv7();
      insertCollaborator(
        db,
        { id: ally, fields: { name: 'Bench ally', kind: 'cso', countries: ['BR'], levels: [], strategyAreas: [], expertise: [], languages: [], vetting: { status: 'vetted', vouchedBy: '', date: null, note: '' }, availability: { status: 'available', until: null }, sharing: 'network', riskNotes: '', notes: '' }, contacts: [], region: 'latin_america' },
        stamp(),
      );
      for (let k = 0; k < COLLABORATIONS; k += 1) {
        const learnings = Array.from({ length: Math.floor(random() * 4) }, () => ({ whatWorked: 'Bench worked', whatDidNot: 'Bench did not', strategyArea: pick(STRATEGY_AREAS), text: 'Bench learning' }));
        const fields = { communityId: pick(communities), requestId: null, members: [{ collaboratorId: ally, role: '' }], owner: 'Bench facilitator', nextFollowUp: null, outcomes: '', learnings };
        insertCollaboration(db, { id: uuidv7(), fields, state: 'concluded', history: [{ state: 'proposed', at: '2025-01-01T00:00:00.000Z' }] }, stamp());
      }
    })(),
  );
  console.log(`vault generation (not part of any figure):   ${ms(insertMs)}`);

  const similar = createSimilarService({ openVault: () => core.vault.openVault() });
  similar.forCommunity(communities[0]!, 20);
  line('one community, top 20', Array.from({ length: RUNS }, () => time(() => similar.forCommunity(pick(communities), 20))));
  line('one struggle, top 20', Array.from({ length: RUNS }, () => time(() => similar.forStruggle(pick(struggles), 20))));
  core.dispose();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
