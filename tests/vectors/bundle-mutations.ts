// Damage done to real bundles for the fuzz test and the standalone fuzz run: bit flips, overwrites, truncations, cuts
// and insertions, duplicated or swapped regions (aligned on chunks or on 64 KiB), each read back with readBundle.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { BundleFrame } from '../../main/core/bundles/format/frames.js';
import { writeBundle } from '../../main/core/bundles/format/bundle-writer.js';
import type { Sodium } from '../../main/core/crypto/sodium.js';
import { BUNDLE_CODES, FIXED_FILE_KEY_HEX, patternBytes, readOutcome, recipientKeys, sampleFrames, splitBundle, testManifest, testParties } from './bundle-craft.js';

export type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'overwrite'; at: number; bytes: Uint8Array }
  | { kind: 'truncate'; at: number }
  | { kind: 'cut'; unit: 'chunk' | '64KiB'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'duplicate'; unit: 'chunk' | '64KiB'; from: number; to: number }
  | { kind: 'swap'; unit: 'chunk' | '64KiB'; a: number; b: number };

/**
 * Positions are fractions of the file (0 ≤ x < 1), so one arbitrary serves bundles of any size: mostly uniform over the
 * file, a quarter with fast-check's bias towards small values, which puts them in the header.
 */
const FRACTION_STEPS = 2 ** 30;
const anyFraction = fc.integer({ min: 0, max: FRACTION_STEPS - 1 }).map((n) => n / FRACTION_STEPS);
const fraction = fc.oneof({ arbitrary: fc.noBias(anyFraction), weight: 3 }, { arbitrary: anyFraction, weight: 1 });
const someBytes = fc.uint8Array({ minLength: 1, maxLength: 16 });
const unit = fc.constantFrom<'chunk' | '64KiB'>('chunk', '64KiB');

export const mutationArbitrary: fc.Arbitrary<Mutation[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fraction, bit: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ kind: fc.constant('overwrite' as const), at: fraction, bytes: someBytes }),
    fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
    fc.record({ kind: fc.constant('cut' as const), unit, at: fraction }),
    fc.record({ kind: fc.constant('insert' as const), at: fraction, bytes: someBytes }),
    fc.record({ kind: fc.constant('duplicate' as const), unit, from: fraction, to: fraction }),
    fc.record({ kind: fc.constant('swap' as const), unit, a: fraction, b: fraction }),
  ),
  { minLength: 1, maxLength: 3 },
);

function concat(pieces: Uint8Array[]): Uint8Array {
  return Uint8Array.from(Buffer.concat(pieces));
}

/** Aligned regions of the file: whole ciphertext chunks from the payload's start, or 64 KiB blocks from byte 0. */
function regions(bytes: Uint8Array, kind: 'chunk' | '64KiB'): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (kind === '64KiB') {
    for (let start = 0; start + 65536 <= bytes.byteLength; start += 65536) out.push({ start, end: start + 65536 });
    return out;
  }
  if (bytes.byteLength < 16) return out;
  const { chunkSize, payloadStart } = splitBundle(bytes);
  const size = chunkSize + 17;
  if (chunkSize < 1024 || chunkSize > 1024 * 1024) return out;
  for (let start = payloadStart; start + size <= bytes.byteLength; start += size) out.push({ start, end: start + size });
  return out;
}

function pick<T>(items: T[], at: number): T | undefined {
  return items[Math.floor(at * items.length)];
}

export function applyMutation(bytes: Uint8Array, mutation: Mutation): Uint8Array {
  const at = (x: number) => Math.floor(x * bytes.byteLength);
  switch (mutation.kind) {
    case 'flip': {
      if (bytes.byteLength === 0) return bytes;
      const out = Uint8Array.from(bytes);
      out[at(mutation.at)] = (out[at(mutation.at)] ?? 0) ^ (1 << mutation.bit);
      return out;
    }
    case 'overwrite': {
      const out = Uint8Array.from(bytes);
      const start = at(mutation.at);
      out.set(mutation.bytes.subarray(0, bytes.byteLength - start), start);
      return out;
    }
    case 'truncate':
      return bytes.subarray(0, at(mutation.at));
    case 'cut': {
      const region = pick(regions(bytes, mutation.unit), mutation.at);
      return region ? bytes.subarray(0, region.start) : bytes;
    }
    case 'insert':
      return concat([bytes.subarray(0, at(mutation.at)), mutation.bytes, bytes.subarray(at(mutation.at))]);
    case 'duplicate': {
      const all = regions(bytes, mutation.unit);
      const from = pick(all, mutation.from);
      const to = pick(all, mutation.to);
      if (!from || !to) return bytes;
      return concat([bytes.subarray(0, to.start), bytes.subarray(from.start, from.end), bytes.subarray(to.start)]);
    }
    case 'swap': {
      const all = regions(bytes, mutation.unit);
      const [first, second] = [pick(all, mutation.a), pick(all, mutation.b)].sort((x, y) => (x?.start ?? 0) - (y?.start ?? 0));
      if (!first || !second || first.start === second.start) return bytes;
      return concat([bytes.subarray(0, first.start), bytes.subarray(second.start, second.end), bytes.subarray(first.end, second.start), bytes.subarray(first.start, first.end), bytes.subarray(second.end)]);
    }
  }
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.compare(a, b) === 0;
}

export interface FuzzBase {
  name: string;
  bytes: Uint8Array;
}

/** Two real bundles from the writer with 1 KiB chunks: a small one (a few chunks) and one over 192 KiB (three 64 KiB blocks). */
export async function fuzzBases(sodium: Sodium, dir: string): Promise<FuzzBase[]> {
  const parties = testParties(sodium);
  const small = sampleFrames();
  const largeFrames: BundleFrame[] = [...small.frames.slice(0, 2)];
  for (let position = 0; position < 200; position += 1) {
    largeFrames.push({ type: 'attachment', attachmentId: '0190d5a0-6666-7000-8000-000000000001', position, bytes: patternBytes(1000, position) });
  }
  const large = { frames: largeFrames, contents: { ...small.contents, attachments: { count: 1, bytes: 200 * 1000 } } };
  const bases: FuzzBase[] = [];
  for (const [name, sample] of [['small', small], ['large', large]] as const) {
    const path = join(dir, `${name}.base`);
    await writeBundle(sodium, {
      path,
      manifest: testManifest(sodium, { sender: parties.sender, recipients: [parties.third, parties.recipient], contents: sample.contents }),
      sender: { signingSecretKey: parties.sender.signing.privateKey },
      recipients: [parties.third.encryption.publicKey, parties.recipient.encryption.publicKey],
      frames: sample.frames,
      chunkSize: 1024,
      deterministic: { fileKey: sodium.from_hex(FIXED_FILE_KEY_HEX) },
    });
    bases.push({ name, bytes: readFileSync(path) });
    rmSync(path);
  }
  return bases;
}

export interface FuzzResult {
  changed: boolean;
  outcome: string;
  /** Why this case is a crash: success on changed bytes, an error that is not a bundle code, or an untyped throw. */
  crash?: string;
}

/** Applies the mutations to `base`, writes the result to `path` and reads it as the recipient. */
export async function runFuzzCase(sodium: Sodium, base: FuzzBase, mutations: Mutation[], path: string): Promise<FuzzResult> {
  const bytes = mutations.reduce(applyMutation, base.bytes);
  const changed = !equalBytes(bytes, base.bytes);
  writeFileSync(path, bytes);
  const seen = await readOutcome(sodium, path, recipientKeys(testParties(sodium).recipient));
  if (seen.untyped !== undefined) return { changed, outcome: 'untyped', crash: `untyped error: ${String(seen.untyped)}` };
  if (!changed) return seen.outcome === 'success' ? { changed, outcome: seen.outcome } : { changed, outcome: seen.outcome, crash: 'the unchanged bundle was refused' };
  if (seen.outcome === 'success') return { changed, outcome: seen.outcome, crash: 'a changed bundle was accepted' };
  if (!(BUNDLE_CODES as readonly string[]).includes(seen.outcome)) return { changed, outcome: seen.outcome, crash: `not a bundle code: ${seen.outcome}` };
  return { changed, outcome: seen.outcome };
}
