// Awards on a real vault: a community, calls and applications written straight through their repositories (any state),
// applications approved as a decision meeting would, their documents folder with a receipt, and the awards service.
import { v7 as uuidv7 } from 'uuid';
import { applicationInputSchema, type ApplicationInput, type ApplicationState } from '../../common/grants/application.schema.js';
import type { AwardFields, PaymentFields } from '../../common/grants/award.schema.js';
import { callInputSchema, type CallInput, type CallState } from '../../common/grants/call.schema.js';
import { listAuditEvents } from '../../db/audit.repo.js';
import { getApplication, insertApplication, updateApplication, updateApplicationStatus, type ApplicationRecord } from '../../db/grant-applications.repo.js';
import { insertCall } from '../../db/grant-calls.repo.js';
import { createGrantAwardsService } from '../../main/core/grants/awards.service.js';
import { transactionWriter } from '../../main/core/records/write.js';
import { createVaultClock } from '../../main/core/sync/vault-clock.js';
import { RIO_VERDE } from './community-fixtures.js';
import { routedTestVault } from './core-router.js';

const LEVELS = ['Nothing', 'Very little', 'Some', 'Fair', 'Good', 'Excellent'];

/** An open call for Latin America in US dollars, with texts in English and Spanish. */
export const SEED_CALL: CallInput = {
  kind: 'open',
  regions: ['latin_america'],
  strategyAreas: ['community_organizing'],
  texts: [
    { language: 'en', title: 'Seed fund for community organizing 2026', text: 'Small grants for community-led work.' },
    { language: 'es', title: 'Fondo semilla para la organización comunitaria 2026', text: 'Pequeñas subvenciones.' },
  ],
  opensAt: '2026-03-01T09:00',
  closesAt: '2026-04-30T17:00',
  timeZone: 'America/Bogota',
  currency: 'USD',
  ceiling: 5000,
  envelope: 40000,
  rubric: [{ id: 'impact', name: 'Impact', weight: 1, levels: LEVELS }],
  workingGroup: [{ vaultId: 'vault-ana', name: 'Ana Fictícia' }],
  quorum: 1,
};

/** Two tranches (on signature, then when report 1 is approved) and two reports, for an award of `amount`. */
export function awardInput(applicationId: string, amount = 4000, extra: Partial<AwardFields> = {}): AwardFields {
  const first = Math.round(amount * 60) / 100;
  return {
    applicationId,
    amount,
    awardedOn: '2026-06-01',
    signedOn: null,
    tranches: [
      { id: 'first', amount: first, dueDate: '2026-06-15', condition: 'on_signature', reportNumber: null },
      { id: 'second', amount: Math.round((amount - first) * 100) / 100, dueDate: '2026-10-01', condition: 'report_approved', reportNumber: 1 },
    ],
    reports: [
      { number: 1, kind: 'narrative', dueDate: '2026-09-15' },
      { number: 2, kind: 'financial', dueDate: '2026-12-15' },
    ],
    ...extra,
  };
}

export async function awardsTestVault(callOverrides: Partial<CallInput> = {}) {
  const made = await routedTestVault();
  const { core, platform } = made;
  const openVault = core.vault.openVault;
  const clock = createVaultClock(platform.now);
  const write = transactionWriter({ openVault, clock });
  const awards = createGrantAwardsService({ openVault, clock, platform });
  const { id: communityId } = core.communities.create(RIO_VERDE);

  function addCall(overrides: Partial<CallInput> = {}, state: CallState = 'decided'): string {
    const id = uuidv7();
    const fields = callInputSchema.parse({ ...SEED_CALL, ...overrides });
    write((db, stamp) => insertCall(db, { id, fields, state, history: [{ state, at: stamp.at }] }, stamp));
    return id;
  }
  const callId = addCall(callOverrides);

  /** Writes an application straight to the vault in `state`, its history one entry at `decidedAt` when given. */
  function addApplication(
    call: string,
    extra: Partial<ApplicationInput> & { amount?: number; state?: ApplicationState; history?: ApplicationRecord['history'] } = {},
  ): string {
    const { amount = 4500, state = 'in_review', history, ...input } = extra;
    const id = uuidv7();
    const fields = applicationInputSchema.parse({
      callId: call,
      communityId,
      title: 'Community radio for the river',
      enteredBy: 'Latin America facilitator',
      receivedAt: '2026-04-20T15:00:00.000Z',
      channel: 'phone',
      originalLanguage: 'pt',
      originalText: 'Uma rádio comunitária para avisar das cheias.',
      translationLanguage: 'en',
      translation: 'A community radio to warn of floods.',
      budget: [{ description: 'Transmitter', amount, currency: 'USD', rate: 1 }],
      letterLanguage: 'pt',
      ...input,
    });
    write((db, stamp) =>
      insertApplication(
        db,
        {
          id,
          fields,
          state,
          history: history ?? [{ state, at: stamp.at, note: '' }],
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

  /** Rewrites an application's row as `change` says (letter language, recipient…). */
  function patchApplication(id: string, change: (record: ApplicationRecord) => ApplicationRecord): void {
    write((db, stamp) => {
      const stored = getApplication(db, id);
      if (!stored) throw new Error('no such application');
      const { seq: _seq, createdAt: _c, updatedAt: _u, hlc: _h, changedBy: _b, deletedAt: _d, ...record } = stored;
      updateApplication(db, change(record), stamp);
    });
  }

  /** An application in review, approved for `approved` as a decision meeting would, with a documents folder and a receipt in it. */
  function approvedApplication(options: { amount?: number; approved?: number; title?: string; callId?: string } = {}) {
    const id = addApplication(options.callId ?? callId, { amount: options.amount ?? 4500, ...(options.title ? { title: options.title } : {}) });
    write((db, stamp) => updateApplicationStatus(db, id, { state: 'approved', approvedAmount: options.approved ?? 4000, decisionRationale: 'Strong plan.' }, stamp));
    const folder = core.resources.create({ title: 'Application documents', type: 'other', strategyAreas: [], languages: [], sharing: 'secretariat' });
    const receipt = core.resources.attachBytes(folder.id, 'receipt.txt', new TextEncoder().encode('Transfer receipt 0001'));
    patchApplication(id, (record) => ({ ...record, documentsResourceId: folder.id }));
    return { applicationId: id, receiptId: receipt.id, folderId: folder.id };
  }

  const stateOf = (applicationId: string): ApplicationState => {
    const stored = getApplication(openVault().db, applicationId);
    if (!stored) throw new Error('no such application');
    return stored.state;
  };

  /** A payment of `amount` USD on a tranche, dated in June 2026. */
  const payment = (awardId: string, trancheId: string, amount: number, extra: Partial<PaymentFields> = {}): PaymentFields => ({
    awardId,
    trancheId,
    date: '2026-06-20',
    amount,
    currency: 'USD',
    method: 'bank_transfer',
    reference: 'TR-0001',
    receiptAttachmentId: null,
    overrideReason: '',
    ...extra,
  });

  /** Audit entries of a kind, oldest first, with their details. */
  const auditOf = (kind: string): Record<string, unknown>[] =>
    listAuditEvents(openVault().db, 1000)
      .filter((entry) => entry.kind === kind)
      .reverse()
      .map((entry) => entry.detail);

  return { ...made, openVault, clock, write, awards, communityId, callId, addCall, addApplication, approvedApplication, patchApplication, stateOf, payment, auditOf };
}

export type AwardsTestVault = Awaited<ReturnType<typeof awardsTestVault>>;
