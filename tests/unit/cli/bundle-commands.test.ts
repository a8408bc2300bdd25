// `cre bundle export`, `inspect` and `import` between a coordinator's vault and an Asia facilitator's: the preview, the
// outsider's view and the manifest, the import report, refusals with exit code 8 in the user's language, bad arguments.
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SharingLevel } from '../../../common/roster/taxonomy.js';
import esErrors from '../../../common/i18n/locales/es/errors.json' with { type: 'json' };
import { EXIT_CODES } from '../../../main/cli/exit-codes.js';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { createTestVault, openTestCore, STRONG_PASSPHRASE, type TestCore } from '../../helpers/temp-vault.js';
import { cre, removeTempDirs, secretFile, tempDir } from './cli-harness.js';

afterEach(removeTempDirs);

const community = (name: string, country: string, sharing: SharingLevel) => ({ ...RIO_VERDE, name, country, sharing, contacts: [] });
const ATTACHMENT_BYTES = 200_000;

async function introduce(a: TestCore, b: TestCore, verified: boolean): Promise<void> {
  const { text } = await b.core.team.myCard();
  const { member } = a.core.team.importCardText(text);
  if (verified) a.core.team.setVerified(member.id, true);
}

/** A coordinator and an Asia facilitator who know each other; the coordinator holds records of three sharing levels. */
async function team(options: { verified?: boolean } = {}) {
  const coordinator = await createTestVault();
  const asia = await createTestVault();
  coordinator.core.team.updateMe({ displayName: 'Coordinator', role: 'coordinator', region: 'global' });
  asia.core.team.updateMe({ displayName: 'Asia facilitator', role: 'facilitator', region: 'asia' });
  await introduce(coordinator, asia, options.verified ?? true);
  await introduce(asia, coordinator, true);
  coordinator.core.communities.create(community('Asia regional', 'ID', 'regional'));
  coordinator.core.communities.create(community('Asia secretariat only', 'PH', 'secretariat'));
  coordinator.core.communities.create(community('Latin network', 'BR', 'network'));
  // An attachment large enough to span several payload chunks, so a byte flipped mid-file damages a later chunk.
  const { id } = coordinator.core.resources.create({ title: 'Toolkit', type: 'other', strategyAreas: [], languages: [], sharing: 'network' });
  const input = join(tempDir(), 'toolkit.bin');
  writeFileSync(input, Buffer.alloc(ATTACHMENT_BYTES, 7));
  coordinator.core.resources.attachFile(id, input, randomUUID());
  // The CLI opens its own core, as a separate process would.
  coordinator.core.dispose();
  asia.core.dispose();
  return { coordinator: coordinator.vaultDir, asia: asia.vaultDir, pass: secretFile(STRONG_PASSPHRASE) };
}

/** Reads a vault after the CLI is done with it. */
async function inVault<T>(vaultDir: string, read: (core: TestCore['core']) => T): Promise<T> {
  const { core } = await openTestCore(vaultDir);
  core.vault.unlock(STRONG_PASSPHRASE);
  try {
    return read(core);
  } finally {
    core.dispose();
  }
}

const communityNames = (core: TestCore['core']) =>
  core.communities.list({ text: '', region: null, deleted: false, limit: 50, offset: 0 }).map((c) => c.name).sort();

describe('cre bundle', () => {
  it('exports for a facilitator named on the command line, shows what anyone and what the recipient sees, and imports', async () => {
    const { coordinator, asia, pass } = await team();
    const file = join(tempDir(), 'to-asia.crebundle');

    const exported = await cre(['bundle', 'export', '--to', 'asia FACILITATOR', '--out', file, '--vault-dir', coordinator, '--passphrase-file', pass]);
    expect(exported.code).toBe(EXIT_CODES.ok);
    expect(exported.out).toContain('Bundle for: Asia facilitator\nWhat will travel:\n  Records:\n');
    expect(exported.out).toContain('    communities: 2\n');
    expect(exported.out).toContain(`  Attachment files: 1 (${ATTACHMENT_BYTES} bytes)\n`);
    expect(exported.out).toContain('Withheld by consent (stays in this vault):\n    communities: 1\n');
    const written = /Bundle ([0-9a-f-]{36}) written to (.+) \((\d+) bytes\)\.\n$/.exec(exported.out);
    expect(written?.[2]).toBe(file);
    const [, bundleId, , bytes] = written ?? [];
    expect(Number(bytes)).toBe(readFileSync(file).byteLength);

    const outsider = await cre(['bundle', 'inspect', file]);
    expect(outsider.code).toBe(EXIT_CODES.ok);
    expect(outsider.out).toBe(`Bundle ${file}\nSize: ${bytes} bytes\nFormat version: 1\nRecipients (stanzas): 1\nChunk size: 65536 bytes\n`);

    const recipient = await cre(['bundle', 'inspect', file, '--vault-dir', asia, '--passphrase-file', pass]);
    expect(recipient.code).toBe(EXIT_CODES.ok);
    expect(recipient.out).toContain(`This bundle is addressed to this vault. Its manifest:\nBundle id: ${bundleId}\nSender: Coordinator (verified)\n`);
    expect(recipient.out).toContain('Sequence: 1\nRecords:\n  communities: 2\n');
    expect(recipient.out).toContain('not by this command');

    // The sender is not among the recipients: the stanza does not open with its keys.
    const sender = await cre(['bundle', 'inspect', file, '--vault-dir', coordinator, '--passphrase-file', pass]);
    expect(sender.code).toBe(EXIT_CODES.bundleRefused);
    // Inspect never imports, so its refusal does not say that nothing was imported.
    expect(sender.err).toBe('cre: This file cannot be read as a bundle: not addressed to you.\n');

    // Inspecting read the manifest only: nothing was applied or recorded.
    expect(await inVault(asia, (core) => [communityNames(core), core.bundles.history(10).length])).toEqual([[], 0]);

    const imported = await cre(['bundle', 'import', file, '--vault-dir', asia, '--passphrase-file', pass]);
    expect(imported.code).toBe(EXIT_CODES.ok);
    expect(imported.out).toContain(`Bundle ${bundleId} from Coordinator imported (`);
    expect(imported.out).toContain('Records written:\n  communities: 2\n');
    expect(imported.out).toContain('  attachments: 1\n');
    expect(imported.out).toContain('Conflicts: 0\n');
    expect(await inVault(asia, communityNames)).toEqual(['Asia regional', 'Latin network']);

    const again = await cre(['bundle', 'import', file, '--vault-dir', asia, '--passphrase-file', pass]);
    expect(again.code).toBe(EXIT_CODES.bundleRefused);
    expect(again.err).toBe('cre: This bundle, or a newer one from the same sender, was already imported. Nothing was imported again.\n');
  }, 120_000);

  it('refuses a tampered file with exit code 8 and the message in the user’s language, and changes nothing', async () => {
    const { coordinator, asia, pass } = await team();
    const file = join(tempDir(), 'to-asia.crebundle');
    expect((await cre(['bundle', 'export', '--to', 'Asia facilitator', '--out', file, '--vault-dir', coordinator, '--passphrase-file', pass])).code).toBe(0);
    const bytes = readFileSync(file);
    const middle = Math.floor(bytes.byteLength / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0x01;
    writeFileSync(file, bytes);

    const run = await cre(['--lang', 'es', 'bundle', 'import', file, '--vault-dir', asia, '--passphrase-file', pass]);
    expect(run.code).toBe(EXIT_CODES.bundleRefused);
    expect(run.err).toBe(`cre: ${esErrors.bad_payload}\n`);
    expect(run.out).toBe('');
    // As in the app, the refusal is remembered in the history, and no record was written.
    expect(await inVault(asia, (core) => [communityNames(core), core.bundles.history(10).map((h) => h.outcome)])).toEqual([[], ['bad_payload']]);

    const header = readFileSync(file);
    header[0] = 0;
    writeFileSync(file, header);
    const outsider = await cre(['bundle', 'inspect', file]);
    expect(outsider.code).toBe(EXIT_CODES.bundleRefused);
    expect(outsider.err).toBe('cre: This file cannot be read as a bundle: not a bundle or damaged header.\n');
  }, 120_000);

  it('refuses bad arguments and unusable recipients with the usage exit code, before anything is written', async () => {
    const { coordinator, pass } = await team({ verified: false });
    const dir = tempDir();
    const out = join(dir, 'x.crebundle');
    const vault = ['--vault-dir', coordinator, '--passphrase-file', pass];

    const usage = [
      ['bundle', 'export', '--out', out, ...vault],
      ['bundle', 'export', '--to', 'Asia facilitator', ...vault],
      ['bundle', 'inspect'],
      ['bundle', 'import', join(dir, 'missing.crebundle'), ...vault],
      ['bundle', 'export', '--to', 'Asia facilitator', '--out', join(dir, 'no-such-folder', 'x.crebundle'), ...vault],
    ];
    for (const argv of usage) expect((await cre(argv)).code, argv.join(' ')).toBe(EXIT_CODES.usage);

    const unknown = await cre(['bundle', 'export', '--to', 'Africa facilitator', '--out', out, ...vault]);
    expect(unknown.code).toBe(EXIT_CODES.usage);
    expect(unknown.err).toBe('cre: No team member is called “Africa facilitator”. Team members: Asia facilitator.\n');

    const unverified = await cre(['--lang', 'fr', 'bundle', 'export', '--to', 'Asia facilitator', '--out', out, ...vault]);
    expect(unverified.code).toBe(EXIT_CODES.usage);
    expect(unverified.err).toMatch(/^cre: Asia facilitator n’est pas encore vérifié\./);

    const missing = await cre(['bundle', 'import', join(dir, 'missing.crebundle'), ...vault]);
    expect(missing.err).toContain('no such file');
    expect(() => readFileSync(out)).toThrow();
  }, 120_000);
});
