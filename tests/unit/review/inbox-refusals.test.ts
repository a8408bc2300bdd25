// Every way a reviewer's vault refuses a packet, each with its typed error and nothing written: a sender not in the
// directory, not verified, not the secretariat; the same packet twice; a packet already expired; a damaged, re-signed or
// truncated file; one addressed or forwarded to someone else; rows that do not make one packet; a network vault.
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundlePlaintext, reencryptTo } from '../../helpers/bundle-plaintext.js';
import { packetFixture, reviewerVault, writePacketFile, type PacketFixture } from '../../helpers/packet-files.js';
import { introduce, introduceBothWays, teamVault, type TeamVault } from '../../helpers/team-vaults.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

const CHUNK = 65536 + 17;
const HEADER = 16 + 80 + 24;

let secretariat: TeamVault;
let ana: TeamVault;
let bea: TeamVault;
let goodPath: string;
let good: Buffer;
const dir = () => makeTempDir('cre-inbox-refused-');

/** What a refusal must leave as it was: the inbox tables and the audit trail. */
function written(vault: TeamVault): string {
  const { db } = vault.core.vault.openVault();
  const all = (sql: string) => db.prepare(sql).all();
  return JSON.stringify([
    all('SELECT * FROM inbox_packets ORDER BY seq'),
    all('SELECT * FROM inbox_files ORDER BY seq'),
    all('SELECT file_seq, position, length(data) FROM inbox_file_chunks ORDER BY 1, 2'),
    all('SELECT * FROM inbox_responses ORDER BY packet_id'),
    all('SELECT seq, kind FROM audit_events ORDER BY seq'),
  ]);
}

/** Imports the file at `path` (or of `bytes`) into `vault`; answers the error and checks nothing was written. */
async function refused(vault: TeamVault, file: string | Uint8Array): Promise<{ code: string; message: string }> {
  let path = file;
  if (typeof file !== 'string') {
    path = join(dir(), 'x.crebundle');
    writeFileSync(path, file);
  }
  const before = written(vault);
  vault.platform.setNextOpenFile(path as string);
  const error = await vault.errorOf('cre:reviewInbox.importPacket', { token: randomUUID() });
  expect(written(vault)).toBe(before);
  return error;
}

const refusedCode = async (vault: TeamVault, file: string | Uint8Array) => (await refused(vault, file)).code;

async function packetFile(from: TeamVault, to: string, fixture: PacketFixture = packetFixture({ now: from.platform.now(), fileBytes: 150_000 }), manifest = {}): Promise<string> {
  const path = join(dir(), 'packet.crebundle');
  await writePacketFile(from, to, fixture, path, manifest);
  return path;
}

const flipped = (at: number) => {
  const copy = Buffer.from(good);
  copy[at] = (copy[at] ?? 0) ^ 0x04;
  return copy;
};

beforeAll(async () => {
  secretariat = await teamVault({ displayName: 'Secretariat', role: 'coordinator', region: 'global' });
  ana = await reviewerVault({ displayName: 'Ana Committee' });
  bea = await reviewerVault({ displayName: 'Bea Reviewer', role: 'working_group' });
  await introduceBothWays(secretariat, ana);
  await introduceBothWays(secretariat, bea);
  goodPath = await packetFile(secretariat, 'Ana Committee');
  good = readFileSync(goodPath);
}, 120_000);

describe('packets a reviewer vault refuses, writing nothing', () => {
  it('has a good packet to damage: it spans several chunks', () => {
    expect(good.byteLength).toBeGreaterThan(HEADER + 4 * CHUNK);
  });

  it('a bit flipped in a chunk, or in the signature', async () => {
    expect(await refusedCode(ana, flipped(HEADER + 2 * CHUNK + 500))).toBe('bad_payload');
    expect(await refusedCode(ana, flipped(good.byteLength - 20))).toBe('bad_payload');
  });

  it('a row changed and sealed again: the signature does not verify', async () => {
    const plaintext = await bundlePlaintext(goodPath, ana);
    const at = plaintext.indexOf('Please advise on these.');
    expect(at).toBeGreaterThan(0);
    plaintext[at] = 'p'.charCodeAt(0);
    expect(await refusedCode(ana, await reencryptTo(plaintext, ana))).toBe('bad_signature');
  });

  it('truncated at a chunk boundary', async () => {
    expect(await refusedCode(ana, good.subarray(0, HEADER + 2 * CHUNK))).toBe('truncated');
  });

  it('addressed to another reviewer, or forwarded to them', async () => {
    expect(await refusedCode(bea, good)).toBe('not_for_you');
    const plaintext = await bundlePlaintext(goodPath, ana);
    expect(await refusedCode(bea, await reencryptTo(plaintext, bea))).toBe('forwarded');
  });

  it('from a sender not in the directory, then from one not verified yet', async () => {
    const stranger = await teamVault({ displayName: 'Stranger', role: 'coordinator', region: 'global' });
    await introduce(stranger, ana);
    const path = await packetFile(stranger, 'Ana Committee');
    expect(await refusedCode(ana, path)).toBe('unknown_sender');
    await introduce(ana, stranger, false);
    expect(await refusedCode(ana, path)).toBe('unverified_sender');
  });

  it('from a verified member who is not the secretariat', async () => {
    const facilitator = await teamVault({ displayName: 'Asia facilitator', role: 'facilitator', region: 'asia' });
    await introduceBothWays(facilitator, ana);
    const path = await packetFile(facilitator, 'Ana Committee');
    const before = ana.core.reviewInbox.list().length;
    ana.platform.setNextOpenFile(path);
    const error = await ana.errorOf('cre:reviewInbox.importPacket', { token: randomUUID() });
    expect(error).toMatchObject({ code: 'unknown_sender', details: { reason: 'not_coordinator' } });
    expect(ana.core.reviewInbox.list().length).toBe(before);
  });

  it('already expired when it is opened', async () => {
    const fixture = packetFixture({ now: secretariat.platform.now(), days: -1 });
    expect(await refusedCode(ana, await packetFile(secretariat, 'Ana Committee', fixture))).toBe('packet_expired');
  });

  it('rows that do not make one packet, although signed', async () => {
    const now = secretariat.platform.now();
    const orphan = packetFixture({ now });
    orphan.rows.packet_applications[0] = { ...orphan.rows.packet_applications[0], callId: randomUUID() };
    const wrongHash = packetFixture({ now });
    wrongHash.rows.packet_files[0] = { ...wrongHash.rows.packet_files[0], sha256: '0'.repeat(64) };
    const twoCovers = packetFixture({ now });
    twoCovers.rows.packet_info.push({ ...twoCovers.rows.packet_info[0], title: 'Second cover' });
    const otherPacket = packetFixture({ now });
    const strayBytes = packetFixture({ now });
    strayBytes.bytes.set(randomUUID(), new Uint8Array([1, 2, 3]));
    for (const [fixture, manifest] of [
      [orphan, {}],
      [wrongHash, {}],
      [twoCovers, {}],
      [otherPacket, { packet: { packetId: randomUUID(), expiresAt: otherPacket.expiresAt } }],
      [strayBytes, {}],
    ] as const) {
      const error = await refused(ana, await packetFile(secretariat, 'Ana Committee', fixture, manifest));
      expect(error).toMatchObject({ code: 'bad_payload', message: expect.stringContaining('does not hold together') });
    }
  });

  it('the same packet twice: the same file, or the same packet in another file', async () => {
    const fixture = packetFixture({ now: secretariat.platform.now() });
    const path = await packetFile(secretariat, 'Ana Committee', fixture);
    await ana.core.reviewInbox.importPacketFrom(path, randomUUID());
    expect(await refusedCode(ana, path)).toBe('replayed');
    expect(await refusedCode(ana, await packetFile(secretariat, 'Ana Committee', fixture))).toBe('replayed');
  });

  it('in a vault of the network: not a reviewer, refused before any dialog', async () => {
    secretariat.platform.setNextOpenFile(goodPath);
    expect(await secretariat.errorOf('cre:reviewInbox.importPacket', { token: randomUUID() })).toMatchObject({ code: 'invalid_input', details: { reason: 'not_reviewer' } });
    await expect(secretariat.core.reviewInbox.importPacketFrom(goodPath, randomUUID())).rejects.toMatchObject({ code: 'invalid_input', details: { reason: 'not_reviewer' } });
    expect(secretariat.core.reviewInbox.list()).toEqual([]);
  });
});
