// `cre review packet`, `inspect` and `import` between a secretariat's vault and a committee member's (reviewer mode):
// the preview and the file written, the manifest the member sees, the packet opened, the return imported and refused
// again, and the command lines refused before any passphrase is asked for.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../../main/cli/cli-i18n.js';
import { EXIT_CODES } from '../../../main/cli/exit-codes.js';
import { packetFromOptions, registerReviewCommands, type ReviewPacketOptions } from '../../../main/cli/review-commands.js';
import { grantsTestVault } from '../../helpers/grant-fixtures.js';
import { BUDGET_BYTES, reviewTestVaults, SENTINELS } from '../../helpers/review-fixtures.js';
import { createTestVault, openTestCore, STRONG_PASSPHRASE, type TestCore } from '../../helpers/temp-vault.js';
import { cre, removeTempDirs, secretFile, tempDir } from './cli-harness.js';

afterEach(removeTempDirs);

const VECTORS = resolve(import.meta.dirname, '..', '..', 'vectors', 'review');
const PACKET_VECTOR = join(VECTORS, 'review_packet.success.bin');

async function introduce(a: TestCore['core'], b: TestCore['core']): Promise<string> {
  const { text } = await b.team.myCard();
  const { member } = a.team.importCardText(text);
  a.team.setVerified(member.id, true);
  return member.id;
}

/** A committee member's vault, in reviewer mode, named Maria. */
async function memberVault(): Promise<TestCore> {
  const member = await openTestCore();
  member.core.vault.create(STRONG_PASSPHRASE, { reviewer: true });
  member.core.team.updateMe({ displayName: 'Maria Committee', role: 'advisory_committee', region: 'global' });
  return member;
}

/** Reads a vault after the CLI is done with it. */
async function inVault<T>(vaultDir: string, read: (core: TestCore['core']) => T | Promise<T>): Promise<T> {
  const { core } = await openTestCore(vaultDir);
  core.vault.unlock(STRONG_PASSPHRASE);
  try {
    return await read(core);
  } finally {
    core.dispose();
  }
}

describe('cre review: command lines refused before the passphrase', () => {
  it('lists its three commands in the help', async () => {
    const help = await cre(['review', '--help']);
    expect(help.code).toBe(EXIT_CODES.ok);
    for (const command of ['packet', 'import', 'inspect']) expect(help.out).toMatch(new RegExp(`^  ${command} `, 'm'));
    const spanish = await cre(['--lang', 'es', 'review', 'packet', '--help']);
    expect(spanish.out).toContain('--rating-question <text>');
    expect(spanish.out).toContain('una valoración de 1');
  });

  it('reads the command line into the packet the app composes', async () => {
    const t = createTranslator('en');
    const program = new Command('cre').exitOverride();
    let options: ReviewPacketOptions | undefined;
    registerReviewCommands(program, t, async (cmd) => void (options = cmd.opts<ReviewPacketOptions>()));
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    await program.parseAsync(
      ['review', 'packet', '--to', 'Rosa', '--out', 'p.crebundle', '--applications', `${a}, ${b}`, '--applications', `${a} ${c.toUpperCase()}`, '--no-report',
        '--period', '2026-01-01..2026-06-30', '--question', 'First?', '--rating-question', 'Rate it', '--question', 'Second?', '--respond-by', '2026-07-15'],
      { from: 'user' },
    );
    const packet = packetFromOptions(t, options ?? { to: '', out: '' }, '2026-06-01');
    expect(packet).toMatchObject({
      title: 'Review packet of 2026-06-01',
      applicationIds: [a, b, c],
      includeReport: false,
      period: { from: '2026-01-01', to: '2026-06-30' },
      respondBy: '2026-07-15',
      expiresInDays: 60,
      blind: false,
      questions: [
        { id: 'q1', text: 'First?', kind: 'text' },
        { id: 'q2', text: 'Second?', kind: 'text' },
        { id: 'q3', text: 'Rate it', kind: 'rating' },
      ],
    });
  });

  it('names the bad value of an id, a period, a date or a number of days, and asks for no passphrase', async () => {
    const vault = tempDir();
    const out = join(tempDir(), 'packet.crebundle');
    const base = ['review', 'packet', '--to', 'Maria', '--out', out, '--vault-dir', vault];
    const cases: [string[], string][] = [
      [['--applications', `${randomUUID()},not-an-id`], 'not-an-id is not an id (option --applications).'],
      [['--files', 'x1'], 'x1 is not an id (option --files).'],
      [['--period', '2026-06-30..2026-01-01'], 'The period 2026-06-30..2026-01-01 is not valid'],
      [['--period', '2026-02-30..2026-03-01'], 'The period 2026-02-30..2026-03-01 is not valid'],
      [['--respond-by', '30/06/2026'], 'The date 30/06/2026 is not valid'],
      [['--expires-days', '0'], '--expires-days takes a whole number of days from 1 to 365, not 0.'],
      [['--expires-days', '1.5'], 'not 1.5.'],
      [['--title', 'x'.repeat(301)], 'The value of --title is not valid'],
    ];
    for (const [extra, message] of cases) {
      const run = await cre([...base, ...extra]);
      expect(run.code, extra.join(' ')).toBe(EXIT_CODES.usage);
      expect(run.err).toContain(message);
      expect(run.io.prompts).toEqual([]);
    }
  });

  it('shows an outsider the header of a packet, and refuses the manifest to a vault it is not addressed to', async () => {
    const outsider = await cre(['review', 'inspect', PACKET_VECTOR]);
    expect(outsider.code).toBe(EXIT_CODES.ok);
    expect(outsider.out).toBe(`Bundle ${PACKET_VECTOR}\nSize: ${readFileSync(PACKET_VECTOR).byteLength} bytes\nFormat version: 1\nRecipients (stanzas): 1\nChunk size: 1024 bytes\n`);

    const { vaultDir, core } = await createTestVault();
    core.dispose();
    const refused = await cre(['review', 'inspect', PACKET_VECTOR, '--vault-dir', vaultDir, '--passphrase-file', secretFile(STRONG_PASSPHRASE)]);
    expect(refused.code).toBe(EXIT_CODES.bundleRefused);
    expect(refused.err).toBe('cre: This file cannot be read as a packet or return: not addressed to you.\n');
    const missing = await cre(['review', 'import', join(tempDir(), 'nothing.crebundle')]);
    expect(missing.code).toBe(EXIT_CODES.usage);
    expect(missing.err).toMatch(/^cre: Cannot read .*nothing\.crebundle/);
  });

  it('sends packets only to verified members in reviewer mode', async () => {
    const secretariat = await grantsTestVault();
    const member = await memberVault();
    await introduce(secretariat.core, member.core);
    const facilitator = await createTestVault();
    facilitator.core.team.updateMe({ displayName: 'Asia facilitator', role: 'facilitator', region: 'asia' });
    const { member: unverified } = secretariat.core.team.importCardText((await facilitator.core.team.myCard()).text);
    expect(unverified.verified).toBe(false);
    const outsider = await memberVault();
    outsider.core.team.updateMe({ displayName: 'Rosa Working Group', role: 'working_group', region: 'global' });
    secretariat.core.team.importCardText((await outsider.core.team.myCard()).text);
    for (const core of [secretariat.core, member.core, facilitator.core, outsider.core]) core.dispose();
    const pass = secretFile(STRONG_PASSPHRASE);
    const send = (to: string) => cre(['review', 'packet', '--to', to, '--out', join(tempDir(), 'p.crebundle'), '--vault-dir', secretariat.vaultDir, '--passphrase-file', pass]);

    const facilitatorRun = await send('asia facilitator');
    expect(facilitatorRun.code).toBe(EXIT_CODES.usage);
    expect(facilitatorRun.err).toBe('cre: Asia facilitator is not in reviewer mode (Advisory Committee or working group): packets go only to reviewers. Nothing was written.\n');
    const notVerified = await send('Rosa Working Group');
    expect(notVerified.code).toBe(EXIT_CODES.usage);
    expect(notVerified.err).toBe('cre: Rosa Working Group is not verified yet. Compare your safety number with them in the app (Team) before sending them a packet. Nothing was written.\n');
    const nobody = await send('Nobody');
    expect(nobody.code).toBe(EXIT_CODES.usage);
    expect(nobody.err).toContain('No team member is called “Nobody”.');
  });
});

describe('cre review: a packet out and a return back', () => {
  it('composes and writes a packet, shows the member its manifest, opens it, and imports the return once', async () => {
    const setup = await reviewTestVaults();
    const { secretariat, member, applicationId, conflictedId, unconsentedId, lateId, budgetId } = setup;
    for (const vault of [secretariat, member, setup.unverified, setup.facilitator]) vault.core.dispose();
    const pass = secretFile(STRONG_PASSPHRASE);
    const packetFile = join(tempDir(), 'rosa.crebundle');

    const written = await cre([
      'review', 'packet', '--to', 'rosa committee', '--applications', `${applicationId},${conflictedId}`, '--applications', `${unconsentedId} ${lateId}`,
      '--files', budgetId, '--period', '2026-01-01..2026-06-30', '--question', 'What should the next call fund?',
      '--rating-question', 'How clear were the applications?', '--blind', '--out', packetFile, '--vault-dir', secretariat.vaultDir, '--passphrase-file', pass,
    ], { isTTY: true });
    // A person at a terminal sees the progress on standard error, rewritten in place.
    expect(written.err).toMatch(/^(\rWriting the packet… \d{1,3}%)+\n$/);
    expect(written.err).toContain('\rWriting the packet… 100%');
    expect(written.code).toBe(EXIT_CODES.ok);
    expect(written.out).toContain('Packet for: Rosa Committee (Advisory Committee member)\nWhat will travel:\n  Applications: 2\n    Following the dam’s money\n    A late radio programme\n');
    expect(written.out).toContain('  Questions: 2\n');
    expect(written.out).toContain(`  Files: 1 (${BUDGET_BYTES.byteLength} bytes)\n`);
    expect(written.out).toContain('Withheld (stays in this vault):\n');
    expect(written.out).toContain('  conflict of interest declared by this member: application “');
    expect(written.out).toContain('  consent does not reach the committee: application “');
    expect(written.out).toContain('  contacts: field “applicants’ contacts” (2)\n');
    for (const sentinel of [SENTINELS.applicantContact, SENTINELS.communityContact, SENTINELS.riskNotes, SENTINELS.sensitiveQuote]) expect(written.out).not.toContain(sentinel);
    const [, packetId, file, bytes] = /Packet ([0-9a-f-]{36}) for Rosa Committee written to (.+) \((\d+) bytes\)\.\n$/.exec(written.out) ?? [];
    expect(file).toBe(packetFile);
    expect(Number(bytes)).toBe(readFileSync(packetFile).byteLength);

    const memberPass = ['--vault-dir', member.vaultDir, '--passphrase-file', pass];
    const inspected = await cre(['review', 'inspect', packetFile, ...memberPass]);
    expect(inspected.code).toBe(EXIT_CODES.ok);
    expect(inspected.out).toContain('This file is addressed to this vault. Its manifest:\nKind: review packet\n');
    expect(inspected.out).toContain(`Packet id: ${packetId}\n`);
    expect(inspected.out).toContain('Sender: Ana Coordinator (verified)\n');
    expect(inspected.out).toContain('Records:\n  packet cover: 1\n  calls and their rubrics: 1\n  applications: 2\n');

    const opened = await cre(['review', 'import', packetFile, ...memberPass]);
    expect(opened.err).toBe('');
    expect(opened.code).toBe(EXIT_CODES.ok);
    expect(opened.out).toMatch(/^Packet “.+” from Ana Coordinator opened in the Review inbox\.\n {2}Applications: 2\n {2}Questions: 2\n {2}Files: 1\n/);
    const twice = await cre(['review', 'import', packetFile, ...memberPass]);
    expect(twice.code).toBe(EXIT_CODES.bundleRefused);

    const returnFile = join(tempDir(), 'rosa-return.crebundle');
    await inVault(member.vaultDir, async (core) => {
      const pid = packetId ?? '';
      core.reviewInbox.declare({ packetId: pid, applicationId: lateId, declaration: 'conflict', reason: 'I advise this community.' });
      core.reviewInbox.declare({ packetId: pid, applicationId, declaration: 'none', reason: '' });
      const { application, call } = core.reviewInbox.openApplication(pid, applicationId);
      expect(application.communityName).toBeNull();
      core.reviewInbox.score({ packetId: pid, applicationId, scores: call.criteria.map((c) => ({ criterionId: c.id, score: 4, comment: '' })) });
      core.reviewInbox.answer({ packetId: pid, answers: [{ questionId: 'q1', text: 'Legal defence.', rating: null }, { questionId: 'q2', text: '', rating: 4 }], advice: 'Fund the radio.' });
      await core.reviewInbox.returnTo(pid, returnFile, randomUUID());
    });

    const secretariatPass = ['--vault-dir', secretariat.vaultDir, '--passphrase-file', pass];
    const imported = await cre(['review', 'import', returnFile, ...secretariatPass]);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(EXIT_CODES.ok);
    expect(imported.out).toContain('Return from Rosa Committee for “');
    expect(imported.out).toContain('  Declarations: 2 (conflicts of interest: 1)\n  Applications scored (advisory scores): 1\n  Answers: 2\n  Advice: yes\n');

    const again = await cre(['--lang', 'fr', 'review', 'import', returnFile, ...secretariatPass]);
    expect(again.code).toBe(EXIT_CODES.bundleRefused);
    expect(again.err).toMatch(/^cre: .*Rien n’a été importé/);
  });
});
