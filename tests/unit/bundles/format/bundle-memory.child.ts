// Child process of bundle-memory.test.ts: one ~200 MB bundle of attachment frames written and read in a fresh process,
// with the hashes of the bytes in and out and the memory figures, printed as JSON.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readBundle } from '../../../../main/core/bundles/format/bundle-reader.js';
import { writeBundle, type BundleFrame } from '../../../../main/core/bundles/format/bundle-writer.js';
import { loadSodium } from '../../../../main/core/crypto/sodium.js';
import { recipientKeys, testManifest, testParties } from '../../../vectors/bundle-craft.js';

const [dir, megabytes] = process.argv.slice(2);
if (!dir || !megabytes) throw new Error('usage: bundle-memory.child.ts <dir> <MiB of attachment bytes>');
const pieces = Number(megabytes);
const PIECE_BYTES = 1024 * 1024;
const ATTACHMENT_ID = '0190d5a0-5555-7000-8000-000000000001';

const sodium = await loadSodium();
const parties = testParties(sodium);
const path = join(dir, 'large.crebundle');
const inputHash = createHash('sha256');

function* frames(): Generator<BundleFrame> {
  const piece = new Uint8Array(PIECE_BYTES);
  for (let position = 0; position < pieces; position += 1) {
    piece.fill(position % 251);
    new DataView(piece.buffer).setUint32(0, position);
    inputHash.update(piece);
    yield { type: 'attachment', attachmentId: ATTACHMENT_ID, position, bytes: piece };
  }
}

const contents = { records: {}, tombstones: 0, attachments: { count: 1, bytes: pieces * PIECE_BYTES } };
const rssBeforeBytes = process.memoryUsage().rss;
const written = await writeBundle(sodium, {
  path,
  manifest: testManifest(sodium, { sender: parties.sender, recipients: [parties.recipient], contents }),
  sender: { signingSecretKey: parties.sender.signing.privateKey },
  recipients: [parties.recipient.encryption.publicKey],
  frames: frames(),
});
const outputHash = createHash('sha256');
let nextPosition = 0;
await readBundle(sodium, {
  path,
  me: recipientKeys(parties.recipient),
  admitSender: () => undefined,
  onRecords: () => undefined,
  onAttachmentChunk: (_id, position, bytes) => {
    if (position !== nextPosition) throw new Error('pieces out of order');
    nextPosition += 1;
    outputHash.update(bytes);
  },
});
const peakRssBytes = process.resourceUsage().maxRSS * 1024;
process.stdout.write(
  `${JSON.stringify({ bytes: written.bytes, pieces: nextPosition, inputSha256: inputHash.digest('hex'), outputSha256: outputHash.digest('hex'), rssBeforeBytes, peakRssBytes })}\n`,
);
