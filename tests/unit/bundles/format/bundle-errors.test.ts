// Each refusal of the reading table (docs/bundle-format.md) from a file built to trigger it, with the spec's code, and
// the callbacks never given a success: checks 1–14 in their order, plus the failures of the caller's callbacks.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleManifest } from '../../../../common/bundles/manifest.schema.js';
import { CreFailure, isCreFailure, type ErrorCode } from '../../../../common/contract/errors.js';
import { inspectBundle } from '../../../../main/core/bundles/format/bundle-inspect.js';
import { readBundle } from '../../../../main/core/bundles/format/bundle-reader.js';
import { encodeFrame, encodeJson, FRAME_TYPE } from '../../../../main/core/bundles/format/frames.js';
import { loadSodium, type Sodium } from '../../../../main/core/crypto/sodium.js';
import {
  chunkRanges,
  concat,
  craftBundle,
  decryptBundle,
  frameBytes,
  manifestFrame,
  readOutcome,
  recipientKeys,
  refuseWith,
  sampleFrames,
  signedPlaintext,
  testManifest,
  testParties,
  type CraftOptions,
} from '../../../vectors/bundle-craft.js';

let sodium: Sodium;
let dir: string;
let parties: ReturnType<typeof testParties>;
let manifest: BundleManifest;

beforeAll(async () => {
  sodium = await loadSodium();
  parties = testParties(sodium);
  manifest = testManifest(sodium, { sender: parties.sender, recipients: [parties.recipient], contents: sampleFrames().contents });
  dir = mkdtempSync(join(tmpdir(), 'cre-bundle-err-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
function save(bytes: Uint8Array): string {
  fileCount += 1;
  const path = join(dir, `e${fileCount}.crebundle`);
  writeFileSync(path, bytes);
  return path;
}

/** The sample's frames, as bytes, after a manifest. */
function sampleFrameBytes(m: unknown = manifest): Uint8Array[] {
  return [manifestFrame(m), ...sampleFrames().frames.map(frameBytes)];
}

/** A bundle for the recipient; `frames` and `sign` let a test change the plaintext and its signature. */
function craft(overrides: Partial<CraftOptions> & { frames?: Uint8Array[]; signer?: Uint8Array; alterSignature?: (s: Uint8Array) => Uint8Array; trailing?: Uint8Array } = {}): Uint8Array {
  const { frames, signer, alterSignature, trailing, ...rest } = overrides;
  return craftBundle(sodium, {
    recipients: [parties.recipient.encryption.publicKey],
    plaintext: (header) =>
      signedPlaintext(sodium, header, frames ?? sampleFrameBytes(), signer ?? parties.sender.signing.privateKey, {
        ...(alterSignature ? { alterSignature } : {}),
        ...(trailing ? { trailing } : {}),
      }),
    ...rest,
  });
}

async function outcomeOf(bytes: Uint8Array, admit?: (m: BundleManifest) => void, reader = parties.recipient): Promise<string> {
  const seen = await readOutcome(sodium, save(bytes), recipientKeys(reader), admit);
  if (seen.untyped) throw seen.untyped;
  return seen.outcome;
}

function withBytes(bytes: Uint8Array, at: number, values: number[]): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy.set(values, at);
  return copy;
}

function flipBit(bytes: Uint8Array, at: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

describe('a crafted well-formed bundle', () => {
  it('is read successfully (so every refusal below comes from its one change)', async () => {
    expect(await outcomeOf(craft())).toBe('success');
  });
});

describe('bad_header and unsupported_version (steps 1–3, 5)', () => {
  it('refuses a wrong magic, a file shorter than a header, chunk sizes and stanza counts out of range', async () => {
    const good = craft();
    expect(await outcomeOf(withBytes(good, 0, [0x58]))).toBe('bad_header');
    expect(await outcomeOf(good.subarray(0, 119))).toBe('bad_header');
    expect(await outcomeOf(new Uint8Array(0))).toBe('bad_header');
    expect(await outcomeOf(withBytes(good, 10, [0, 0, 0x03, 0xff]))).toBe('bad_header');
    expect(await outcomeOf(withBytes(good, 10, [0, 0x10, 0, 0x01]))).toBe('bad_header');
    expect(await outcomeOf(withBytes(good, 14, [0, 0]))).toBe('bad_header');
    expect(await outcomeOf(withBytes(good, 14, [0, 65]))).toBe('bad_header');
  });

  it('refuses a header whose stanzas run past the end of the file', async () => {
    const good = craft();
    expect(await outcomeOf(withBytes(good, 14, [0, 64]).subarray(0, 16 + 63 * 80))).toBe('bad_header');
  });

  it('refuses a first chunk that does not open with the header hash (a stanza of someone else changed)', async () => {
    const bytes = craftBundle(sodium, {
      recipients: [parties.third.encryption.publicKey, parties.recipient.encryption.publicKey],
      plaintext: (header) => signedPlaintext(sodium, header, sampleFrameBytes(), parties.sender.signing.privateKey),
    });
    expect(await outcomeOf(flipBit(bytes, 16 + 5))).toBe('bad_header');
  });

  it('answers unsupported_version, with the version, for any version above 1, before the rest of the header', async () => {
    const newer = craft({ version: 2 });
    const error = await readBundle(sodium, { path: save(newer), me: recipientKeys(parties.recipient), admitSender: () => undefined, onRecords: () => undefined, onAttachmentChunk: () => undefined }).catch((e: unknown) => e);
    expect(isCreFailure(error) && error.code).toBe('unsupported_version');
    expect(isCreFailure(error) && error.details).toEqual({ version: 2 });
    expect(await outcomeOf(withBytes(newer, 14, [0, 0]))).toBe('unsupported_version');
    // Versions count from 1: a 0 is a damaged header, not a bundle from a newer app.
    expect(await outcomeOf(craft({ version: 0 }))).toBe('bad_header');
  });

  it('lets inspect answer the same codes without keys', async () => {
    await expect(inspectBundle(save(withBytes(craft(), 0, [0x58])))).rejects.toMatchObject({ code: 'bad_header' });
    await expect(inspectBundle(save(craft({ version: 3 })))).rejects.toMatchObject({ code: 'unsupported_version' });
    await expect(inspectBundle(join(dir, 'no-such-file'))).rejects.toMatchObject({ code: 'io' });
  });
});

describe('not_for_you (step 4)', () => {
  it('refuses a reader whose key pair opens no stanza', async () => {
    expect(await outcomeOf(craft(), undefined, parties.third)).toBe('not_for_you');
  });
});

describe('bad_payload (steps 6, 8, 13)', () => {
  const cases: [string, () => Uint8Array][] = [
    ['a bit flipped in a middle chunk', () => flipBit(craft(), (chunkRanges(craft())[2]?.start ?? 0) + 100)],
    ['a bit flipped in the last chunk', () => { const b = craft(); return flipBit(b, b.byteLength - 30); }],
    ['a file cut inside a chunk', () => { const b = craft(); return b.subarray(0, b.byteLength - 10); }],
    ['TAG_FINAL on a chunk before the last', () => craft({ tag: (i) => (i === 1 ? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL : i === 4 ? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL : sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE) })],
    ['a chunk with TAG_PUSH', () => craft({ tag: (i, n) => (i === 1 ? sodium.crypto_secretstream_xchacha20poly1305_TAG_PUSH : i === n - 1 ? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL : sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE) })],
    ['two middle chunks swapped', () => { const b = craft(); const [, c1, c2] = chunkRanges(b); return concat([b.subarray(0, c1!.start), b.subarray(c2!.start, c2!.end), b.subarray(c1!.start, c1!.end), b.subarray(c2!.end)]); }],
    ['an unknown frame type', () => craft({ frames: [...sampleFrameBytes(), encodeFrame(0x04, new Uint8Array([1, 2, 3]))] })],
    ['a first frame that is not the manifest', () => craft({ frames: sampleFrameBytes().slice(1) })],
    ['a second manifest', () => craft({ frames: [...sampleFrameBytes(), manifestFrame(manifest)] })],
    ['a manifest that is not JSON', () => craft({ frames: [encodeFrame(FRAME_TYPE.manifest, new Uint8Array([0x7b, 0xff])), ...sampleFrameBytes().slice(1)] })],
    ['a manifest with an unknown key', () => craft({ frames: sampleFrameBytes({ ...manifest, extra: 1 }) })],
    ['a manifest of another version', () => craft({ frames: sampleFrameBytes({ ...manifest, version: 2 }) })],
    ['a manifest over 1 MiB', () => craft({ frames: [encodeFrame(FRAME_TYPE.manifest, new Uint8Array(1024 * 1024 + 1)), ...sampleFrameBytes().slice(1)] })],
    ['a records frame over 16 MiB (by its length field)', () => craft({ frames: [...sampleFrameBytes(), concat([new Uint8Array([FRAME_TYPE.records, 0x01, 0, 0, 1]), new Uint8Array(10)])] })],
    ['a records frame that is not {table, rows}', () => craft({ frames: [...sampleFrameBytes(), encodeFrame(FRAME_TYPE.records, encodeJson({ table: 'communities', rows: [1] }))] })],
    [
      'a records frame with 1,001 rows (all counted by the manifest)',
      () => {
        const counted = { ...manifest, contents: { ...manifest.contents, records: { ...manifest.contents.records, communities: 3 + 1001 } } };
        return craft({ frames: [...sampleFrameBytes(counted), encodeFrame(FRAME_TYPE.records, encodeJson({ table: 'communities', rows: Array.from({ length: 1001 }, () => ({ deleted_at: null })) }))] });
      },
    ],
    ['an attachment frame of 20 bytes', () => craft({ frames: [...sampleFrameBytes(), encodeFrame(FRAME_TYPE.attachment, new Uint8Array(20))] })],
    ['an attachment piece over 1 MiB', () => craft({ frames: [...sampleFrameBytes(), encodeFrame(FRAME_TYPE.attachment, new Uint8Array(20 + 1024 * 1024 + 1))] })],
    ['a signature frame of 63 bytes', () => craft({ alterSignature: (s) => s.subarray(0, 63) })],
    ['bytes after the signature frame', () => craft({ trailing: new Uint8Array([0]) })],
    ['a whole frame after the signature frame', () => craft({ trailing: frameBytes({ type: 'records', table: 'communities', rows: [] }) })],
    ['more rows than the manifest counts', () => craft({ frames: [...sampleFrameBytes(), frameBytes({ type: 'records', table: 'communities', rows: [{ deleted_at: null }] })] })],
    ['fewer rows than the manifest counts', () => craft({ frames: sampleFrameBytes().slice(0, 2).concat(sampleFrameBytes().slice(3)) })],
    ['a table the manifest does not list', () => craft({ frames: [...sampleFrameBytes(), frameBytes({ type: 'records', table: 'constructor', rows: [{}] })] })],
    ['a tombstone count that differs', () => craft({ frames: sampleFrameBytes({ ...manifest, contents: { ...manifest.contents, tombstones: 2 } }) })],
    ['attachment bytes that differ', () => craft({ frames: sampleFrameBytes({ ...manifest, contents: { ...manifest.contents, attachments: { count: 1, bytes: 3300 } } }) })],
    ['an attachment the manifest does not count', () => craft({ frames: sampleFrameBytes({ ...manifest, contents: { ...manifest.contents, attachments: { count: 0, bytes: 0 } } }) })],
  ];
  for (const [name, build] of cases) {
    it(`for ${name}`, async () => {
      expect(await outcomeOf(build())).toBe('bad_payload');
    });
  }

  it('refuses rows beyond the manifest counts before handing them to onRecords', async () => {
    const extra = frameBytes({ type: 'records', table: 'communities', rows: [{ id: 'extra', deleted_at: null }] });
    const frames = sampleFrameBytes();
    const seen = await readOutcome(sodium, save(craft({ frames: [...frames.slice(0, 2), extra, ...frames.slice(2)] })), recipientKeys(parties.recipient));
    expect(seen.outcome).toBe('bad_payload');
    expect(seen.records.map((r) => r.table)).toEqual(['communities']);
    expect(seen.attachments).toEqual([]);
  });

  it('refuses attachment bytes beyond the manifest counts before handing them to onAttachmentChunk', async () => {
    const fewer = { ...manifest, contents: { ...manifest.contents, attachments: { count: 1, bytes: 2500 } } };
    const seen = await readOutcome(sodium, save(craft({ frames: sampleFrameBytes(fewer) })), recipientKeys(parties.recipient));
    expect(seen.outcome).toBe('bad_payload');
    expect(seen.attachments.map((a) => a.position)).toEqual([0]);
  });

  it('passes on a refusal of the rows by onRecords', async () => {
    const seen = await readBundle(sodium, {
      path: save(craft()),
      me: recipientKeys(parties.recipient),
      admitSender: () => undefined,
      onRecords: () => {
        throw new CreFailure('bad_payload', 'a row is not valid for its table');
      },
      onAttachmentChunk: () => undefined,
    }).catch((e: unknown) => e);
    expect(isCreFailure(seen) && seen.code).toBe('bad_payload');
  });

  it('reports a callback that throws something else as internal, never as an untyped error', async () => {
    const seen = await readBundle(sodium, {
      path: save(craft()),
      me: recipientKeys(parties.recipient),
      admitSender: () => undefined,
      onRecords: () => undefined,
      onAttachmentChunk: () => {
        throw new TypeError('bug');
      },
    }).catch((e: unknown) => e);
    expect(isCreFailure(seen) && seen.code).toBe('internal');
  });
});

describe('truncated (step 7)', () => {
  it('refuses a file cut at each chunk boundary, and one ending right after its header', async () => {
    const bytes = craft();
    for (const { start } of chunkRanges(bytes)) expect(await outcomeOf(bytes.subarray(0, start))).toBe('truncated');
  });

  it('refuses a stream whose chunks all opened but none had TAG_FINAL', async () => {
    expect(await outcomeOf(craft({ tag: () => sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE }))).toBe('truncated');
  });
});

describe('forwarded (step 9)', () => {
  it('refuses a plaintext a recipient re-encrypted to a third party, who is not in the signed recipient list', async () => {
    const original = craft();
    const { plaintext } = decryptBundle(sodium, original, recipientKeys(parties.recipient));
    const forwarded = craftBundle(sodium, { recipients: [parties.third.encryption.publicKey], plaintext: () => plaintext });
    expect(await outcomeOf(forwarded, undefined, parties.third)).toBe('forwarded');
    // Were the check missing, the signature would still fail: the header changed.
    const alsoListed = { ...manifest, recipients: [...manifest.recipients, testManifest(sodium, { sender: parties.sender, recipients: [parties.third], contents: manifest.contents }).recipients[0]!] };
    const signedForBoth = craft({ frames: sampleFrameBytes(alsoListed) });
    const resent = craftBundle(sodium, { recipients: [parties.third.encryption.publicKey], plaintext: () => decryptBundle(sodium, signedForBoth, recipientKeys(parties.recipient)).plaintext });
    expect(await outcomeOf(resent, undefined, parties.third)).toBe('bad_signature');
  });

  it('needs both of the reader’s keys in one recipient entry', async () => {
    const mixed = { ...manifest, recipients: [{ encryptionKey: manifest.recipients[0]!.encryptionKey, signingKey: sodium.to_base64(parties.third.signing.publicKey, sodium.base64_variants.ORIGINAL) }] };
    expect(await outcomeOf(craft({ frames: sampleFrameBytes(mixed) }))).toBe('forwarded');
  });
});

describe('admitSender (steps 10–12)', () => {
  for (const code of ['unknown_sender', 'unverified_sender', 'replayed'] as ErrorCode[]) {
    it(`refuses with ${code} when the directory says so, after the manifest and before any row`, async () => {
      const seen = await readOutcome(sodium, save(craft()), recipientKeys(parties.recipient), refuseWith(code));
      expect(seen.outcome).toBe(code);
      expect(seen.records).toEqual([]);
    });
  }

  it('is given the manifest the sender signed', async () => {
    let given: BundleManifest | undefined;
    await outcomeOf(craft(), (m) => (given = m));
    expect(given).toEqual(manifest);
  });

  it('comes after forwarded, which comes after the stanzas', async () => {
    expect(await outcomeOf(craft({ frames: sampleFrameBytes({ ...manifest, recipients: [manifest.recipients[0], manifest.recipients[0]].map((r) => ({ ...r!, encryptionKey: r!.signingKey })) }) }), refuseWith('unknown_sender'))).toBe('forwarded');
  });
});

describe('bad_signature (step 14)', () => {
  it('refuses a signature changed and re-encrypted with the file key', async () => {
    expect(await outcomeOf(craft({ alterSignature: (s) => flipBit(s, 10) }))).toBe('bad_signature');
  });

  it('refuses a bundle signed with a key other than the manifest sender’s', async () => {
    expect(await outcomeOf(craft({ signer: parties.third.signing.privateKey }))).toBe('bad_signature');
  });

  it('refuses a signature that does not cover this header', async () => {
    const other = craftBundle(sodium, { recipients: [parties.recipient.encryption.publicKey], plaintext: () => new Uint8Array(0) });
    const foreignHeader = other.subarray(0, 16 + 80 + 24);
    expect(await outcomeOf(craftBundle(sodium, { recipients: [parties.recipient.encryption.publicKey], plaintext: () => signedPlaintext(sodium, foreignHeader, sampleFrameBytes(), parties.sender.signing.privateKey) }))).toBe('bad_signature');
  });
});

describe('io', () => {
  it('answers io for a file that does not exist', async () => {
    const seen = await readOutcome(sodium, join(dir, 'no-such.crebundle'), recipientKeys(parties.recipient));
    expect(seen.outcome).toBe('io');
  });
});
