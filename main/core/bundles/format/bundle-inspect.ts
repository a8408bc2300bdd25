// What an outsider sees of a bundle without any key: its size and what the header says (docs/bundle-format.md).
import { open, type FileHandle } from 'node:fs/promises';
import { CreFailure } from '../../../../common/contract/errors.js';
import { readBundleHeader } from './bundle-header.js';

export interface BundleOutline {
  bytes: number;
  version: number;
  chunkSize: number;
  recipients: number;
}

/** Checks 1–3 of reading, as the reader makes them: bad_header or unsupported_version. */
export async function inspectBundle(path: string): Promise<BundleOutline> {
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch {
    throw new CreFailure('io', 'The bundle file could not be opened.');
  }
  try {
    let bytes: number;
    try {
      bytes = (await file.stat()).size;
    } catch {
      throw new CreFailure('io', 'The bundle file could not be read.');
    }
    const header = await readBundleHeader(file, bytes);
    return { bytes, version: header.version, chunkSize: header.chunkSize, recipients: header.stanzas.length };
  } finally {
    await file.close().catch(() => undefined);
  }
}
