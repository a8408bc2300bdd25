// A secretariat for reviewer-mode specs: a core over its own vault in this test process, and a review packet it signs
// and seals to one member of its directory, written straight from rows (the composer has its own specs).
import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { BUNDLE_FORMAT_VERSION } from '../../common/bundles/manifest.schema.js';
import { creContract } from '../../common/contract/index.js';
import { inTransaction } from '../../db/handles.js';
import { takeNextSequence } from '../../db/sync.repo.js';
import { getTeamMember, readIdentity } from '../../db/team.repo.js';
import { publicKeyText } from '../../main/core/bundles/format/bundle-crypto.js';
import { createCore } from '../../main/core/create-core.js';
import { FLOOR_KDF_PARAMS } from '../../main/core/crypto/kdf.js';
import { loadSodium } from '../../main/core/crypto/sodium.js';
import { createRouter } from '../../main/core/ipc/router.js';
import { createManualPlatform } from '../../main/core/platform.node.js';
import { reviewContents, writeReviewBundle } from '../../main/core/review/review-bundle.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const LEVELS = ['Absent', 'Weak', 'Partial', 'Fair', 'Good', 'Excellent'];

export interface Secretariat {
  call<T>(channel: string, input: unknown): Promise<T>;
  /** Writes a packet of three applications, a report, a consultation, two questions and one file, sealed to `memberName`. */
  writePacket(memberName: string, path: string): Promise<void>;
  dispose(): void;
}

/** The rows of the packet: three applications to one call, its report with figures and one collaboration, a consultation, questions. */
function packetRows(packetId: string, expiresAt: string, fileBytes: Uint8Array) {
  const callId = randomUUID();
  const fileId = randomUUID();
  const ids = [randomUUID(), randomUUID(), randomUUID()] as const;
  const application = (id: string, title: string, text: string, fileIds: string[]) => ({
    id, callId, title, communityName: `${title} community`, country: 'CO', region: 'latin_america', originalLanguage: 'es',
    originalText: text, translationLanguage: 'en', translation: `Translation of ${title}`, amountRequested: 4000,
    budget: [{ description: 'Seeds', amount: 4000, currency: 'USD', converted: 4000 }], fileIds,
  });
  return {
    packet_info: [{ packetId, title: 'Round of March', message: 'Please advise on these.', respondBy: '2026-02-15', expiresAt, blind: false, period: { from: '2025-10-01', to: '2025-12-31' }, senderName: 'Secretariat' }],
    packet_calls: [{
      id: callId, title: 'Seeds for defenders', text: 'Call text', language: 'en', currency: 'USD', ceiling: 5000,
      criteria: [{ id: 'fit', name: 'Fit with the call', weight: 2, levels: LEVELS }, { id: 'feasibility', name: 'Feasibility', weight: 1, levels: LEVELS }],
    }],
    packet_applications: [
      application(ids[0], 'Rio Verde seeds', 'Our river. Our seeds. Our land.', []),
      application(ids[1], 'Montaña radio', 'Una radio comunitaria para el valle.', [fileId]),
      application(ids[2], 'Lago school', 'Un huerto escolar junto al lago.', []),
    ],
    packet_report: [{
      from: '2025-10-01', to: '2025-12-31',
      figures: [{ key: 'totals.linkages', value: 4 }, { key: 'byStatus.active', value: 12 }, { key: 'byArea.not_stated', value: 1 }, { key: 'grants.pending', value: 2 }],
      collaborations: [{
        id: randomUUID(), title: 'River monitoring', communityName: 'Rio Verde', region: 'latin_america', stage: 'active', startedOn: '2025-09-01',
        stages: [{ stage: 'proposed', on: '2025-09-01' }, { stage: 'active', on: '2025-10-10' }], outcomes: ['Two samplings done.'], learnings: ['Train two people, not one.'],
      }],
    }],
    packet_consultations: [{
      id: randomUUID(), topic: 'Water rights', startsOn: '2025-11-03', endsOn: null, channel: 'meeting', participants: ['Rio Verde'],
      feedback: [{ theme: 'water', text: 'The river is drying.', quote: '' }], actions: [{ text: 'Share the map', owner: 'Secretariat', dueOn: '2025-12-01', doneOn: null }],
    }],
    packet_questions: [
      { id: 'q-text', text: 'What should the exchange do next?', kind: 'text', lowLabel: '', highLabel: '', position: 0 },
      { id: 'q-rating', text: 'How well did the exchange listen?', kind: 'rating', lowLabel: 'Not at all', highLabel: 'Very well', position: 1 },
    ],
    packet_files: [{ id: fileId, applicationId: ids[1], name: 'budget.pdf', mediaType: 'application/pdf', size: fileBytes.byteLength, sha256: createHash('sha256').update(fileBytes).digest('hex') }],
  };
}

export async function openSecretariat(dir: string): Promise<Secretariat> {
  const platform = createManualPlatform(Date.now());
  const core = await createCore({ vaultDir: join(dir, 'secretariat'), platform, kdf: { mode: 'fixed', params: FLOOR_KDF_PARAMS } });
  core.vault.create('secretariat keeps the packets sealed');
  const router = createRouter({ contract: creContract, handlers: core.handlers, isTrustedSender: () => true });
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const answer = await router.handle(channel, input, { url: 'app://cre/' });
    if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
    return answer.value as T;
  };
  await call('cre:team.updateMe', { displayName: 'Secretariat', role: 'coordinator', region: 'global' });

  async function writePacket(memberName: string, path: string): Promise<void> {
    const sodium = await loadSodium();
    const { db } = core.vault.openVault();
    const members = await call<{ id: string; displayName: string }[]>('cre:team.list', {});
    const member = getTeamMember(db, members.find((m) => m.displayName === memberName)?.id ?? '');
    if (!member) throw new Error(`The secretariat does not know ${memberName}`);
    const identity = readIdentity(db);
    const packetId = randomUUID();
    const expiresAt = new Date(platform.now() + 60 * DAY_MS).toISOString();
    const fileBytes = new TextEncoder().encode('%PDF budget lines');
    const rows = packetRows(packetId, expiresAt, fileBytes);
    const fileId = rows.packet_files[0]?.id ?? '';
    const files = [{ id: fileId, size: fileBytes.byteLength, pieces: () => [fileBytes] }];
    try {
      await writeReviewBundle(sodium, {
        path,
        manifest: {
          format: 'cre-bundle',
          version: BUNDLE_FORMAT_VERSION,
          bundleId: randomUUID(),
          kind: 'review_packet',
          createdAt: new Date(platform.now()).toISOString(),
          sequence: inTransaction(db, () => takeNextSequence(db)),
          sender: { vaultId: identity.vaultId, signingKey: publicKeyText(sodium, identity.signingPublicKey), encryptionKey: publicKeyText(sodium, identity.encryptionPublicKey) },
          recipients: [{ signingKey: publicKeyText(sodium, member.signingKey), encryptionKey: publicKeyText(sodium, member.encryptionKey) }],
          contents: reviewContents(rows, files),
          packet: { packetId, expiresAt },
        },
        signingSecretKey: identity.signingSecretKey,
        recipientEncryptionKey: member.encryptionKey,
        tables: rows,
        files,
      });
    } finally {
      sodium.memzero(identity.signingSecretKey);
      sodium.memzero(identity.encryptionSecretKey);
    }
  }

  return { call, writePacket, dispose: () => core.dispose() };
}
