// Bundles for the Bundles screen and the CLI: preview, export and import (each with the vault to itself), the history,
// and the conflicts. Files are named by main's own dialogs, or by the CLI's arguments.
import { randomUUID } from 'node:crypto';
import type { BundleProgress, ExportPreview, ExportResult, ImportReport } from '../../../common/bundles/bundle-views.schema.js';
import { CreFailure } from '../../../common/contract/errors.js';
import type { Language } from '../../../common/languages.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import { inTransaction, type WritableDB } from '../../../db/handles.js';
import { addBundleHistory, listBundleHistory, takeNextSequence } from '../../../db/sync.repo.js';
import { readAckedCursor, recordSentBundle } from '../../../db/sync-acks.js';
import { getTeamMember, readIdentity, recordBundleExchange, type TeamMemberRow } from '../../../db/team.repo.js';
import { writeBundle } from '../bundles/format/bundle-writer.js';
import { catalogText } from '../catalog-message.js';
import type { Sodium } from '../crypto/sodium.js';
import type { Platform } from '../platform.js';
import type { OpenVault } from '../vault/vault-access.js';
import { listConflictViews, resolveConflict } from './conflicts.js';
import { acknowledgementsFor, buildManifest, cursorAfterExport, exportFrames, previewExport, startingCursor } from './export-bundle.js';
import { importBundle } from './import-bundle.js';
import { scopeInVault } from './sync-scope.js';
import type { VaultClock } from './vault-clock.js';
import { noteBundleSent, planWithdrawals } from './withdrawals.js';
import { deliveryStates, saveAcknowledgementDays } from './delivery.js';

export interface BundlesServiceDeps {
  sodium: Sodium;
  /** The open vault, through the gate (`busy` while a long job runs). */
  openVault: () => OpenVault;
  /** Runs a long job with the vault to itself (vault-access.ts): export and import hold it from the first read to the commit. */
  exclusive: <T>(job: (vault: OpenVault) => Promise<T>) => Promise<T>;
  clock: VaultClock;
  platform: Pick<Platform, 'now' | 'chooseOpenFile' | 'chooseSaveFile'>;
  language: () => Language;
  /** Told after an import committed, so indexes of record data can catch up. */
  onImported?: () => void;
}

export interface RecipientsChoice {
  recipientIds: readonly string[];
  everything: boolean;
  /** Between two facilitators: the collaboration the bundle is limited to. */
  collaborationId?: string | null;
}

/** Progress of rows counts each row as this many bytes, so one bar covers rows and attachment bytes together. */
const ROW_WEIGHT = 512;

export type BundlesService = ReturnType<typeof createBundlesService>;

export function createBundlesService(deps: BundlesServiceDeps) {
  const listeners = new Set<(progress: BundleProgress) => void>();
  const emit = (progress: BundleProgress) => {
    for (const listener of [...listeners]) listener(progress);
  };
  const isoNow = () => new Date(deps.platform.now()).toISOString();
  const text = (key: string) => catalogText(deps.language(), 'bundles', key);
  const filters = () => [{ name: text('dialog.filter'), extensions: ['crebundle'] }];

  function chosenRecipients(db: WritableDB, ids: readonly string[]): TeamMemberRow[] {
    if (new Set(ids).size !== ids.length) throw new CreFailure('invalid_input', 'A recipient is named twice.');
    return ids.map((id) => {
      const member = getTeamMember(db, id);
      if (!member) throw new CreFailure('not_found', 'That team member was not found.');
      if (!member.verified) throw new CreFailure('invalid_input', 'Verify a team member before sending them a bundle.', { reason: 'unverified_recipient' });
      return member;
    });
  }

  function plan(db: WritableDB, choice: RecipientsChoice) {
    const identity = readIdentity(db);
    const recipients = chosenRecipients(db, choice.recipientIds);
    const scope = scopeInVault(db, identity, recipients, choice.collaborationId ?? null);
    const cursor = startingCursor(db, recipients, choice.everything);
    const withdrawals = planWithdrawals(db, scope, recipients);
    return { identity, recipients, scope, cursor, withdrawals, preview: previewExport(db, scope, cursor, withdrawals.counts) };
  }

  async function exportTo(path: string, choice: RecipientsChoice, token: string): Promise<ExportResult> {
    return deps.exclusive(async ({ db }) => {
      const { identity, recipients, scope, cursor, withdrawals, preview } = plan(db, choice);
      // What each recipient will hold once it imported this bundle: its cursor when it acknowledges it.
      const covers = recipients.map((r) => cursorAfterExport(db, scope, choice.everything ? {} : readAckedCursor(db, r.vaultId)));
      const sequence = inTransaction(db, () => takeNextSequence(db));
      const createdAt = isoNow();
      const manifest = buildManifest(deps.sodium, db, identity, recipients, preview.contents, {
        createdAt,
        everything: choice.everything,
        sequence,
        acknowledges: acknowledgementsFor(db, recipients),
        withdrawals: withdrawals.list,
        collaborationId: scope.kind === 'collaboration' ? scope.collaborationId : null,
      });
      const rows = Object.values(preview.contents.records).reduce((a, b) => a + b, 0);
      const total = rows * ROW_WEIGHT + preview.contents.attachments.bytes;
      let done = 0;
      emit({ token, phase: 'export', done, total });
      function* counted() {
        for (const frame of exportFrames(db, scope, cursor)) {
          done += frame.type === 'records' ? frame.rows.length * ROW_WEIGHT : frame.bytes.byteLength;
          yield frame;
          emit({ token, phase: 'export', done: Math.min(done, total), total });
        }
      }
      const written = await writeBundle(deps.sodium, {
        path,
        manifest,
        sender: { signingSecretKey: identity.signingSecretKey },
        recipients: recipients.map((r) => r.encryptionKey),
        frames: counted(),
      });
      inTransaction(db, () => {
        recipients.forEach((r, i) => {
          recordSentBundle(db, {
            peerVaultId: r.vaultId, sequence, bundleId: manifest.bundleId, sentAt: createdAt, covers: covers[i] ?? {},
            records: rows, withdrawals: withdrawals.list.length,
          });
          recordBundleExchange(db, r.id, createdAt);
        });
        noteBundleSent(db, { scope, cursor, recipients, withdrawals: withdrawals.list, sequence });
        addBundleHistory(db, {
          bundleId: manifest.bundleId, direction: 'sent', peers: recipients.map((r) => r.displayName), at: createdAt, sequence,
          contents: manifest.contents, outcome: 'sent', bytes: written.bytes, conflicts: 0,
        });
        appendAuditEvent(db, 'bundle_exported', createdAt, {
          bundleId: manifest.bundleId, recipients: recipients.length, everything: choice.everything, withdrawals: withdrawals.list.length,
        });
      });
      emit({ token, phase: 'export', done: total, total });
      return { saved: true, bundleId: manifest.bundleId, bytes: written.bytes, contents: manifest.contents };
    });
  }

  async function importFrom(path: string, token: string): Promise<ImportReport> {
    return deps.exclusive(async ({ db }) => {
      // A refusal is counted in the history by importBundle itself, which knows the sender the manifest claimed.
      const report = await importBundle({
        sodium: deps.sodium,
        db,
        path,
        now: isoNow,
        onProgress: (done, total) => emit({ token, phase: 'import', done, total }),
      });
      deps.clock.forget();
      deps.onImported?.();
      return report;
    });
  }

  return {
    preview(choice: RecipientsChoice): ExportPreview {
      return plan(deps.openVault().db, choice).preview;
    },
    exportTo,
    importFrom,
    /** The save dialog, then exportTo; `saved` false when cancelled. */
    async export(choice: RecipientsChoice & { token: string }): Promise<ExportResult> {
      plan(deps.openVault().db, choice); // refuse a wrong choice before any dialog
      const stamp = isoNow().slice(0, 10);
      const path = await deps.platform.chooseSaveFile({ title: text('dialog.exportTitle'), defaultName: `cre-${stamp}-${randomUUID().slice(0, 8)}.crebundle`, filters: filters() });
      if (path === null) return { saved: false, bundleId: null, bytes: 0, contents: null };
      return exportTo(path, choice, choice.token);
    },
    /** The open dialog, then importFrom; null when cancelled. */
    async import({ token }: { token: string }): Promise<ImportReport | null> {
      const path = await deps.platform.chooseOpenFile({ title: text('dialog.importTitle'), filters: filters() });
      return path === null ? null : importFrom(path, token);
    },
    /** Per team member: the last bundle acknowledged, and what waits for an acknowledgement. */
    delivery() {
      return deliveryStates(deps.openVault().db, deps.platform.now());
    },
    setAcknowledgementDays(days: number): void {
      saveAcknowledgementDays(deps.openVault().db, days, isoNow());
    },
    history(limit: number) {
      return listBundleHistory(deps.openVault().db, limit);
    },
    conflicts(resolved: boolean, limit: number) {
      const { db, vaultId } = deps.openVault();
      return listConflictViews(db, vaultId, resolved, limit);
    },
    resolveConflict(input: { id: string; choice: 'kept' | 'other' | 'merged'; fields: readonly string[] }): void {
      const { db, vaultId } = deps.openVault();
      resolveConflict(db, input, () => deps.clock.stamp(db, vaultId));
    },
    onProgress(listener: (progress: BundleProgress) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
