// Review packets: a secretariat vault with 200 applications and 20 MB of their documents composes and saves one packet
// holding all of them (goal ≤ 2 s), a committee member's vault opens it (goal ≤ 2 s), and the secretariat imports the
// member's return scoring all 200 (goal ≤ 200 ms). Printed, never asserted; the vaults are built through the app's own
// router, as its screens call it (not part of any figure).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { creContract } from '../../common/contract/index.js';
import { createCore, type Core } from '../../main/core/create-core.js';
import { FLOOR_KDF_PARAMS } from '../../main/core/crypto/kdf.js';
import { createRouter } from '../../main/core/ipc/router.js';
import { createManualPlatform } from '../../main/core/platform.node.js';
import { ms } from './timing.js';

const APPLICATIONS = Number(process.env['CRE_BENCH_REVIEW_APPLICATIONS'] ?? 200);
const FILE_BYTES = Number(process.env['CRE_BENCH_REVIEW_FILE_BYTES'] ?? 100_000);
const NOW_MS = Date.parse('2026-03-05T12:00:00Z');
const PASSPHRASE = 'benchmark passphrase of reasonable length';
const LEVELS = ['Nothing', 'Very little', 'Some', 'Fair', 'Good', 'Excellent'];
const RUBRIC = ['voice', 'feasibility', 'budget', 'urgency', 'safety'].map((id, k) => ({ id, name: `Criterion ${id}`, weight: 1 + (k % 3), levels: LEVELS }));
const MB = 1000 * 1000;

async function vault(dir: string, name: string, reviewer: boolean) {
  const core = await createCore({ vaultDir: join(dir, name), platform: createManualPlatform(NOW_MS), kdf: { mode: 'fixed', params: FLOOR_KDF_PARAMS } });
  core.vault.create(PASSPHRASE, { reviewer });
  const router = createRouter({ contract: creContract, handlers: core.handlers, isTrustedSender: () => true });
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const answer = await router.handle(channel, input, { url: 'app://cre/' });
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.code}: ${answer.error.message}`);
    return answer.value as T;
  };
  return { core, call };
}

async function introduce(a: Core, b: Core): Promise<string> {
  const { member } = a.team.importCardText((await b.team.myCard()).text);
  a.team.setVerified(member.id, true);
  return member.id;
}

/** CPU milliseconds (user + system, this process) of each timed step by label: on a busy machine, the work without the wait. */
const cpu = new Map<string, number>();

/** Wall-clock milliseconds of one awaited call, its CPU time kept under `label`. */
async function timed<T>(label: string, work: () => Promise<T> | T): Promise<[number, T]> {
  const startCpu = process.cpuUsage();
  const start = performance.now();
  const value = await work();
  const elapsed = performance.now() - start;
  const used = process.cpuUsage(startCpu);
  cpu.set(label, (used.user + used.system) / 1000);
  return [elapsed, value];
}

const line = (key: string, label: string, wall: number) => console.log(`${label.padEnd(58)} ${ms(wall).padStart(10)}   CPU ${ms(cpu.get(key) ?? NaN).padStart(10)}`);

const dir = mkdtempSync(join(tmpdir(), 'cre-review-bench-'));
try {
  const secretariat = await vault(dir, 'secretariat', false);
  const member = await vault(dir, 'member', true);
  await secretariat.call('cre:team.updateMe', { displayName: 'Ana Coordinator', role: 'coordinator', region: 'global' });
  await member.call('cre:team.updateMe', { displayName: 'Rosa Committee', role: 'advisory_committee', region: 'global' });
  const memberId = await introduce(secretariat.core, member.core);
  await introduce(member.core, secretariat.core);

  const setupStart = performance.now();
  const { id: communityId } = await secretariat.call<{ id: string }>('cre:communities.create', {
    community: { name: 'Bench river community', country: 'br', area: 'Pará', coordinates: null, languages: ['pt'], contacts: [], sharing: 'network', notes: '' },
  });
  const { id: callId } = await secretariat.call<{ id: string }>('cre:grantCalls.create', {
    call: {
      kind: 'open', targets: [], regions: ['latin_america'], strategyAreas: ['financial_research'],
      texts: [{ language: 'en', title: 'Bench call', text: 'Small grants for the benchmark.' }],
      eligibility: [{ id: 'community-led', text: 'The community leads the project' }],
      opensAt: '2026-03-01T09:00', closesAt: '2026-04-30T17:00', timeZone: 'America/Bogota', currency: 'USD', ceiling: 5000, envelope: 2_000_000,
      requiredDocuments: ['Budget'], rubric: RUBRIC, workingGroup: [], quorum: 1, blind: false,
    },
  });
  await secretariat.call('cre:grantCalls.move', { id: callId, to: 'open' });
  const applicationIds: string[] = [];
  const fileIds: string[] = [];
  for (let k = 0; k < APPLICATIONS; k += 1) {
    const application = {
      callId, communityId, title: `Bench application ${k + 1}`, enteredBy: 'Bench facilitator', receivedAt: '2026-03-10T15:00:00Z', channel: 'phone',
      originalLanguage: 'pt', originalText: `Queremos saber quem financia a barragem. ${'Texto da proposta. '.repeat(100)}`, translationLanguage: 'en',
      translation: `We want to know who finances the dam. ${'Application text. '.repeat(100)}`,
      budget: [{ description: 'Research and travel', amount: 3000, currency: 'USD', rate: 1 }], eligibility: [{ itemId: 'community-led', met: true }],
      contacts: [{ type: 'phone', value: '+55 91 5555 0100', note: '' }], letterLanguage: 'pt',
    };
    const { id } = await secretariat.call<{ id: string }>('cre:grantApplications.create', { application });
    const { documentsResourceId } = await secretariat.call<{ documentsResourceId: string }>('cre:grantApplications.get', { id });
    const bytes = new Uint8Array(FILE_BYTES).map((_, i) => (i * 31 + k) % 251);
    const file = secretariat.core.resources.attachBytes(documentsResourceId, `budget-${k + 1}.pdf`, bytes);
    await secretariat.call('cre:grantApplications.update', { id, application: { ...application, documents: [{ attachmentId: file.id, requirement: 'Budget' }] } });
    applicationIds.push(id);
    fileIds.push(file.id);
  }
  console.log(
    `Review packet benchmark: ${APPLICATIONS} applications, ${APPLICATIONS} documents of ${FILE_BYTES.toLocaleString('en')} bytes ` +
      `(${((APPLICATIONS * FILE_BYTES) / MB).toFixed(1)} MB); vaults built through the router in ${ms(performance.now() - setupStart)} (not part of any figure)`,
  );

  const packetFile = join(dir, 'packet.crebundle');
  const packet = {
    title: 'Bench packet', message: 'Please review all of them.', recipientIds: [memberId], applicationIds, fileIds, period: null, includeReport: false,
    questions: [{ id: 'q1', text: 'What should the next call fund?', kind: 'text' as const, lowLabel: '', highLabel: '' }],
    blind: false, respondBy: null, expiresInDays: 60,
  };
  const [composeMs, composed] = await timed('compose', () => secretariat.core.reviewPackets.compose(packet));
  const packetId = composed.ids[0] ?? '';
  const [saveMs] = await timed('save', () => secretariat.core.reviewPackets.saveTo(packetId, packetFile, randomUUID()));
  const packetBytes = statSync(packetFile).size;
  const [openMs, opened] = await timed('open', () => member.core.reviewInbox.importPacketFrom(packetFile, randomUUID()));
  if (opened.applications !== APPLICATIONS || opened.files !== APPLICATIONS) throw new Error(`The packet opened with ${opened.applications} applications and ${opened.files} files.`);

  const criteria = RUBRIC.map((criterion, k) => ({ criterionId: criterion.id, score: (k % 5) + 1, comment: 'Clear and feasible.' }));
  for (const applicationId of applicationIds) {
    member.core.reviewInbox.declare({ packetId, applicationId, declaration: 'none', reason: '' });
    member.core.reviewInbox.score({ packetId, applicationId, scores: criteria });
  }
  member.core.reviewInbox.answer({ packetId, answers: [{ questionId: 'q1', text: 'Legal defence.', rating: null }], advice: 'Fund the first fifty.' });
  const returnFile = join(dir, 'return.crebundle');
  const [returnMs] = await timed('return', () => member.core.reviewInbox.returnTo(packetId, returnFile, randomUUID()));
  const [importMs, imported] = await timed('import', () => secretariat.core.reviewPackets.importReturnFrom(returnFile, randomUUID()));
  if (imported.scores !== APPLICATIONS) throw new Error(`The return brought ${imported.scores} scores.`);

  console.log(`packet file: ${(packetBytes / MB).toFixed(1)} MB; return file: ${(statSync(returnFile).size / 1000).toFixed(1)} kB`);
  console.log(`${'step'.padEnd(58)} ${'wall'.padStart(10)}`);
  line('compose', 'compose (one packet recorded)', composeMs);
  line('save', 'save (sealed, signed, written, fsynced)', saveMs);
  line('open', "open in the member's vault (read, verify, keep)", openMs);
  line('return', `write the member's return (${APPLICATIONS} declarations and scores)`, returnMs);
  line('import', 'import the return at the secretariat', importMs);
  const verdict = (value: number, goal: number) => (value <= goal ? 'within' : 'OVER');
  console.log(
    `targets: compose + save ${ms(composeMs + saveMs)} ≤ 2000 ms (${verdict(composeMs + saveMs, 2000)}); open ${ms(openMs)} ≤ 2000 ms (${verdict(openMs, 2000)}); ` +
      `import return ${ms(importMs)} ≤ 200 ms (${verdict(importMs, 200)})`,
  );
  secretariat.core.dispose();
  member.core.dispose();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
