// A real test vault with the applications and meetings services over it, a Latin American community, calls and reviews
// written straight through their repositories (in any state), for the applications, meetings and minutes tests.
import { v7 as uuidv7 } from 'uuid';
export { failureOf } from './failure-of.js';
import type { ApplicationInput, ApplicationState } from '../../common/grants/application.schema.js';
import { callInputSchema, type CallInput, type CallState } from '../../common/grants/call.schema.js';
import type { Declaration } from '../../common/grants/review.schema.js';
import type { Language } from '../../common/languages.js';
import { listAuditEvents } from '../../db/audit.repo.js';
import { getApplication, updateApplicationStatus } from '../../db/grant-applications.repo.js';
import { insertCall } from '../../db/grant-calls.repo.js';
import { insertReview } from '../../db/grant-reviews.repo.js';
import { createGrantApplicationsService } from '../../main/core/grants/applications.service.js';
import { createGrantMeetingsService } from '../../main/core/grants/meetings.service.js';
import { transactionWriter } from '../../main/core/records/write.js';
import { createVaultClock } from '../../main/core/sync/vault-clock.js';
import { RIO_VERDE } from './community-fixtures.js';
import { createTestVault } from './temp-vault.js';

const LEVELS = ['Nothing', 'Very little', 'Some', 'Fair', 'Good', 'Excellent'];

export const WORKING_GROUP = [
  { vaultId: 'vault-ana', name: 'Ana Fictícia' },
  { vaultId: 'vault-bea', name: 'Bea Example' },
  { vaultId: 'vault-caio', name: 'Caio Imaginário' },
  { vaultId: 'vault-dora', name: 'Dora Placeholder' },
];

/** An open call for Latin America: closes 31 March 2026 at 17:00 in Bogotá (22:00 UTC), US$5,000 ceiling, quorum 3. */
export const WATER_CALL: CallInput = {
  kind: 'open',
  regions: ['latin_america'],
  strategyAreas: ['financial_research'],
  texts: [
    { language: 'en', title: 'Water defenders 2026', text: 'Small grants for community water monitoring.' },
    { language: 'es', title: 'Defensoras del agua 2026', text: 'Pequeñas donaciones para el monitoreo comunitario del agua.' },
  ],
  eligibility: [
    { id: 'community-led', text: 'The community itself leads the project' },
    { id: 'no-party', text: 'No political party takes part' },
  ],
  opensAt: '2026-01-01T00:00',
  closesAt: '2026-03-31T17:00',
  timeZone: 'America/Bogota',
  currency: 'USD',
  ceiling: 5000,
  envelope: 20_000,
  requiredDocuments: ['Budget', 'Letter of support'],
  rubric: [
    { id: 'impact', name: 'Impact', weight: 2, levels: LEVELS },
    { id: 'feasibility', name: 'Feasibility', weight: 1, levels: LEVELS },
  ],
  workingGroup: WORKING_GROUP,
  quorum: 3,
};

export function applicationFor(callId: string, communityId: string, extra: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    callId,
    communityId,
    title: 'Community water monitoring',
    enteredBy: 'Latin America facilitator',
    receivedAt: '2026-02-10T15:00:00Z',
    channel: 'phone',
    originalLanguage: 'pt',
    originalText: 'Queremos monitorar a água do rio depois da barragem.',
    translationLanguage: 'en',
    translation: 'We want to monitor the river water below the dam.',
    budget: [{ description: 'Water test kits', amount: 1200, currency: 'USD', rate: 1 }],
    eligibility: [
      { itemId: 'community-led', met: true },
      { itemId: 'no-party', met: true },
    ],
    contacts: [{ type: 'phone', value: '+55 91 5555 0100', note: '' }],
    letterLanguage: 'pt',
    ...extra,
  };
}

export async function grantApplicationVault(language: Language = 'en') {
  const made = await createTestVault();
  const { core, platform } = made;
  const openVault = core.vault.openVault;
  const clock = createVaultClock(platform.now);
  const write = transactionWriter({ openVault, clock });
  const deps = { openVault, clock, platform, language: () => language };
  const applications = createGrantApplicationsService(deps);
  const meetings = createGrantMeetingsService(deps);
  const communityId = core.communities.create(RIO_VERDE).id;

  function addCall(state: CallState = 'open', extra: Partial<CallInput> = {}): string {
    const id = uuidv7();
    const fields = callInputSchema.parse({ ...WATER_CALL, ...extra });
    write((db, stamp) => insertCall(db, { id, fields, state, history: [{ state, at: stamp.at }] }, stamp));
    return id;
  }

  /** Sets a call's state straight in its row (the calls service is another module's). */
  function setCallState(id: string, state: CallState): void {
    write((db) => db.prepare('UPDATE grant_calls SET state = ? WHERE id = ?').run(state, id));
  }

  /** Puts an application in any state, as a meeting or an award would (no step check). */
  function forceState(id: string, state: ApplicationState): void {
    write((db, stamp) => updateApplicationStatus(db, id, { state }, stamp));
  }

  function addReview(applicationId: string, vaultId: string, declaration: Declaration, reason = '', scores: { criterionId: string; score: number }[] = []): string {
    const id = uuidv7();
    const name = WORKING_GROUP.find((m) => m.vaultId === vaultId)?.name ?? vaultId;
    write((db, stamp) =>
      insertReview(
        db,
        {
          id,
          applicationId,
          kind: 'working_group',
          reviewerVaultId: vaultId,
          reviewerName: name,
          declaration,
          conflictReason: reason,
          declaredAt: declaration === 'pending' ? null : stamp.at,
          scores: scores.map((s) => ({ ...s, comment: '' })),
          advice: '',
          submittedAt: scores.length > 0 ? stamp.at : null,
        },
        stamp,
      ),
    );
    return id;
  }

  const stored = (id: string) => getApplication(openVault().db, id);
  const auditKinds = () => listAuditEvents(openVault().db, 500).map((event) => event.kind).reverse();
  const auditOf = (kind: string) => listAuditEvents(openVault().db, 500).filter((event) => event.kind === kind);

  return { ...made, openVault, write, applications, meetings, communityId, addCall, setCallState, forceState, addReview, stored, auditKinds, auditOf };
}

/** The error a call throws: its code, details and message. */
