// A bundle file opened for reading, its size known, and closed whatever happens; unexpected errors become `internal`.
import { open, type FileHandle } from 'node:fs/promises';
import { CreFailure, isCreFailure } from '../../../../common/contract/errors.js';

export async function withBundleFile<T>(path: string, work: (file: FileHandle, fileBytes: number) => Promise<T>): Promise<T> {
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch {
    throw new CreFailure('io', 'The bundle file could not be opened.');
  }
  try {
    let fileBytes: number;
    try {
      fileBytes = (await file.stat()).size;
    } catch {
      throw new CreFailure('io', 'The bundle file could not be read.');
    }
    return await work(file, fileBytes);
  } catch (error) {
    if (isCreFailure(error)) throw error;
    throw new CreFailure('internal', 'The bundle could not be read: an unexpected error occurred.');
  } finally {
    await file.close().catch(() => undefined);
  }
}
