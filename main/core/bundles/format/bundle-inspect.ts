// What an outsider sees of a bundle without any key: its size and what the header says (docs/bundle-format.md).
import { withBundleFile } from './bundle-file.js';
import { readBundleHeader } from './bundle-header.js';

export interface BundleOutline {
  bytes: number;
  version: number;
  chunkSize: number;
  recipients: number;
}

/** Checks 1–3 of reading, as the reader makes them: bad_header or unsupported_version. */
export async function inspectBundle(path: string): Promise<BundleOutline> {
  return withBundleFile(path, async (file, bytes) => {
    const header = await readBundleHeader(file, bytes);
    return { bytes, version: header.version, chunkSize: header.chunkSize, recipients: header.stanzas.length };
  });
}
