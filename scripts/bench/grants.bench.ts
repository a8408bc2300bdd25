// Grants over a vault of 2,000 applications with five reviewers each (submitted scores), over four calls: the ranked
// table of the largest call (goal p95 ≤ 50 ms), the grants dashboard figures (goal p95 ≤ 100 ms), and one award
// letter PDF (goal ≤ 1 s). Printed, never asserted; the CPU time beside the wall-clock time shows what a busy machine
// adds. The vault is written through the repositories in one transaction.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { ApplicationState, ApplicationStateChange } from '../../common/grants/application.schema.js';
import type { CallFields, Criterion } from '../../common/grants/call.schema.js';
import { regionOfCountry } from '../../common/roster/country-regions.js';
import type { SyncStamp } from '../../db/collaborators.repo.js';
import { insertCommunity } from '../../db/communities.repo.js';
import { insertApplication } from '../../db/grant-applications.repo.js';
import { insertAward, insertPayment, insertReport } from '../../db/grant-awards.repo.js';
import { insertCall } from '../../db/grant-calls.repo.js';
import { insertReview } from '../../db/grant-reviews.repo.js';
import { readIdentity } from '../../db/team.repo.js';
import { createCore } from '../../main/core/create-core.js';
import { FLOOR_KDF_PARAMS } from '../../main/core/crypto/kdf.js';
import { awardLetterBytes } from '../../main/core/grants/award-letter.js';
import { createManualPlatform } from '../../main/core/platform.node.js';
import { createSeededRandom } from '../../main/core/roster/sample-data.js';
import { createHybridClock } from '../../main/core/sync/hlc.js';
import { line, ms, percentile, time } from './timing.js';

const APPLICATIONS = Number(process.env['CRE_BENCH_GRANT_APPLICATIONS'] ?? 2000);
const REVIEWERS = 5;
/** Shares of the applications per call: the largest call is the one ranked. */
const CALL_SHARES = [0.4, 0.3, 0.2, 0.1];
const COMMUNITIES = 300;
const COUNTRIES = ['BR', 'PE', 'CO', 'HN', 'KE', 'UG', 'TZ', 'SN', 'NG', 'PH', 'ID', 'LA', 'KH', 'BD'];
const RUNS = 40;
const SEED = 2026;
const DAY = 86_400_000;
const NOW_MS = Date.UTC(2026, 5, 30);
const random = createSeededRandom(SEED);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const isoDay = (msValue: number) => new Date(msValue).toISOString().slice(0, 10);

/** CPU milliseconds of one call (user + system, this process): on a busy machine, what the work costs without the wait. */
function cpuTime(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const levels = Array.from({ length: 6 }, (_, level) => `Level ${level}`);
const RUBRIC: Criterion[] = ['voice', 'strategy', 'safety', 'urgency', 'budget'].map((id, k) => ({ id, name: `Criterion ${id}`, weight: 1 + (k % 3), levels }));
/** Where the decided calls' applications end up, and how often. */
const DECIDED_STATES: [ApplicationState, number][] = [['declined', 0.35], ['waitlisted', 0.1], ['approved', 0.05], ['awarded', 0.1], ['reporting', 0.28], ['closed', 0.12]];

function decidedState(): ApplicationState {
  let draw = random();
  for (const [state, share] of DECIDED_STATES) {
    if (draw < share) return state;
    draw -= share;
  }
  return 'declined';
}

/** The steps an application took to reach `state`, a few days apart from `receivedMs`. */
function historyTo(state: ApplicationState, receivedMs: number): ApplicationStateChange[] {
  const path: ApplicationState[] = ['received', 'eligible', 'in_review'];
  if (state !== 'in_review') path.push(['awarded', 'reporting', 'closed'].includes(state) ? 'approved' : state);
  if (['awarded', 'reporting', 'closed'].includes(state)) path.push('awarded');
  if (['reporting', 'closed'].includes(state)) path.push('reporting');
  if (state === 'closed') path.push('closed');
  return path.map((step, k) => ({ state: step, at: new Date(receivedMs + k * 12 * DAY).toISOString(), note: '' }));
}

const dir = mkdtempSync(join(tmpdir(), 'cre-grants-bench-'));
try {
  const core = await createCore({ vaultDir: join(dir, 'vault'), platform: createManualPlatform(NOW_MS), kdf: { mode: 'fixed', params: FLOOR_KDF_PARAMS } });
  core.vault.create('benchmark passphrase of reasonable length');
  const { db, vaultId } = core.vault.openVault();
  const clock = createHybridClock(vaultId, () => NOW_MS - 400 * DAY);
  const stamp = (): SyncStamp => ({ at: new Date(NOW_MS - 200 * DAY).toISOString(), hlc: clock.next(), changedBy: vaultId });
  const me = readIdentity(db);
  const group = [{ vaultId: me.vaultId, name: me.displayName }, ...Array.from({ length: REVIEWERS - 1 }, (_, k) => ({ vaultId: `bench-reviewer-${k + 1}`, name: `Reviewer ${k + 1}` }))];
  const counts = { reviews: 0, awards: 0, payments: 0, reports: 0 };
  let largestCall = '';
  let awardedApplication = '';

  const insertMs = time(() =>
    db.transaction(() => {
      const communities = Array.from({ length: COMMUNITIES }, (_, k) => {
        const id = uuidv7();
        const country = pick(COUNTRIES);
        insertCommunity(db, { id, fields: { name: `Bench community ${k}`, country, area: '', coordinates: null, languages: [], sharing: 'regional', notes: '' }, contacts: [], region: regionOfCountry(country) }, stamp());
        return id;
      });
      let written = 0;
      CALL_SHARES.forEach((share, c) => {
        const callId = uuidv7();
        const size = c === CALL_SHARES.length - 1 ? APPLICATIONS - written : Math.round(APPLICATIONS * share);
        written += size;
        if (c === 0) largestCall = callId;
        const decided = c < CALL_SHARES.length - 1;
        const opensMs = NOW_MS - (360 - c * 80) * DAY;
        const fields: CallFields = {
          kind: 'open', targets: [], regions: ['asia', 'africa', 'latin_america'], strategyAreas: ['advocacy', 'technical_analysis'],
          texts: [{ language: 'en', title: `Bench call ${c + 1}`, text: 'Benchmark call.' }], eligibility: [{ id: 'community-led', text: 'Community-led.' }],
          opensAt: `${isoDay(opensMs)}T09:00`, closesAt: `${isoDay(opensMs + 40 * DAY)}T17:00`, timeZone: 'UTC', currency: 'USD', ceiling: 5000,
          envelope: 5_000_000, requiredDocuments: [], rubric: RUBRIC, workingGroup: group, quorum: 3, blind: false,
        };
        insertCall(db, { id: callId, fields, state: decided ? 'decided' : 'in_review', history: [{ state: 'draft', at: new Date(opensMs).toISOString() }] }, stamp());
        for (let k = 0; k < size; k += 1) {
          const id = uuidv7();
          const receivedMs = opensMs + Math.floor(random() * 40) * DAY;
          const state = decided ? decidedState() : 'in_review';
          const amount = 500 + Math.floor(random() * 450) * 10;
          const approved = ['approved', 'awarded', 'reporting', 'closed'].includes(state) ? amount : null;
          insertApplication(db, {
            id,
            fields: {
              callId, communityId: pick(communities), struggleId: null, requestId: null, collaborationId: null, title: `Bench application ${c + 1}-${k}`,
              enteredBy: 'Bench facilitator', receivedAt: new Date(receivedMs).toISOString(), channel: pick(['form', 'phone', 'paper', 'voice_note'] as const),
              originalLanguage: 'en', originalText: 'A benchmark application.', translationLanguage: null, translation: '',
              budget: [{ description: 'Activities', amount, currency: 'USD', rate: 1 }], eligibility: [{ itemId: 'community-led', met: true }], documents: [],
              lateReason: '', contacts: [], recipient: random() < 0.9 ? 'community' : 'intermediary', intermediaryName: '', letterLanguage: pick(['en', 'es', 'fr', 'pt'] as const),
            },
            state, history: historyTo(state, receivedMs), amountRequested: amount, approvedAmount: approved,
            decisionRationale: decided ? 'Benchmark decision.' : '', meetingId: null, documentsResourceId: null,
          }, stamp());
          // Five reviewers, each declared; now and then one recused; every other one submitted scores on each criterion.
          const recused = random() < 0.03 ? Math.floor(random() * REVIEWERS) : -1;
          group.forEach((member, r) => {
            const conflict = r === recused;
            insertReview(db, {
              id: uuidv7(), applicationId: id, kind: 'working_group', reviewerVaultId: member.vaultId, reviewerName: member.name,
              declaration: conflict ? 'conflict' : 'none', conflictReason: conflict ? 'Related to an applicant.' : '', declaredAt: new Date(receivedMs + 20 * DAY).toISOString(),
              scores: conflict ? [] : RUBRIC.map((criterion) => ({ criterionId: criterion.id, score: Math.floor(random() * 6), comment: '' })),
              advice: '', submittedAt: conflict ? null : new Date(receivedMs + 25 * DAY).toISOString(),
            }, stamp());
            counts.reviews += 1;
          });
          if (approved === null || state === 'approved') continue;
          // An award with two tranches and two reports; what was paid and received follows the application's state.
          const awardId = uuidv7();
          const awardedMs = receivedMs + 40 * DAY;
          const first = Math.round(approved * 60) / 100;
          const tranches = [
            { id: 'signature', amount: first, dueDate: isoDay(awardedMs + 7 * DAY), condition: 'on_signature' as const, reportNumber: null },
            { id: 'report-1', amount: Math.round((approved - first) * 100) / 100, dueDate: isoDay(awardedMs + 130 * DAY), condition: 'report_approved' as const, reportNumber: 1 },
          ];
          const reports = [{ number: 1, kind: 'narrative' as const, dueDate: isoDay(awardedMs + 120 * DAY) }, { number: 2, kind: 'financial' as const, dueDate: isoDay(awardedMs + 240 * DAY) }];
          insertAward(db, awardId, { applicationId: id, amount: approved, awardedOn: isoDay(awardedMs), tranches, reports, signedOn: isoDay(awardedMs + 3 * DAY) }, stamp());
          awardedApplication ||= id;
          counts.awards += 1;
          const paidTranches = state === 'closed' ? tranches : state === 'reporting' ? tranches.slice(0, 1) : [];
          for (const tranche of paidTranches) {
            insertPayment(db, uuidv7(), { awardId, trancheId: tranche.id, date: tranche.dueDate, amount: tranche.amount, currency: 'USD', method: 'bank_transfer', reference: '', receiptAttachmentId: null, overrideReason: '' }, stamp());
            counts.payments += 1;
          }
          for (const report of reports) {
            const done = state === 'closed' || (state === 'reporting' && report.number === 1 && random() < 0.5);
            insertReport(db, uuidv7(), { awardId, number: report.number, kind: report.kind, dueDate: report.dueDate, state: done ? 'approved' : 'due', receivedOn: done ? report.dueDate : null, text: '', attachmentId: null, reviewNote: '', reviewedOn: done ? report.dueDate : null }, stamp());
            counts.reports += 1;
          }
        }
      });
    })(),
  );
  console.log(
    `Grants benchmark: ${APPLICATIONS.toLocaleString('en')} applications over ${CALL_SHARES.length} calls (largest ${Math.round(APPLICATIONS * CALL_SHARES[0]!)}), ` +
      `${counts.reviews.toLocaleString('en')} reviews (${REVIEWERS} per application, scores submitted), ${counts.awards} awards, ${counts.payments} payments, ${counts.reports} reports (seed ${SEED})`,
  );
  console.log(`vault written through the repositories in one transaction (not the services; not part of any figure): ${ms(insertMs)}`);

  const { grantCalls, grantDashboard } = core.grants;
  console.log(`ranked table, largest call, first call:      ${ms(time(() => grantCalls.ranked(largestCall)))}`);
  const ranked = Array.from({ length: RUNS }, () => time(() => grantCalls.ranked(largestCall)));
  line('ranked table, largest call', ranked);
  line('ranked table, largest call, CPU time', Array.from({ length: RUNS }, () => cpuTime(() => grantCalls.ranked(largestCall))));
  console.log(`dashboard figures, first call:                ${ms(time(() => grantDashboard.get()))}`);
  const dashboard = Array.from({ length: RUNS }, () => time(() => grantDashboard.get()));
  line('grants dashboard figures', dashboard);
  line('grants dashboard figures, CPU time', Array.from({ length: RUNS }, () => cpuTime(() => grantDashboard.get())));

  const letters: number[] = [];
  for (let k = 0; k < 5; k += 1) {
    const start = performance.now();
    const bytes = await awardLetterBytes(db, awardedApplication);
    letters.push(performance.now() - start);
    if (bytes.length < 1000) throw new Error('The award letter came out empty.');
  }
  console.log(`award letter PDF, first (cold):               ${ms(letters[0]!)}   then median ${ms(percentile(letters.slice(1), 0.5))}`);

  const verdict = (value: number, goal: number) => (value <= goal ? 'within' : 'OVER');
  const rankedP95 = percentile(ranked, 0.95);
  const dashboardP95 = percentile(dashboard, 0.95);
  const letterMax = Math.max(...letters);
  console.log(`targets: ranked p95 ${ms(rankedP95)} ≤ 50 ms (${verdict(rankedP95, 50)}); dashboard p95 ${ms(dashboardP95)} ≤ 100 ms (${verdict(dashboardP95, 100)}); letter ${ms(letterMax)} ≤ 1000 ms (${verdict(letterMax, 1000)})`);
  core.dispose();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
