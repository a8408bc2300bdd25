// Reading CSV files over a real vault: UTF-16 without a BOM (either byte order) and the size limit, named in four languages.
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../common/languages.js';
import { importMessage } from '../../../main/core/roster/csv-messages.js';
import { decodeCsvBytes, MAX_CSV_BYTES, sniffUtf16 } from '../../../main/core/roster/csv-read.js';
import { createTestVault, makeTempDir } from '../../helpers/temp-vault.js';

const TEXT = 'name,kind,countries\r\nSão Tomé Collective,community,ST\r\nŁódź Ñandú Group,cso,PL\r\n';

function bigEndian(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf16le');
  return bytes.swap16();
}

function writeBytes(bytes: Uint8Array | string, name = 'roster.csv'): string {
  const file = join(makeTempDir('cre-csv-read-'), name);
  writeFileSync(file, bytes);
  return file;
}

describe('UTF-16 without a BOM', () => {
  it('is recognised by its NUL bytes in either byte order, and BE with a BOM too', () => {
    expect(decodeCsvBytes(Buffer.from(TEXT, 'utf16le'))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeCsvBytes(bigEndian(TEXT))).toEqual({ text: TEXT, encoding: 'utf-16be' });
    expect(decodeCsvBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), bigEndian(TEXT)]))).toEqual({ text: TEXT, encoding: 'utf-16be' });
    // UTF-8 and single-byte text have no NUL: they are not taken for UTF-16.
    expect(sniffUtf16(Buffer.from(TEXT))).toBeNull();
    expect(sniffUtf16(Buffer.from(TEXT, 'latin1'))).toBeNull();
    expect(sniffUtf16(Buffer.from('a'))).toBeNull();
    expect(decodeCsvBytes(Buffer.from(TEXT)).encoding).toBe('utf-8');
  });

  it('maps the columns and reads the accents of a BOM-less UTF-16 file, with the UTF-16 warning', async () => {
    const { core } = await createTestVault();
    const importer = core.rosterIo.importer;
    for (const bytes of [Buffer.from(TEXT, 'utf16le'), bigEndian(TEXT)]) {
      const opened = importer.open(writeBytes(bytes));
      expect(opened.suggestedMapping).toEqual(['name', 'kind', 'countries']);
      expect(opened.sample.map((row) => row[0])).toEqual(['São Tomé Collective', 'Łódź Ñandú Group']);
      expect(opened.warnings).toEqual([{ code: 'utf16', params: {} }]);
      expect(importer.preview(opened.token, opened.suggestedMapping).valid).toBe(2);
      importer.cancel(opened.token);
    }
  });
});

describe('the size limit', () => {
  it('refuses a file over 64 MiB with too_large and the limit in its details, before reading it', async () => {
    const { core } = await createTestVault();
    const file = writeBytes('name,kind\n', 'huge.csv');
    // A sparse file: the size is what is checked, before a byte is read.
    truncateSync(file, 65 * 1024 * 1024);
    expect(MAX_CSV_BYTES).toBe(64 * 1024 * 1024);
    let failure: unknown;
    try {
      core.rosterIo.importer.open(file);
    } catch (error) {
      failure = error;
    }
    expect(failure).toMatchObject({ code: 'too_large', details: { limitBytes: MAX_CSV_BYTES } });
  });

  it('says so in the import’s words in every language, naming the limit in MiB', () => {
    for (const language of LANGUAGES) {
      const message = importMessage(language, 'error.tooLarge', { limit: 64 });
      expect(message).toMatch(/64 Mi[Bo]/);
      expect(message).not.toBe('error.tooLarge');
    }
    expect(importMessage('en', 'error.tooLarge', { limit: 64 })).toBe(
      'This file is too large to import: the limit is 64 MiB. Split it into smaller files and import them one by one.',
    );
  });
});
