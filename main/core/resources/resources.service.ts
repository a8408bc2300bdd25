// Resources: create, edit, tombstone and restore, and their attachments: stored in the vault, copied out only when asked (audited).
import { v7 as uuidv7 } from 'uuid';
import { CreFailure } from '../../../common/contract/errors.js';
import type { Language } from '../../../common/languages.js';
import {
  resourceInputSchema,
  type Attachment,
  type AttachmentProgress,
  type Resource,
  type ResourceInput,
  type ResourceSummary,
} from '../../../common/resources/resource.schema.js';
import { getAttachment, listAttachments, setAttachmentDeleted, type StoredAttachment } from '../../../db/attachments.repo.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import type { WritableDB } from '../../../db/handles.js';
import { getResource, insertResource, listResources, setResourceDeleted, updateResource, type ResourceListOptions, type StoredResource } from '../../../db/resources.repo.js';
import type { Platform } from '../platform.js';
import { transactionWriter } from '../records/write.js';
import type { VaultClock } from '../sync/vault-clock.js';
import { copyAttachmentOut, DEFAULT_LIMITS, storeAttachment, storeAttachmentBytes, type AttachmentLimits } from './attachment-io.js';
import { catalogText } from '../catalog-message.js';

export interface ResourcesServiceDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  /** Runs the attach with the vault to itself (vault-access.ts), as every long job does. */
  exclusive: <T>(job: () => T) => Promise<T>;
  clock: VaultClock;
  platform: Pick<Platform, 'now' | 'chooseOpenFile' | 'chooseSaveFile'>;
  language: () => Language;
  limits?: AttachmentLimits;
}

export type ResourcesService = ReturnType<typeof createResourcesService>;

function toAttachmentView(stored: StoredAttachment): Attachment {
  const { chunkSize: _chunkSize, deletedAt: _deletedAt, ...view } = stored;
  return view;
}

function toResourceView(stored: StoredResource, attachments: readonly StoredAttachment[]): Resource {
  return {
    ...stored.fields,
    attachments: attachments.map(toAttachmentView),
    id: stored.id,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    hlc: stored.hlc,
    changedBy: stored.changedBy,
    deletedAt: stored.deletedAt,
  };
}

function requireResource(db: WritableDB, id: string): StoredResource {
  const stored = getResource(db, id);
  if (!stored) throw new CreFailure('not_found', 'There is no resource with this id.');
  return stored;
}

function requireLiveResource(db: WritableDB, id: string): StoredResource {
  const stored = requireResource(db, id);
  if (stored.deletedAt) throw new CreFailure('conflict', 'This resource was deleted; restore it first.');
  return stored;
}

function requireAttachment(db: WritableDB, id: string): StoredAttachment {
  const stored = getAttachment(db, id);
  if (!stored) throw new CreFailure('not_found', 'There is no attachment with this id.');
  return stored;
}

/** An attachment that may be copied out: neither it nor its resource is a tombstone. */
function requireLiveAttachment(db: WritableDB, id: string): StoredAttachment {
  const stored = requireAttachment(db, id);
  if (stored.deletedAt || requireResource(db, stored.resourceId).deletedAt) {
    throw new CreFailure('conflict', 'This attachment or its resource was deleted; restore it first.');
  }
  return stored;
}

export function createResourcesService(deps: ResourcesServiceDeps) {
  const write = transactionWriter(deps);
  const limits = deps.limits ?? DEFAULT_LIMITS;
  const listeners = new Set<(progress: AttachmentProgress) => void>();
  const progressOf = (token: string) => (done: number, total: number) => {
    for (const listener of [...listeners]) listener({ token, done, total });
  };
  const allFiles = () => [{ name: catalogText(deps.language(), 'resources', 'dialog.allFiles'), extensions: ['*'] }];

  return {
    create(input: ResourceInput): { id: string } {
      const fields = resourceInputSchema.parse(input);
      const id = uuidv7();
      return write((db, stamp) => {
        insertResource(db, id, fields, stamp);
        appendAuditEvent(db, 'resource_created', stamp.at, { resourceId: id });
        return { id };
      });
    },

    update(id: string, input: ResourceInput): void {
      const fields = resourceInputSchema.parse(input);
      write((db, stamp) => {
        requireLiveResource(db, id);
        updateResource(db, id, fields, stamp);
        appendAuditEvent(db, 'resource_updated', stamp.at, { resourceId: id });
      });
    },

    get(id: string): Resource {
      const { db } = deps.openVault();
      return toResourceView(requireResource(db, id), listAttachments(db, id));
    },

    list(options: ResourceListOptions): ResourceSummary[] {
      return listResources(deps.openVault().db, options);
    },

    /** A tombstone: the attachments stay stored with it, so a restore brings the resource back whole. */
    delete(id: string): void {
      write((db, stamp) => {
        requireResource(db, id);
        if (setResourceDeleted(db, id, true, stamp)) appendAuditEvent(db, 'resource_deleted', stamp.at, { resourceId: id });
      });
    },

    restore(id: string): void {
      write((db, stamp) => {
        requireResource(db, id);
        if (setResourceDeleted(db, id, false, stamp)) appendAuditEvent(db, 'resource_restored', stamp.at, { resourceId: id });
      });
    },

    /** Shows the open dialog, then stores the file: chunks, row and audit entry in one transaction. Null when cancelled. */
    async attach(resourceId: string, token: string): Promise<Attachment | null> {
      requireLiveResource(deps.openVault().db, resourceId);
      const path = await deps.platform.chooseOpenFile({ title: catalogText(deps.language(), 'resources', 'dialog.attachTitle'), filters: allFiles() });
      if (path === null) return null;
      return deps.exclusive(() => this.attachFile(resourceId, path, token));
    },

    /** The attach without its dialog, for a path main already holds (the dialog's answer, a benchmark's file). */
    attachFile(resourceId: string, path: string, token: string): Attachment {
      return write((db, stamp) => {
        requireLiveResource(db, resourceId);
        const stored = storeAttachment(db, { id: uuidv7(), resourceId, path }, stamp, progressOf(token), limits);
        appendAuditEvent(db, 'attachment_added', stamp.at, { resourceId, attachmentId: stored.id, size: stored.size });
        return toAttachmentView(stored);
      });
    },

    /** An attach of bytes main made itself (the sample vault's files): no dialog, no temporary file in the clear. */
    attachBytes(resourceId: string, fileName: string, bytes: Uint8Array): Attachment {
      return write((db, stamp) => {
        requireLiveResource(db, resourceId);
        const stored = storeAttachmentBytes(db, { id: uuidv7(), resourceId, fileName, bytes }, stamp, limits);
        appendAuditEvent(db, 'attachment_added', stamp.at, { resourceId, attachmentId: stored.id, size: stored.size });
        return toAttachmentView(stored);
      });
    },

    /**
     * Shows the save dialog and writes a plaintext copy there. The audit entry (attachment id and file name, never the
     * destination) is committed before the first byte is written and stays whether the copy then succeeds or fails:
     * a failed copy may already have put plaintext on that disk.
     */
    async saveCopy(attachmentId: string, token: string): Promise<{ saved: boolean }> {
      const attachment = requireLiveAttachment(deps.openVault().db, attachmentId);
      const path = await deps.platform.chooseSaveFile({
        title: catalogText(deps.language(), 'resources', 'dialog.saveCopyTitle'),
        defaultName: attachment.fileName,
        filters: allFiles(),
      });
      if (path === null) return { saved: false };
      this.saveCopyTo(attachmentId, path, token);
      return { saved: true };
    },

    /** "Save a copy" to a path main already holds; audited first, as above. */
    saveCopyTo(attachmentId: string, path: string, token: string): void {
      const attachment = write((db, stamp) => {
        const stored = requireLiveAttachment(db, attachmentId);
        appendAuditEvent(db, 'attachment_copy_saved', stamp.at, { attachmentId, fileName: stored.fileName });
        return stored;
      });
      copyAttachmentOut(deps.openVault().db, attachment, path, progressOf(token));
    },

    removeAttachment(attachmentId: string): void {
      write((db, stamp) => {
        const stored = requireAttachment(db, attachmentId);
        requireLiveResource(db, stored.resourceId);
        if (setAttachmentDeleted(db, attachmentId, true, stamp)) {
          appendAuditEvent(db, 'attachment_removed', stamp.at, { resourceId: stored.resourceId, attachmentId });
        }
      });
    },

    restoreAttachment(attachmentId: string): void {
      write((db, stamp) => {
        const stored = requireAttachment(db, attachmentId);
        requireLiveResource(db, stored.resourceId);
        if (setAttachmentDeleted(db, attachmentId, false, stamp)) {
          appendAuditEvent(db, 'attachment_restored', stamp.at, { resourceId: stored.resourceId, attachmentId });
        }
      });
    },

    onProgress(listener: (progress: AttachmentProgress) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
