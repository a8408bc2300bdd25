// A reviewer's inbox (reviewer mode, docs/advisory-committee.md): packets opened into the vault, a declaration before
// each application opens (a conflict closes it for good), draft scores, answers and advice, the signed return, and the
// purge of each packet's content at its expiry. Every call purges what expired first, by the vault's clock.
import type { z } from 'zod';
import { CreFailure } from '../../../common/contract/errors.js';
import {
  inboxAnswersSchema,
  inboxDeclareSchema,
  inboxScoreSchema,
  type InboxApplication,
  type InboxImportReport,
  type InboxItem,
  type InboxPacket,
} from '../../../common/review/inbox.schema.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import { inTransaction, type WritableDB } from '../../../db/handles.js';
import { getInboxFile, listInboxPackets, updateInboxResponse } from '../../../db/inbox.repo.js';
import { catalogText } from '../catalog-message.js';
import {
  parseContent,
  parseResponse,
  requireApplication,
  requireContent,
  requireHeldPacket,
  requireOpenContent,
  type HeldPacket,
  type InboxResponse,
} from './inbox-content.js';
import { copyInboxFileOut } from './inbox-files.js';
import { importPacket, refuseUnlessReviewer } from './inbox-import.js';
import { purgeExpiredPackets } from './inbox-purge.js';
import { requireReturnable, writeReturn } from './inbox-return.js';
import { toInboxApplication, toInboxItem, toInboxPacket } from './inbox-views.js';
import type { ReviewDeps, ReviewInboxService } from './review-services.js';

type RefusedAction = 'open' | 'declare' | 'score' | 'file';

/** Parses the forms' input (defaults not yet applied), so direct callers are checked as the router's are. */
function parsed<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new CreFailure('invalid_input', 'The review input is not valid.', { field: issue?.path.map(String).join('.') ?? '', reason: issue?.message ?? '' });
}

export function createReviewInboxService(deps: ReviewDeps): ReviewInboxService {
  const isoNow = () => new Date(deps.platform.now()).toISOString();
  const text = (key: string) => catalogText(deps.language(), 'inbox', key);
  const bundleFilters = () => [{ name: text('dialog.filter'), extensions: ['crebundle'] }];

  /** Purges what expired, then answers the packet: every read and write of a packet starts here. */
  function held(db: WritableDB, packetId: string): HeldPacket {
    purgeExpiredPackets(db, deps.platform.now());
    return requireHeldPacket(db, packetId);
  }

  /** Records the refused attempt in its own committed transaction, then answers `recused`. */
  function refuseRecused(db: WritableDB, packetId: string, applicationId: string, action: RefusedAction): never {
    inTransaction(db, () => appendAuditEvent(db, 'packet_recused_refused', isoNow(), { packetId, applicationId, action }));
    throw new CreFailure('recused', 'You declared a conflict of interest with this application.', { applicationId });
  }

  /** The member may read and score the application only after declaring no conflict. */
  function requireDeclaredNone(db: WritableDB, packetId: string, applicationId: string, response: InboxResponse, action: RefusedAction): void {
    const declaration = response.declarations[applicationId]?.declaration;
    if (declaration === 'conflict') refuseRecused(db, packetId, applicationId, action);
    if (declaration !== 'none') {
      throw new CreFailure('declaration_required', 'Declare whether you have a conflict of interest before this application opens.', { applicationId });
    }
  }

  function saveResponse(db: WritableDB, packetId: string, change: Parameters<typeof updateInboxResponse>[2], audit?: () => void): void {
    inTransaction(db, () => {
      updateInboxResponse(db, packetId, change, isoNow());
      audit?.();
    });
  }

  async function importPacketFrom(path: string, token: string): Promise<InboxImportReport> {
    return deps.exclusive(async ({ db }) => {
      const report = await importPacket({
        sodium: deps.sodium,
        db,
        path,
        now: deps.platform.now,
        onProgress: (done, total) => deps.progress({ token, phase: 'import', done, total }),
      });
      return report;
    });
  }

  async function returnTo(packetId: string, path: string, token: string) {
    return deps.exclusive(async ({ db }) =>
      writeReturn({
        sodium: deps.sodium,
        db,
        packetId,
        path,
        now: deps.platform.now,
        onProgress: (done, total) => deps.progress({ token, phase: 'export', done, total }),
      }),
    );
  }

  return {
    list(): InboxItem[] {
      const { db } = deps.openVault();
      purgeExpiredPackets(db, deps.platform.now());
      return listInboxPackets(db).map(({ packet, response }) => toInboxItem({ packet, content: parseContent(packet.content), response: parseResponse(response) }));
    },

    async importPacket(token: string): Promise<InboxImportReport | null> {
      refuseUnlessReviewer(deps.openVault().db);
      const path = await deps.platform.chooseOpenFile({ title: text('dialog.importTitle'), filters: bundleFilters() });
      return path === null ? null : importPacketFrom(path, token);
    },

    importPacketFrom,

    get(packetId: string): InboxPacket {
      return toInboxPacket(held(deps.openVault().db, packetId));
    },

    openApplication(packetId: string, applicationId: string): InboxApplication {
      const { db } = deps.openVault();
      const packet = held(db, packetId);
      const content = requireContent(packet);
      const { application, call } = requireApplication(content, applicationId);
      requireDeclaredNone(db, packetId, applicationId, packet.response, 'open');
      return toInboxApplication(content, packet.response, application, call);
    },

    declare(input): void {
      const { packetId, applicationId, declaration, reason } = parsed(inboxDeclareSchema, input);
      const { db } = deps.openVault();
      const packet = held(db, packetId);
      const content = requireOpenContent(packet);
      requireApplication(content, applicationId);
      const current = packet.response.declarations[applicationId];
      // A conflict is final; a declaration of no conflict may still become a conflict, never the reverse.
      if (current?.declaration === 'conflict') refuseRecused(db, packetId, applicationId, 'declare');
      if (current?.declaration === declaration) return;
      const declarations = { ...packet.response.declarations, [applicationId]: { declaration, reason, declaredAt: isoNow() } };
      // Scores given before a conflict was declared never travel: they are dropped with it.
      const { [applicationId]: _dropped, ...kept } = packet.response.scores;
      const scores = declaration === 'conflict' ? kept : packet.response.scores;
      saveResponse(db, packetId, { declarations: JSON.stringify(declarations), scores: JSON.stringify(scores) }, () =>
        appendAuditEvent(db, 'packet_declared', isoNow(), { packetId, applicationId, declaration }),
      );
    },

    score(input): void {
      const { packetId, applicationId, scores } = parsed(inboxScoreSchema, input);
      const { db } = deps.openVault();
      const packet = held(db, packetId);
      const content = requireOpenContent(packet);
      const { call } = requireApplication(content, applicationId);
      requireDeclaredNone(db, packetId, applicationId, packet.response, 'score');
      const given = scores.map((s) => s.criterionId);
      const wanted = new Set(call.criteria.map((c) => c.id));
      if (new Set(given).size !== given.length || given.length !== wanted.size || !given.every((id) => wanted.has(id))) {
        throw new CreFailure('invalid_input', "Score each criterion of the call's rubric once.", { field: 'scores', reason: 'criteria' });
      }
      const drafts = { ...packet.response.scores, [applicationId]: { scores, scoredAt: isoNow() } };
      saveResponse(db, packetId, { scores: JSON.stringify(drafts) });
    },

    answer(input): void {
      const { packetId, answers, advice } = parsed(inboxAnswersSchema, input);
      const { db } = deps.openVault();
      const packet = held(db, packetId);
      const content = requireOpenContent(packet);
      const questions = new Map(content.questions.map((q) => [q.id, q]));
      if (new Set(answers.map((a) => a.questionId)).size !== answers.length) {
        throw new CreFailure('invalid_input', 'A question is answered twice.', { field: 'answers', reason: 'duplicate' });
      }
      for (const answer of answers) {
        const question = questions.get(answer.questionId);
        if (!question) throw new CreFailure('invalid_input', 'An answer names a question this packet does not ask.', { field: 'answers', reason: 'unknown_question' });
        if (answer.rating !== null && question.kind !== 'rating') {
          throw new CreFailure('invalid_input', 'Only rating questions take a rating.', { field: 'answers', reason: 'rating' });
        }
      }
      saveResponse(db, packetId, { answers: JSON.stringify(answers), advice });
    },

    async returnReview(packetId: string, token: string) {
      const { db } = deps.openVault();
      const packet = requireReturnable(db, packetId);
      const stamp = isoNow().slice(0, 10);
      const defaultName = `review-${stamp}-${packet.packet.packetId.slice(0, 8)}.crebundle`;
      const path = await deps.platform.chooseSaveFile({ title: text('dialog.returnTitle'), defaultName, filters: bundleFilters() });
      if (path === null) return { saved: false, bundleId: null, bytes: 0 };
      return returnTo(packetId, path, token);
    },

    returnTo,

    /**
     * The save dialog, then a plaintext copy of one of the packet's files. The audit entry (ids only) is committed before
     * the first byte is written and stays whether the copy succeeds or not, as for a resource's "save a copy".
     */
    async saveFile(packetId: string, fileId: string) {
      const { db } = deps.openVault();
      const packet = held(db, packetId);
      requireContent(packet);
      const file = getInboxFile(db, packetId, fileId);
      if (!file) throw new CreFailure('not_found', 'That file is not in this packet.');
      if (file.applicationId !== null) requireDeclaredNone(db, packetId, file.applicationId, packet.response, 'file');
      const path = await deps.platform.chooseSaveFile({ title: text('dialog.saveFileTitle'), defaultName: file.name, filters: [{ name: text('dialog.allFiles'), extensions: ['*'] }] });
      if (path === null) return { saved: false };
      const after = deps.openVault().db;
      // The packet may have expired while the dialog was open.
      requireContent(held(after, packetId));
      const current = getInboxFile(after, packetId, fileId);
      if (!current) throw new CreFailure('not_found', 'That file is not in this packet.');
      inTransaction(after, () => appendAuditEvent(after, 'packet_file_saved', isoNow(), { packetId, fileId }));
      copyInboxFileOut(after, current, path);
      return { saved: true };
    },

    purgeExpired(): number {
      return purgeExpiredPackets(deps.openVault().db, deps.platform.now());
    },
  };
}
