// A secretariat vault ready to compose review packets, behind the real router: a verified Advisory Committee member
// (a reviewer-mode vault), an unverified one and a facilitator; a call with applications of a community that consents
// to the network and of one that does not; documents, collaborations and consultation rounds in the first half of 2026;
// an earlier declared conflict; and sentinel strings in everything that must never travel in a packet.
import { v7 as uuidv7 } from 'uuid';
import type { ApplicationInput } from '../../common/grants/application.schema.js';
import type { ConsultationInput } from '../../common/consultations/consultation.schema.js';
import type { PacketComposeInput } from '../../common/review/review.schema.js';
import { listAuditEvents } from '../../db/audit.repo.js';
import { insertReview } from '../../db/grant-reviews.repo.js';
import { readIdentity } from '../../db/team.repo.js';
import { loadSodium } from '../../main/core/crypto/sodium.js';
import { readReviewBundle } from '../../main/core/review/review-bundle.js';
import { transactionWriter } from '../../main/core/records/write.js';
import { createVaultClock } from '../../main/core/sync/vault-clock.js';
import { RIO_VERDE } from './community-fixtures.js';
import { callInput } from './grant-fixtures.js';
import { reviewerVault } from './packet-files.js';
import { ANA } from './roster-fixtures.js';
import { introduce, teamVault, type TeamVault } from './team-vaults.js';

/** Strings that must never appear in any packet's plaintext, by what they stand for. */
export const SENTINELS = {
  applicantContact: 'SENTINEL-APPLICANT-CONTACT-4417',
  communityContact: 'SENTINEL-COMMUNITY-CONTACT-5520',
  communityNotes: 'SENTINEL-COMMUNITY-NOTES-6631',
  collaboratorContact: 'SENTINEL-COLLABORATOR-CONTACT-7742',
  riskNotes: 'SENTINEL-RISK-NOTES-8853',
  lateReason: 'SENTINEL-LATE-REASON-9964',
  enteredBy: 'SENTINEL-ENTERED-BY-1075',
  sensitiveQuote: 'SENTINEL-SENSITIVE-QUOTE-2186',
  consultationNotes: 'SENTINEL-CONSULTATION-NOTES-3297',
  unconsentedCommunity: 'SENTINEL-UNCONSENTED-COMMUNITY-4308',
  unconsentedApplication: 'SENTINEL-UNCONSENTED-APPLICATION-5419',
  unconsentedOutcome: 'SENTINEL-UNCONSENTED-OUTCOME-6520',
  unconsentedCollaborator: 'SENTINEL-UNCONSENTED-COLLABORATOR-7631',
  unconsentedConsultation: 'SENTINEL-UNCONSENTED-CONSULTATION-8742',
  notAddedFile: 'SENTINEL-NOT-ADDED-FILE-9853',
  conflictedApplication: 'SENTINEL-CONFLICTED-APPLICATION-0964',
  collaborationOwner: 'SENTINEL-COLLABORATION-OWNER-1176',
} as const;

export const CONSENTING = { ...RIO_VERDE, sharing: 'network' as const, notes: SENTINELS.communityNotes, contacts: [{ type: 'signal' as const, value: SENTINELS.communityContact, note: '' }] };
export const BUDGET_BYTES = new TextEncoder().encode('%PDF-1.4 budget lines for the river monitoring');
export const PERIOD = { from: '2026-01-01', to: '2026-06-30' };

export async function reviewTestVaults() {
  const secretariat = await teamVault({ displayName: 'Ana Coordinator', role: 'coordinator', region: 'global' });
  const { call, core, platform } = secretariat;
  platform.setNow(Date.parse('2026-03-05T12:00:00Z'));
  const member = await reviewerVault({ displayName: 'Rosa Committee' });
  const unverified = await reviewerVault({ displayName: 'Uriel Unverified' });
  const facilitator = await teamVault({ displayName: 'Fabio Facilitator', role: 'facilitator', region: 'latin_america' });
  const memberId = await introduce(secretariat, member);
  await introduce(member, secretariat);
  const unverifiedId = await introduce(secretariat, unverified, false);
  const facilitatorId = await introduce(secretariat, facilitator);

  const { id: communityId } = await call<{ id: string }>('cre:communities.create', { community: CONSENTING });
  const { id: hiddenCommunityId } = await call<{ id: string }>('cre:communities.create', {
    community: { ...RIO_VERDE, name: SENTINELS.unconsentedCommunity, sharing: 'regional', contacts: [] },
  });
  const { id: callId } = await call<{ id: string }>('cre:grantCalls.create', { call: callInput([]) });
  await call('cre:grantCalls.move', { id: callId, to: 'open' });

  const application = (extra: Partial<ApplicationInput>): ApplicationInput => ({
    callId,
    communityId,
    title: 'Following the dam’s money',
    enteredBy: SENTINELS.enteredBy,
    receivedAt: '2026-03-10T15:00:00Z',
    channel: 'phone',
    originalLanguage: 'pt',
    originalText: 'Queremos saber quem financia a barragem.',
    translationLanguage: 'en',
    translation: 'We want to know who finances the dam.',
    budget: [{ description: 'Research and travel', amount: 3000, currency: 'USD', rate: 1 }],
    eligibility: [{ itemId: 'community-led', met: true }],
    contacts: [{ type: 'phone', value: SENTINELS.applicantContact, note: '' }],
    letterLanguage: 'pt',
    ...extra,
  });
  const { id: applicationId } = await call<{ id: string }>('cre:grantApplications.create', { application: application({}) });
  const { id: conflictedId } = await call<{ id: string }>('cre:grantApplications.create', { application: application({ title: SENTINELS.conflictedApplication }) });
  const { id: unconsentedId } = await call<{ id: string }>('cre:grantApplications.create', {
    application: application({ title: SENTINELS.unconsentedApplication, communityId: hiddenCommunityId }),
  });
  const { id: lateId } = await call<{ id: string }>('cre:grantApplications.create', {
    application: application({ title: 'A late radio programme', receivedAt: '2026-05-02T15:00:00Z', lateReason: SENTINELS.lateReason }),
  });

  // The first application's documents: a budget that is added to packets, and a letter that never is.
  const folderId = (await call<{ documentsResourceId: string }>('cre:grantApplications.get', { id: applicationId })).documentsResourceId;
  const budget = core.resources.attachBytes(folderId, 'budget.pdf', BUDGET_BYTES);
  const letter = core.resources.attachBytes(folderId, `${SENTINELS.notAddedFile}.pdf`, new TextEncoder().encode(`%PDF-1.4 ${SENTINELS.notAddedFile}`));
  await call('cre:grantApplications.update', {
    id: applicationId,
    application: application({ documents: [{ attachmentId: budget.id, requirement: 'Budget' }, { attachmentId: letter.id, requirement: '' }] }),
  });

  const { id: collaboratorId } = await call<{ id: string }>('cre:roster.create', {
    collaborator: { ...ANA, name: 'Rede Network Research', sharing: 'network', riskNotes: SENTINELS.riskNotes, contacts: [{ type: 'signal', value: SENTINELS.collaboratorContact }] },
  });
  const { id: hiddenCollaboratorId } = await call<{ id: string }>('cre:roster.create', {
    collaborator: { ...ANA, name: SENTINELS.unconsentedCollaborator, sharing: 'regional', contacts: [] },
  });
  const collaboration = (community: string, outcomes: string) =>
    call<{ id: string }>('cre:collaborations.create', {
      collaboration: {
        communityId: community,
        members: [{ collaboratorId, role: 'financial research' }],
        owner: SENTINELS.collaborationOwner,
        outcomes,
        learnings: [{ whatWorked: 'Reading the bank’s disclosures together', whatDidNot: '', strategyArea: 'financial_research', text: '' }],
      },
    });
  const { id: collaborationId } = await collaboration(communityId, 'The community found the dam’s financiers.');
  platform.advance(86_400_000);
  await call('cre:collaborations.move', { id: collaborationId, to: 'introduced' });
  const { id: hiddenCollaborationId } = await collaboration(hiddenCommunityId, SENTINELS.unconsentedOutcome);

  const round = (extra: Partial<ConsultationInput>): ConsultationInput => ({
    topic: 'Listening to the river communities',
    startsOn: '2026-02-10',
    endsOn: '2026-02-12',
    channel: 'visit',
    region: 'latin_america',
    sharing: 'network',
    communityIds: [communityId, hiddenCommunityId],
    collaboratorIds: [collaboratorId, hiddenCollaboratorId],
    otherParticipants: 'Local radio team; Fishing cooperative',
    feedback: [
      { id: 'water', theme: 'water', text: 'The river is lower every dry season.', quote: SENTINELS.sensitiveQuote, quoteSensitive: true },
      { id: 'money', theme: 'finance', text: 'Nobody knew who lends to the dam.', quote: 'We want to see the contracts.', quoteSensitive: false },
    ],
    actions: [{ id: 'report', text: 'Send the findings back to the communities', owner: 'Ana Coordinator', dueOn: '2026-04-01', doneOn: null }],
    notes: SENTINELS.consultationNotes,
    ...extra,
  });
  const { id: consultationId } = await call<{ id: string }>('cre:consultations.create', { consultation: round({}) });
  await call('cre:consultations.create', { consultation: round({ topic: SENTINELS.unconsentedConsultation, sharing: 'regional' }) });
  await call('cre:consultations.create', { consultation: round({ topic: 'A round of last year', startsOn: '2025-05-01', endsOn: null }) });

  // The member declared a conflict on an application in an earlier packet: its return left this advisory review.
  const openVault = core.vault.openVault;
  const write = transactionWriter({ openVault, clock: createVaultClock(platform.now) });
  write((db, stamp) =>
    insertReview(
      db,
      {
        id: uuidv7(),
        applicationId: conflictedId,
        kind: 'advisory',
        reviewerVaultId: member.vaultId,
        reviewerName: member.name,
        declaration: 'conflict',
        conflictReason: 'My brother leads the community.',
        declaredAt: stamp.at,
        scores: [],
        advice: '',
        submittedAt: null,
      },
      stamp,
    ),
  );

  /** A composition for the member as the form sends it (everything selected unless told). */
  const composition = (extra: Partial<PacketComposeInput> = {}): PacketComposeInput => ({
    title: 'Rivers and finance: your advice',
    message: 'Please read the applications and the report.',
    recipientIds: [memberId],
    applicationIds: [applicationId, conflictedId, unconsentedId, lateId],
    fileIds: [budget.id],
    period: PERIOD,
    includeReport: true,
    questions: [
      { id: 'focus', text: 'Should the next call focus on water?', kind: 'text', lowLabel: '', highLabel: '' },
      { id: 'fit', text: 'How well do the applications fit the strategy?', kind: 'rating', lowLabel: 'Poorly', highLabel: 'Very well' },
    ],
    ...extra,
  });

  /** Another application of the consenting community, for a test of its own. */
  const addApplication = async (title: string) => (await call<{ id: string }>('cre:grantApplications.create', { application: application({ title }) })).id;

  const auditOf = (kind: string) =>
    listAuditEvents(openVault().db, 1000)
      .filter((event) => event.kind === kind)
      .map((event) => event.detail as Record<string, unknown>);

  return {
    secretariat,
    member,
    unverified,
    facilitator,
    memberId,
    unverifiedId,
    facilitatorId,
    communityId,
    hiddenCommunityId,
    callId,
    applicationId,
    conflictedId,
    unconsentedId,
    lateId,
    budgetId: budget.id,
    letterId: letter.id,
    collaboratorId,
    collaborationId,
    hiddenCollaborationId,
    consultationId,
    composition,
    addApplication,
    auditOf,
  };
}

export type ReviewTestVaults = Awaited<ReturnType<typeof reviewTestVaults>>;

/** The packet at `path` read as its member reads it (the signature verified): its manifest, rows by table and files. */
export async function readPacketAs(member: TeamVault, path: string) {
  const sodium = await loadSodium();
  const identity = readIdentity(member.core.vault.openVault().db);
  return readReviewBundle(sodium, 'review_packet', {
    path,
    me: { encryptionPublicKey: identity.encryptionPublicKey, encryptionSecretKey: identity.encryptionSecretKey, signingPublicKey: identity.signingPublicKey },
    admit: () => undefined,
  });
}
