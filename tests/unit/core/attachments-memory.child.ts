// Child process of attachments-memory.test.ts: one 200 MB round trip in a fresh process, its figures printed as JSON.
import { attachmentRoundTrip } from '../../../scripts/bench/attachments-round-trip.js';

const [dir, bytes] = process.argv.slice(2);
if (!dir || !bytes) throw new Error('usage: attachments-memory.child.ts <dir> <bytes>');
process.stdout.write(`${JSON.stringify(await attachmentRoundTrip(dir, Number(bytes)))}\n`);
