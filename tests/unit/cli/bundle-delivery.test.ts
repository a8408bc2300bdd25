// `cre bundle delivery` between a coordinator's vault and an Asia facilitator's: nothing before any bundle; a bundle sent
// and not imported waits; once the facilitator's answer is imported it is acknowledged; the same as JSON and in Spanish.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeliveryState } from '../../../common/bundles/delivery.schema.js';
import { EXIT_CODES } from '../../../main/cli/exit-codes.js';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { createTestVault, STRONG_PASSPHRASE, type TestCore } from '../../helpers/temp-vault.js';
import { cre, removeTempDirs, secretFile, tempDir } from './cli-harness.js';

afterEach(removeTempDirs);

async function introduce(a: TestCore, b: TestCore): Promise<void> {
  const { text } = await b.core.team.myCard();
  const { member } = a.core.team.importCardText(text);
  a.core.team.setVerified(member.id, true);
}

async function team() {
  const coordinator = await createTestVault();
  const asia = await createTestVault();
  coordinator.core.team.updateMe({ displayName: 'Coordinator', role: 'coordinator', region: 'global' });
  asia.core.team.updateMe({ displayName: 'Asia facilitator', role: 'facilitator', region: 'asia' });
  await introduce(coordinator, asia);
  await introduce(asia, coordinator);
  coordinator.core.communities.create({ ...RIO_VERDE, name: 'Asia regional', country: 'ID', sharing: 'regional', contacts: [] });
  coordinator.core.dispose();
  asia.core.dispose();
  return { coordinator: coordinator.vaultDir, asia: asia.vaultDir, pass: secretFile(STRONG_PASSPHRASE) };
}

describe('cre bundle delivery', () => {
  it('shows what waits for a member’s acknowledgement, then the bundle they acknowledged', async () => {
    const { coordinator, asia, pass } = await team();
    const delivery = (vaultDir: string, extra: string[] = []) => cre(['bundle', 'delivery', '--vault-dir', vaultDir, '--passphrase-file', pass, ...extra]);

    const before = await delivery(coordinator);
    expect(before.code).toBe(EXIT_CODES.ok);
    expect(before.out).toBe('No bundle was sent to a team member yet, and none was acknowledged.\n');

    const toAsia = join(tempDir(), 'to-asia.crebundle');
    expect((await cre(['bundle', 'export', '--to', 'Asia facilitator', '--out', toAsia, '--vault-dir', coordinator, '--passphrase-file', pass])).code).toBe(EXIT_CODES.ok);
    const waiting = await delivery(coordinator);
    expect(waiting.code).toBe(EXIT_CODES.ok);
    expect(waiting.out).toBe(
      [
        "Delivery of this vault's bundles, per team member:",
        'Asia facilitator',
        '  Last acknowledged: none yet',
        '  Waiting: 1 bundle, unacknowledged for less than a day',
        '  In the newest bundle: 1 record',
        '',
      ].join('\n'),
    );
    const inSpanish = await cre(['--lang', 'es', 'bundle', 'delivery', '--vault-dir', coordinator, '--passphrase-file', pass]);
    expect(inSpanish.out).toContain('  En espera: 1 paquete, sin acuse de recibo desde hace menos de un día\n');

    // The facilitator imports it and answers; the coordinator imports the answer.
    expect((await cre(['bundle', 'import', toAsia, '--vault-dir', asia, '--passphrase-file', pass])).code).toBe(EXIT_CODES.ok);
    const answer = join(tempDir(), 'answer.crebundle');
    expect((await cre(['bundle', 'export', '--to', 'Coordinator', '--out', answer, '--vault-dir', asia, '--passphrase-file', pass])).code).toBe(EXIT_CODES.ok);
    expect((await cre(['bundle', 'import', answer, '--vault-dir', coordinator, '--passphrase-file', pass])).code).toBe(EXIT_CODES.ok);

    const acknowledged = await delivery(coordinator);
    expect(acknowledged.out).toMatch(/^Delivery of this vault's bundles, per team member:\nAsia facilitator\n {2}Last acknowledged: bundle #1, on .+\n {2}Waiting: nothing\n$/);
    const json = JSON.parse((await delivery(coordinator, ['--json'])).out) as DeliveryState[];
    expect(json).toHaveLength(1);
    expect(json[0]).toMatchObject({ displayName: 'Asia facilitator', lastAcknowledged: { sequence: 1 }, waiting: null, overdue: false });
    // The facilitator's answer waits, in turn, for the coordinator's acknowledgement.
    expect((await delivery(asia)).out).toContain('Coordinator\n  Last acknowledged: none yet\n  Waiting: 1 bundle, unacknowledged for less than a day\n');
  }, 120_000);
});
