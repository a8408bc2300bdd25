// A bit flipped in every region of a real bundle gives a typed refusal, the code listed per region, and never a success:
// whatever onRecords saw before the refusal is never committed, because readBundle rejects.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBundle } from '../../../../main/core/bundles/format/bundle-writer.js';
import { loadSodium, type Sodium } from '../../../../main/core/crypto/sodium.js';
import { chunkRanges, FIXED_FILE_KEY_HEX, readOutcome, recipientKeys, sampleFrames, testManifest, testParties } from '../../../vectors/bundle-craft.js';

let sodium: Sodium;
let dir: string;
let parties: ReturnType<typeof testParties>;
let good: Uint8Array;

beforeAll(async () => {
  sodium = await loadSodium();
  parties = testParties(sodium);
  dir = mkdtempSync(join(tmpdir(), 'cre-bundle-regions-'));
  const sample = sampleFrames();
  const path = join(dir, 'good.crebundle');
  // Deterministic: the stanzas stay in this order, so the reader's own stanza is the second.
  await writeBundle(sodium, {
    path,
    manifest: testManifest(sodium, { sender: parties.sender, recipients: [parties.third, parties.recipient], contents: sample.contents }),
    sender: { signingSecretKey: parties.sender.signing.privateKey },
    recipients: [parties.third.encryption.publicKey, parties.recipient.encryption.publicKey],
    frames: sample.frames,
    chunkSize: 1024,
    deterministic: { fileKey: sodium.from_hex(FIXED_FILE_KEY_HEX) },
  });
  good = readFileSync(path);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Region {
  name: string;
  start: number;
  end: number;
  code: string | string[];
}

function regions(): Region[] {
  const chunks = chunkRanges(good);
  const first = chunks[0]!;
  const middle = chunks[Math.floor(chunks.length / 2)]!;
  const last = chunks.at(-1)!;
  // The signature frame (5 + 64 bytes) is the end of the last chunk's plaintext, just before its 16-byte MAC.
  const signatureEnd = good.byteLength - 16;
  return [
    { name: 'magic', start: 0, end: 8, code: 'bad_header' },
    // Every flip gives another version, except the one that makes it 0: no version at all, so a bad header.
    { name: 'version', start: 8, end: 10, code: ['bad_header', 'unsupported_version'] },
    // Out of range, or in range and then the first chunk no longer opens where the header says it ends.
    { name: 'chunk size', start: 10, end: 14, code: 'bad_header' },
    // Out of range, or the stanzas and stream header are read from the wrong place: the first chunk does not open.
    { name: 'stanza count', start: 14, end: 16, code: 'bad_header' },
    // Someone else's stanza: the reader's still opens, but the header hash changed.
    { name: "another recipient's stanza", start: 16, end: 96, code: 'bad_header' },
    { name: "the reader's stanza", start: 96, end: 176, code: 'not_for_you' },
    { name: 'stream header', start: 176, end: 200, code: 'bad_header' },
    { name: 'first chunk', start: first.start, end: first.end, code: 'bad_header' },
    { name: 'middle chunk', start: middle.start, end: middle.end, code: 'bad_payload' },
    { name: 'last chunk', start: last.start, end: last.end, code: 'bad_payload' },
    // Without the file key the signature cannot be reached: changing its ciphertext breaks the chunk.
    { name: 'signature frame', start: signatureEnd - 69, end: signatureEnd, code: 'bad_payload' },
  ];
}

/** Every bit of small regions; in large ones, one bit per byte at a stride, so each region sees every bit position. */
function flips(region: Region): { at: number; bit: number }[] {
  const length = region.end - region.start;
  const out: { at: number; bit: number }[] = [];
  if (length <= 24) {
    for (let at = region.start; at < region.end; at += 1) for (let bit = 0; bit < 8; bit += 1) out.push({ at, bit });
  } else {
    const stride = Math.max(1, Math.floor(length / 48));
    for (let at = region.start, n = 0; at < region.end; at += stride, n += 1) out.push({ at, bit: n % 8 });
  }
  return out;
}

describe('a bit flipped in each region of a bundle', () => {
  it('reads the unflipped bundle successfully', async () => {
    const path = join(dir, 'unflipped.crebundle');
    writeFileSync(path, good);
    expect((await readOutcome(sodium, path, recipientKeys(parties.recipient))).outcome).toBe('success');
  });

  for (const name of ['magic', 'version', 'chunk size', 'stanza count', "another recipient's stanza", "the reader's stanza", 'stream header', 'first chunk', 'middle chunk', 'last chunk', 'signature frame']) {
    it(`gives the region's code for the ${name}`, async () => {
      const region = regions().find((r) => r.name === name)!;
      const path = join(dir, 'flipped.crebundle');
      const codes = new Set<string>();
      for (const { at, bit } of flips(region)) {
        const bytes = Uint8Array.from(good);
        bytes[at] = (bytes[at] ?? 0) ^ (1 << bit);
        writeFileSync(path, bytes);
        const seen = await readOutcome(sodium, path, recipientKeys(parties.recipient));
        if (seen.untyped) throw seen.untyped;
        codes.add(seen.outcome);
      }
      expect([...codes].sort()).toEqual([region.code].flat().sort());
    });
  }
});
