// Attachments over a real vault through the router: chunked round trip with hash, progress, the size limit, a tampered
// chunk refused with no file left behind, the audit of every copy, removal with undo, and a deleted resource's files.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../../common/resources/resource.schema.js';
import { routedTestVault } from '../../helpers/core-router.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

const REPORT = { title: 'Fictional river analysis', type: 'analysis', strategyAreas: ['technical_analysis'], languages: ['en'], summary: '', sharing: 'secretariat' };
const TOKEN = '0190d5a0-0000-7000-8000-00000000000a';

interface AttachmentView {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

async function withResource() {
  const made = await routedTestVault();
  const { id } = await made.call<{ id: string }>('cre:resources.create', { resource: REPORT });
  const dir = makeTempDir('cre-attach-');
  /** Puts `bytes` in a file the next open dialog answers with, and attaches it. */
  const attach = async (name: string, bytes: Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    made.platform.setNextOpenFile(path);
    return made.call<AttachmentView>('cre:resources.attach', { id, token: TOKEN });
  };
  return { ...made, id, dir, attach };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('attachments', () => {
  it('stores a file in 1 MiB chunks with its hash, reports progress, and saves a byte-identical copy', async () => {
    const { call, core, platform, id, dir, attach } = await withResource();
    const bytes = randomBytes(2.5 * 1024 * 1024);
    const progress: number[] = [];
    core.onAttachmentProgress((event) => progress.push(event.done));
    const added = await attach('river report.PDF', bytes);
    expect(added).toMatchObject({ fileName: 'river report.PDF', mediaType: 'application/pdf', size: bytes.byteLength, sha256: sha256(bytes) });
    expect(progress.at(-1)).toBe(bytes.byteLength);
    const db = core.vault.openVault().db;
    expect(db.prepare('SELECT length(data) FROM attachment_chunks WHERE attachment_id = ? ORDER BY position').pluck().all(added.id)).toEqual([
      1048576, 1048576, 524288,
    ]);
    expect(await call('cre:resources.get', { id })).toMatchObject({ attachments: [added] });
    expect(core.vault.auditTrail(1)[0]).toMatchObject({ kind: 'attachment_added', detail: { resourceId: id, attachmentId: added.id, size: bytes.byteLength } });

    const out = join(dir, 'copy.pdf');
    platform.setNextSaveFile(out);
    expect(await call('cre:resources.saveCopy', { attachmentId: added.id, token: TOKEN })).toEqual({ saved: true });
    expect(sha256(readFileSync(out))).toBe(added.sha256);
    const audit = core.vault.auditTrail(1)[0];
    expect(audit).toMatchObject({ kind: 'attachment_copy_saved', detail: { attachmentId: added.id, fileName: 'river report.PDF' } });
    expect(JSON.stringify(audit)).not.toContain(dir);
  });

  it('stores an empty file, and does nothing when either dialog is cancelled', async () => {
    const { call, core, id, attach } = await withResource();
    const empty = await attach('empty', new Uint8Array());
    expect(empty).toMatchObject({ size: 0, mediaType: 'application/octet-stream', sha256: sha256(new Uint8Array()) });
    const trail = core.vault.auditTrail(500).length;
    expect(await call('cre:resources.attach', { id, token: TOKEN })).toBeNull();
    expect(await call('cre:resources.saveCopy', { attachmentId: empty.id, token: TOKEN })).toEqual({ saved: false });
    expect(core.vault.auditTrail(500)).toHaveLength(trail);
  });

  it('refuses a file over the limit with too_large before storing a byte', async () => {
    const { errorOf, platform, core, id, dir } = await withResource();
    const path = join(dir, 'huge.bin');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, MAX_ATTACHMENT_BYTES + 1);
    closeSync(fd);
    platform.setNextOpenFile(path);
    const error = await errorOf('cre:resources.attach', { id, token: TOKEN });
    expect(error).toMatchObject({ code: 'too_large', details: { limitBytes: MAX_ATTACHMENT_BYTES } });
    expect(core.vault.openVault().db.prepare('SELECT count(*) FROM attachment_chunks').pluck().get()).toBe(0);
  });

  it('refuses to copy out a tampered chunk: typed error, no file left behind, and the attempt stays audited', async () => {
    const { errorOf, platform, core, dir, attach } = await withResource();
    const added = await attach('data.csv', randomBytes(1.5 * 1024 * 1024));
    const db = core.vault.openVault().db;
    db.prepare('UPDATE attachment_chunks SET data = ? WHERE attachment_id = ? AND position = 1').run(randomBytes(512 * 1024), added.id);
    mkdirSync(join(dir, 'out'));
    const out = join(dir, 'out', 'copy.csv');
    platform.setNextSaveFile(out);
    expect((await errorOf('cre:resources.saveCopy', { attachmentId: added.id, token: TOKEN })).code).toBe('attachment_damaged');
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
    expect(core.vault.auditTrail(1)[0]).toMatchObject({ kind: 'attachment_copy_saved', detail: { attachmentId: added.id } });

    // A lost chunk is caught the same way.
    db.prepare('DELETE FROM attachment_chunks WHERE attachment_id = ? AND position = 1').run(added.id);
    platform.setNextSaveFile(out);
    expect((await errorOf('cre:resources.saveCopy', { attachmentId: added.id, token: TOKEN })).code).toBe('attachment_damaged');
    expect(existsSync(out)).toBe(false);
  });

  it('removes an attachment with undo, and keeps a deleted resource whole until it is restored', async () => {
    const { call, failure, platform, core, id, dir, attach } = await withResource();
    const added = await attach('notes.txt', Buffer.from('fictional notes'));
    await call('cre:resources.removeAttachment', { attachmentId: added.id });
    expect(await call('cre:resources.get', { id })).toMatchObject({ attachments: [] });
    expect(await call('cre:resources.list', {})).toEqual([expect.objectContaining({ attachmentCount: 0 })]);
    platform.setNextSaveFile(join(dir, 'removed.txt'));
    expect(await failure('cre:resources.saveCopy', { attachmentId: added.id, token: TOKEN })).toBe('conflict');
    await call('cre:resources.restoreAttachment', { attachmentId: added.id });
    expect(await call('cre:resources.get', { id })).toMatchObject({ attachments: [added] });
    expect(core.vault.auditTrail(2).map((entry) => entry.kind)).toEqual(['attachment_restored', 'attachment_removed']);

    await call('cre:resources.delete', { id });
    expect(await failure('cre:resources.attach', { id, token: TOKEN })).toBe('conflict');
    platform.setNextSaveFile(join(dir, 'deleted.txt'));
    expect(await failure('cre:resources.saveCopy', { attachmentId: added.id, token: TOKEN })).toBe('conflict');
    expect(existsSync(join(dir, 'deleted.txt'))).toBe(false);
    await call('cre:resources.restore', { id });
    expect(await call('cre:resources.get', { id })).toMatchObject({ attachments: [added] });
  });
});

describe('an attach that fails half way', () => {
  it('leaves no chunk, no attachment row and no audit entry behind', async () => {
    const { core, errorOf, platform, id, dir } = await withResource();
    const path = join(dir, 'big.bin');
    writeFileSync(path, randomBytes(9 * 1024 * 1024));
    const trail = core.vault.auditTrail(500).length;
    // A failure after several chunks are in: the progress listener throws on its first call.
    core.onAttachmentProgress(() => {
      throw new Error('interrupted');
    });
    platform.setNextOpenFile(path);
    expect((await errorOf('cre:resources.attach', { id, token: TOKEN })).code).toBe('internal');
    const db = core.vault.openVault().db;
    expect(db.prepare('SELECT count(*) FROM attachment_chunks').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM attachments').pluck().get()).toBe(0);
    expect(core.vault.auditTrail(500)).toHaveLength(trail);
  });
});

describe('an attach of bytes main made itself', () => {
  it('stores them in chunks with their hash and audit entry, and copies them out unchanged', async () => {
    const { call, core, platform, id, dir } = await withResource();
    const bytes = randomBytes(1024 * 1024 + 17);
    const added = core.resources.attachBytes(id, 'notes.md', bytes);
    expect(added).toMatchObject({ fileName: 'notes.md', mediaType: 'text/markdown', size: bytes.byteLength, sha256: sha256(bytes) });
    const db = core.vault.openVault().db;
    expect(db.prepare('SELECT length(data) FROM attachment_chunks WHERE attachment_id = ? ORDER BY position').pluck().all(added.id)).toEqual([1048576, 17]);
    expect(core.vault.auditTrail(1)[0]).toMatchObject({ kind: 'attachment_added', detail: { attachmentId: added.id, size: bytes.byteLength } });
    const out = join(dir, 'notes-copy.md');
    platform.setNextSaveFile(out);
    expect(await call('cre:resources.saveCopy', { attachmentId: added.id, token: TOKEN })).toEqual({ saved: true });
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });
});
