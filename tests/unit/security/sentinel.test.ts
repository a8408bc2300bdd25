// Security items 4 and 22: no passphrase, key or plaintext record reaches any file outside the encrypted database.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openVaultDatabase, closeVaultDatabase } from '../../../db/connection.js';
import { asWritable } from '../../../db/handles.js';
import { setSetting } from '../../../db/settings.repo.js';
import { createTestVault, STRONG_PASSPHRASE } from '../../helpers/temp-vault.js';
import { readDataKey } from '../../helpers/data-key.js';

/** Every file under `dir` changed since `since`, skipping folders we cannot read. */
function filesChangedSince(dir: string, since: number, out: string[] = []): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    try {
      if (entry.isDirectory()) filesChangedSince(path, since, out);
      else if (entry.isFile() && statSync(path).mtimeMs >= since && statSync(path).size < 64 * 1024 * 1024) out.push(path);
    } catch {
      // A file removed while we walk is not a leak.
    }
  }
  return out;
}

function occurrences(files: string[], needles: Buffer[]): string[] {
  const hits: string[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      continue;
    }
    for (const needle of needles) if (bytes.includes(needle)) hits.push(`${file} contains ${needle.toString('utf8').slice(0, 12)}…`);
  }
  return hits;
}

describe('sentinel search', () => {
  it('finds the passphrase, keys and a stored value nowhere in the vault folder or the temp folder', async () => {
    const started = Date.now() - 1000;
    const sentinel = `SENTINEL-${randomBytes(8).toString('hex')}`;
    const passphrase = `${STRONG_PASSPHRASE} ${sentinel}`;
    const { core, vaultDir, recoveryKey } = await createTestVault(passphrase);
    const dataKey = await readDataKey(vaultDir, passphrase);
    core.vault.lock('user');
    // A stored value, written through the same driver and key the app uses.
    const db = asWritable(openVaultDatabase(join(vaultDir, 'vault.db'), dataKey));
    setSetting(db, 'sentinel', `record ${sentinel} ${'x'.repeat(5000)}`);
    closeVaultDatabase(db);
    core.vault.unlock(passphrase);
    core.vault.lock('user');
    expect(() => core.vault.unlock(`wrong ${sentinel}`)).toThrow();

    const needles = [
      Buffer.from(sentinel, 'utf8'),
      Buffer.from(sentinel, 'utf16le'),
      Buffer.from(dataKey.toString('hex'), 'utf8'),
      dataKey,
      Buffer.from(recoveryKey, 'utf8'),
      Buffer.from(recoveryKey.replace(/-/g, ''), 'utf8'),
    ];
    const vaultFiles = readdirSync(vaultDir).map((name) => join(vaultDir, name));
    expect(vaultFiles.map((file) => file.slice(vaultDir.length + 1)).sort()).toEqual(
      expect.arrayContaining(['unlock-attempts.json', 'vault.db', 'vault.keys.json']),
    );
    expect(occurrences(vaultFiles, needles)).toEqual([]);
    expect(occurrences(filesChangedSince(tmpdir(), started), needles)).toEqual([]);
  });
});

describe('sentinel search over roster and community records', () => {
  it('finds sensitive contact values and risk notes nowhere outside the database, and not in the masked views', async () => {
    const started = Date.now() - 1000;
    const sentinel = `SENTINEL-${randomBytes(8).toString('hex')}`;
    const { core, vaultDir } = await createTestVault();
    const { id } = core.roster.create({
      name: 'Fictional Sentinel Collective',
      kind: 'cso',
      countries: ['KE'],
      levels: ['local'],
      strategyAreas: ['security_support'],
      expertise: [],
      languages: ['sw'],
      contacts: [{ type: 'signal', value: `+000 ${sentinel}` }],
      vetting: { status: 'vetted' },
      availability: { status: 'available' },
      sharing: 'secretariat',
      riskNotes: `risk ${sentinel}`,
      notes: 'plain note',
    });
    expect(JSON.stringify(core.roster.get(id))).not.toContain(sentinel);
    const community = core.communities.create({
      name: 'Fictional Sentinel Community',
      country: 'KE',
      languages: ['sw'],
      contacts: [{ type: 'whatsapp', value: `+000 community ${sentinel}` }],
      sharing: 'secretariat',
    });
    expect(JSON.stringify(core.communities.get(community.id))).not.toContain(sentinel);
    expect(JSON.stringify(core.vault.auditTrail(50))).not.toContain(sentinel);
    core.vault.lock('user');
    const needles = [Buffer.from(sentinel, 'utf8'), Buffer.from(sentinel, 'utf16le')];
    const vaultFiles = readdirSync(vaultDir).map((name) => join(vaultDir, name));
    expect(occurrences(vaultFiles, needles)).toEqual([]);
    expect(occurrences(filesChangedSince(tmpdir(), started), needles)).toEqual([]);
  });
});
