// The ranked table of one grant call over 2,000 applications with 5 submitted reviews each (goal p95 ≤ 50 ms), as the
// secretariat sees it and as a reviewer recused from some applications sees it; and the call's CSV text.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { Criterion } from '../../common/grants/call.schema.js';
import type { SyncStamp } from '../../db/collaborators.repo.js';
import { insertCommunity } from '../../db/communities.repo.js';
import { insertApplication } from '../../db/grant-applications.repo.js';
import { insertCall } from '../../db/grant-calls.repo.js';
import { insertReview } from '../../db/grant-reviews.repo.js';
import { insertTeamMember, updateIdentityProfile } from '../../db/team.repo.js';
import { createCore } from '../../main/core/create-core.js';
import { FLOOR_KDF_PARAMS } from '../../main/core/crypto/kdf.js';
import { applicationsCsv } from '../../main/core/grants/calls-csv.js';
import { createManualPlatform } from '../../main/core/platform.node.js';
import { createSeededRandom } from '../../main/core/roster/sample-data.js';
import { createHybridClock } from '../../main/core/sync/hlc.js';
import { line, ms, time } from './timing.js';

const APPLICATIONS = Number(process.env['CRE_BENCH_GRANTS_SIZE'] ?? 2000);
const REVIEWERS = 5;
const RUNS = 30;
const NOW = Date.UTC(2026, 4, 15);
const random = createSeededRandom(2026);

const levels = ['None', 'Very little', 'Some', 'Fair', 'Good', 'Excellent'];
const rubric: Criterion[] = [
  { id: 'community-led', name: 'Led by the community', weight: 2, levels },
  { id: 'feasibility', name: 'Feasibility', weight: 1, levels },
  { id: 'budget', name: 'Budget', weight: 1, levels },
  { id: 'urgency', name: 'Urgency', weight: 1, levels },
];
const paragraph = 'Nuestra comunidad pide apoyo para documentar los impactos del proyecto y acompañar a las familias afectadas. ';

const dir = mkdtempSync(join(tmpdir(), 'cre-grants-bench-'));
try {
  const core = await createCore({ vaultDir: join(dir, 'vault'), platform: createManualPlatform(NOW), kdf: { mode: 'fixed', params: FLOOR_KDF_PARAMS } });
  core.vault.create('benchmark passphrase of reasonable length');
  const { db, vaultId } = core.vault.openVault();
  const clock = createHybridClock(vaultId, () => NOW);
  const stamp = (): SyncStamp => ({ at: new Date(NOW).toISOString(), hlc: clock.next(), changedBy: vaultId });
  const at = new Date(NOW).toISOString();
  updateIdentityProfile(db, { displayName: 'Secretariat', role: 'coordinator', region: 'global' }, at);

  const members = Array.from({ length: REVIEWERS }, (_, i) => ({ vaultId: i === 0 ? vaultId : uuidv7(), name: `Reviewer ${i + 1}` }));
  const callId = uuidv7();
  const built = time(() =>
    db.transaction(() => {
      for (const member of members.slice(1)) {
        insertTeamMember(db, { id: uuidv7(), vaultId: member.vaultId, displayName: member.name, role: 'working_group', region: 'latin_america', signingKey: randomBytes(32), encryptionKey: randomBytes(32) }, at);
      }
      const communities = Array.from({ length: Math.ceil(APPLICATIONS / 10) }, (_, i) => {
        const id = uuidv7();
        insertCommunity(
          db,
          {
            id,
            fields: { name: `Comunidad ${i + 1}`, country: 'PE', area: 'Cusco', coordinates: null, languages: ['es'], sharing: 'regional', notes: '' },
            contacts: [],
            region: 'latin_america',
          },
          stamp(),
        );
        return id;
      });
      insertCall(
        db,
        {
          id: callId,
          fields: {
            kind: 'open', targets: [], regions: ['latin_america'], strategyAreas: [], texts: [{ language: 'en', title: 'Benchmark call', text: '' }],
            eligibility: [], opensAt: '2026-03-01T09:00', closesAt: '2026-04-30T17:00', timeZone: 'America/Lima', currency: 'USD',
            ceiling: 5000, envelope: 1_000_000, requiredDocuments: [], rubric, workingGroup: members, quorum: 3, blind: false,
          },
          state: 'in_review',
          history: [{ state: 'in_review', at }],
        },
        stamp(),
      );
      for (let i = 0; i < APPLICATIONS; i += 1) {
        const id = uuidv7();
        const amount = 500 + Math.floor(random() * 45) * 100;
        insertApplication(
          db,
          {
            id,
            fields: {
              callId, communityId: communities[i % communities.length]!, struggleId: null, requestId: null, collaborationId: null,
              title: `Application ${i + 1}`, enteredBy: 'Facilitator', receivedAt: '2026-04-01T12:00:00.000Z', channel: 'phone',
              originalLanguage: 'es', originalText: paragraph.repeat(12), translationLanguage: 'en', translation: paragraph.repeat(12),
              budget: [{ description: 'Travel', amount, currency: 'USD', rate: 1 }], eligibility: [], documents: [], lateReason: '',
              contacts: [], recipient: 'community', intermediaryName: '', letterLanguage: 'es',
            },
            state: 'in_review', history: [{ state: 'in_review', at, note: '' }], amountRequested: amount, approvedAmount: null,
            decisionRationale: '', meetingId: null, documentsResourceId: null,
          },
          stamp(),
        );
        members.forEach((member, r) => {
          // This vault's reviewer is recused from one application in twenty.
          const conflict = r === 0 && i % 20 === 0;
          insertReview(
            db,
            {
              id: uuidv7(), applicationId: id, kind: 'working_group', reviewerVaultId: member.vaultId, reviewerName: member.name,
              declaration: conflict ? 'conflict' : 'none', conflictReason: conflict ? 'Related' : '', declaredAt: at,
              scores: conflict ? [] : rubric.map((c) => ({ criterionId: c.id, score: Math.floor(random() * 6), comment: 'Clear plan, modest budget.' })),
              advice: '', submittedAt: conflict ? null : at,
            },
            stamp(),
          );
        });
      }
    })(),
  );
  console.log(`vault of ${APPLICATIONS} applications × ${REVIEWERS} reviews written in ${ms(built)}`);

  const calls = core.grants.grantCalls;
  if (calls.ranked(callId).length !== APPLICATIONS) throw new Error('The ranked table lost rows.');
  /** Times the table right after a write (so nothing kept can answer), then again with nothing changed. */
  const measure = (label: string, role: 'coordinator' | 'working_group') => {
    const cold = Array.from({ length: RUNS }, () => {
      updateIdentityProfile(db, { displayName: 'Secretariat', role, region: 'global' }, at);
      return time(() => calls.ranked(callId));
    });
    line(`${label}, after a change`, cold);
    line(`${label}, unchanged since`, Array.from({ length: RUNS }, () => time(() => calls.ranked(callId))));
  };
  console.log(`goal: the ranked table of ${APPLICATIONS} applications p95 ≤ 50 ms`);
  measure('ranked, secretariat', 'coordinator');
  measure('ranked, reviewer (5% recused)', 'working_group');
  line('call CSV text, table unchanged', Array.from({ length: 10 }, () => time(() => applicationsCsv(db, callId, 'en'))));
  core.dispose();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
