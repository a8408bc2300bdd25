// A packet's content purged at expiry with no trace left: sentinels in an application's text and in a file are found in
// the decrypted pages of the vault before the purge (so the scan works) and nowhere after it — not in any file of the
// vault folder, not in any page decrypted with the data key, free pages and free space included — and the WAL is empty.
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inboxPacketSchema } from '../../../common/review/inbox.schema.js';
import { listAuditEvents } from '../../../db/audit.repo.js';
import { vaultFiles } from '../../../main/core/vault/vault-files.js';
import { readDataKey } from '../../helpers/data-key.js';
import { pagesHolding } from '../../helpers/decrypted-pages.js';
import { DAY_MS, fixtureIds, packetFixture, reviewerVault, writePacketFile, type PacketFixture } from '../../helpers/packet-files.js';
import { introduceBothWays, teamVault, type TeamVault } from '../../helpers/team-vaults.js';
import { makeTempDir, STRONG_PASSPHRASE } from '../../helpers/temp-vault.js';

const TEXT_SENTINEL = `TEXT-SENTINEL-${randomUUID()}`;
const FILE_SENTINEL = `FILE-SENTINEL-${randomUUID()}`;

let secretariat: TeamVault;
let member: TeamVault;
let fixture: PacketFixture;
let key: Buffer;

/** Which sentinels a raw read of every file in the vault folder finds. */
function rawHits(vaultDir: string): string[] {
  const hits: string[] = [];
  for (const name of readdirSync(vaultDir)) {
    const bytes = readFileSync(join(vaultDir, name));
    for (const sentinel of [TEXT_SENTINEL, FILE_SENTINEL]) if (bytes.includes(Buffer.from(sentinel, 'utf8'))) hits.push(`${name}: ${sentinel}`);
  }
  return hits;
}

const database = () => vaultFiles(member.vaultDir).database;
const wal = () => `${database()}-wal`;

beforeAll(async () => {
  secretariat = await teamVault({ displayName: 'Secretariat', role: 'coordinator', region: 'global' });
  member = await reviewerVault({ displayName: 'Ana Committee' });
  await introduceBothWays(secretariat, member);
  // Expires in 30 days; a file of several chunks' worth of pages, with the sentinel at its start, middle and end.
  fixture = packetFixture({ now: secretariat.platform.now(), days: 30, sentinel: TEXT_SENTINEL, fileSentinel: FILE_SENTINEL, fileBytes: 200_000 });
  const path = join(makeTempDir('cre-expiry-'), 'packet.crebundle');
  await writePacketFile(secretariat, 'Ana Committee', fixture, path);
  await member.core.reviewInbox.importPacketFrom(path, randomUUID());
  const [, second] = fixtureIds(fixture).applications;
  member.core.reviewInbox.declare({ packetId: fixture.packetId, applicationId: second!, declaration: 'none', reason: '' });
  member.core.reviewInbox.answer({ packetId: fixture.packetId, answers: [{ questionId: 'q-text', text: 'My own answer stays.', rating: null }], advice: 'My own advice stays.' });
  key = await readDataKey(member.vaultDir, STRONG_PASSPHRASE);
}, 120_000);

describe('a packet past its expiry', () => {
  it('is found in the decrypted pages before the purge: the scan sees what it looks for', () => {
    member.core.vault.lock('user');
    expect(rawHits(member.vaultDir)).toEqual([]);
    expect(pagesHolding(database(), key, TEXT_SENTINEL).length).toBeGreaterThan(0);
    expect(pagesHolding(database(), key, FILE_SENTINEL).length).toBeGreaterThan(0);
    member.core.vault.unlock(STRONG_PASSPHRASE);
  });

  it('stays whole until its expiry', () => {
    member.platform.advance(30 * DAY_MS - 60_000);
    expect(member.core.reviewInbox.purgeExpired()).toBe(0);
    expect(member.core.reviewInbox.list()[0]?.state).toBe('open');
  });

  it("is purged once the vault clock passes it: content and files gone, the member's own answers kept, audited", () => {
    member.platform.advance(60_000);
    const [item] = member.core.reviewInbox.list();
    expect(item).toMatchObject({ packetId: fixture.packetId, state: 'expired', applications: 0, questions: 0, declared: 1 });
    const packet = inboxPacketSchema.parse(member.core.reviewInbox.get(fixture.packetId));
    expect(packet).toMatchObject({ state: 'expired', info: null, calls: [], applications: [], report: null, consultations: [], questions: [], files: [] });
    expect(packet.answers).toEqual([{ questionId: 'q-text', text: 'My own answer stays.', rating: null }]);
    expect(packet.advice).toBe('My own advice stays.');
    const { db } = member.core.vault.openVault();
    expect(listAuditEvents(db, 100).filter((e) => e.kind === 'packet_purged').map((e) => e.detail)).toEqual([{ packetId: fixture.packetId }]);
    expect(db.prepare('SELECT count(*) AS n FROM inbox_file_chunks').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM inbox_files').get()).toEqual({ n: 0 });
    const ids = fixtureIds(fixture);
    expect(failureCode(() => member.core.reviewInbox.openApplication(fixture.packetId, ids.applications[1]!))).toBe('packet_expired');
    expect(member.core.reviewInbox.purgeExpired()).toBe(0);
  });

  it('leaves the WAL without a frame right after the purge', () => {
    expect(existsSync(wal()) ? statSync(wal()).size : 0).toBe(0);
  });

  it('leaves no trace in any file of the vault folder, nor in any decrypted page, once the vault is closed', () => {
    member.core.vault.lock('user');
    expect(rawHits(member.vaultDir)).toEqual([]);
    expect(pagesHolding(database(), key, TEXT_SENTINEL)).toEqual([]);
    expect(pagesHolding(database(), key, FILE_SENTINEL)).toEqual([]);
    expect(existsSync(wal()) ? statSync(wal()).size : 0).toBe(0);
  });

  it("can still be returned: the answers are the member's own", async () => {
    member.core.vault.unlock(STRONG_PASSPHRASE);
    const path = join(makeTempDir('cre-expiry-'), 'return.crebundle');
    const saved = await member.core.reviewInbox.returnTo(fixture.packetId, path, randomUUID());
    expect(saved.saved).toBe(true);
    expect(member.core.reviewInbox.list()[0]).toMatchObject({ state: 'expired', returnedAt: expect.any(String) });
  });
});

function failureCode(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    return (error as { code: string }).code;
  }
  throw new Error('expected a failure');
}
