// A grants test vault behind the real router: its reviewer (Ana Coordinator, the secretariat), three team members of
// the directory (Bruno, Carla and Dina), a Latin American community, the calls and reviews services over the vault, and
// applications written straight through their repository in any state; plus a call as the form sends it.
import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { ApplicationState } from '../../common/grants/application.schema.js';
import { callInputSchema, type CallInput, type GroupMember } from '../../common/grants/call.schema.js';
import { listAuditEvents } from '../../db/audit.repo.js';
import { insertApplication } from '../../db/grant-applications.repo.js';
import { insertTeamMember } from '../../db/team.repo.js';
import { createGrantCallsService } from '../../main/core/grants/calls.service.js';
import { createGrantReviewsService } from '../../main/core/grants/reviews.service.js';
import { transactionWriter } from '../../main/core/records/write.js';
import { createVaultClock } from '../../main/core/sync/vault-clock.js';
import { RIO_VERDE } from './community-fixtures.js';
import { routedTestVault } from './core-router.js';

const LEVELS = ['Nothing', 'Very little', 'Some', 'Fair', 'Good', 'Excellent'];

/**
 * An open call for Latin America by `workingGroup`: opens 1 March 2026 at 09:00 and closes 30 April at 17:00 in
 * Bogotá's time, US$5,000 ceiling in a US$40,000 envelope, three criteria weighted 2, 1 and 1, quorum 2 (1 for a group of one).
 */
export function callInput(workingGroup: GroupMember[], overrides: Partial<CallInput> = {}): CallInput {
  return {
    kind: 'open',
    targets: [],
    regions: ['latin_america'],
    strategyAreas: ['financial_research'],
    texts: [
      { language: 'en', title: 'Rivers and finance 2026', text: 'Small grants for communities following the money behind a dam.' },
      { language: 'es', title: 'Ríos y finanzas 2026', text: 'Pequeñas donaciones para comunidades que siguen el dinero detrás de una represa.' },
    ],
    eligibility: [{ id: 'community-led', text: 'The community itself leads the project' }],
    opensAt: '2026-03-01T09:00',
    closesAt: '2026-04-30T17:00',
    timeZone: 'America/Bogota',
    currency: 'USD',
    ceiling: 5000,
    envelope: 40_000,
    requiredDocuments: ['Budget'],
    rubric: [
      { id: 'community-led', name: 'Led by the community', weight: 2, levels: LEVELS },
      { id: 'feasibility', name: 'Feasibility', weight: 1, levels: LEVELS },
      { id: 'budget', name: 'Budget', weight: 1, levels: LEVELS },
    ],
    workingGroup,
    quorum: Math.min(2, Math.max(1, workingGroup.length)),
    blind: false,
    ...overrides,
  };
}

export async function grantsTestVault() {
  const routed = await routedTestVault();
  const { core, platform } = routed;
  await routed.call('cre:team.updateMe', { displayName: 'Ana Coordinator', role: 'coordinator', region: 'global' });
  const openVault = core.vault.openVault;
  const clock = createVaultClock(platform.now);
  const write = transactionWriter({ openVault, clock });
  const deps = { openVault, clock, platform, language: () => 'en' as const };
  const service = createGrantCallsService(deps);
  /** The calls service as the router calls it: the form's input, parsed (defaults applied) on the way in. */
  const calls = {
    ...service,
    create: (input: CallInput) => service.create(callInputSchema.parse(input)),
    update: (id: string, input: CallInput) => service.update(id, callInputSchema.parse(input)),
  };
  const reviews = createGrantReviewsService(deps);

  const me: GroupMember = { vaultId: (await routed.call<{ vaultId: string }>('cre:team.me', {})).vaultId, name: 'Ana Coordinator' };
  const members: GroupMember[] = [
    { vaultId: uuidv7(), name: 'Bruno Reviewer' },
    { vaultId: uuidv7(), name: 'Carla Reviewer' },
    { vaultId: uuidv7(), name: 'Dina Reviewer' },
  ];
  write((db, stamp) => {
    for (const member of members) {
      insertTeamMember(
        db,
        { id: uuidv7(), vaultId: member.vaultId, displayName: member.name, role: 'facilitator', region: 'latin_america', signingKey: randomBytes(32), encryptionKey: randomBytes(32) },
        stamp.at,
      );
    }
  });
  const communityId = core.communities.create(RIO_VERDE).id;

  /** An application of the community for `amount` USD, in `state` (in review unless told), written as its repository stores it. */
  function addApplication(callId: string, options: { title?: string | undefined; amount?: number; state?: ApplicationState; communityId?: string } = {}): string {
    const id = uuidv7();
    const amount = options.amount ?? 3000;
    const state = options.state ?? 'in_review';
    write((db, stamp) =>
      insertApplication(
        db,
        {
          id,
          fields: {
            callId,
            communityId: options.communityId ?? communityId,
            struggleId: null,
            requestId: null,
            collaborationId: null,
            title: options.title ?? 'Following the dam’s money',
            enteredBy: 'Ana Coordinator',
            receivedAt: '2026-03-10T15:00:00.000Z',
            channel: 'phone',
            originalLanguage: 'pt',
            originalText: 'Queremos saber quem financia a barragem.',
            translationLanguage: 'en',
            translation: 'We want to know who finances the dam.',
            budget: [{ description: 'Research and travel', amount, currency: 'USD', rate: 1 }],
            eligibility: [{ itemId: 'community-led', met: true }],
            documents: [],
            lateReason: '',
            contacts: [{ type: 'phone', value: '+55 91 5555 0100', note: 'community radio' }],
            recipient: 'community',
            intermediaryName: '',
            letterLanguage: 'pt',
          },
          state,
          history: [{ state, at: stamp.at, note: '' }],
          amountRequested: amount,
          approvedAmount: null,
          decisionRationale: '',
          meetingId: null,
          documentsResourceId: null,
        },
        stamp,
      ),
    );
    return id;
  }

  /** The details of the audit entries of `kind`, oldest first. */
  const auditOf = (kind: string) =>
    listAuditEvents(openVault().db, 1000)
      .filter((event) => event.kind === kind)
      .map((event) => event.detail as Record<string, unknown>)
      .reverse();

  return { ...routed, openVault, clock, write, calls, reviews, me, members, communityId, addApplication, auditOf };
}

export type GrantsTestVault = Awaited<ReturnType<typeof grantsTestVault>>;
