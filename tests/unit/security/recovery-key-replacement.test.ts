// Replacing the recovery key: the new key opens the vault, the old one stops working, and confirmation is tracked.
import { describe, expect, it } from 'vitest';
import { createTestVault, OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE } from '../../helpers/temp-vault.js';

describe('recovery key', () => {
  it('starts unconfirmed and is confirmed once, with an audit entry', async () => {
    const { core } = await createTestVault();
    expect(core.vault.getRecoveryKeyState()).toEqual({ confirmed: false, createdAt: expect.any(String) });
    core.vault.markRecoveryKeyConfirmed();
    core.vault.markRecoveryKeyConfirmed();
    expect(core.vault.getRecoveryKeyState().confirmed).toBe(true);
    expect(core.vault.auditTrail(10).filter((e) => e.kind === 'recovery_key_confirmed')).toHaveLength(1);
  });

  it('can be replaced: the new one opens the vault, the old one no longer does', async () => {
    const { core, recoveryKey, platform } = await createTestVault();
    core.vault.markRecoveryKeyConfirmed();
    platform.advance(60_000);
    const { recoveryKey: replacement } = core.vault.replaceRecoveryKey(STRONG_PASSPHRASE);
    expect(replacement).toMatch(/^([A-Z2-7]{5}-){7}[A-Z2-7]{5}$/);
    expect(replacement).not.toBe(recoveryKey);
    expect(core.vault.getRecoveryKeyState()).toEqual({ confirmed: false, createdAt: new Date(platform.now()).toISOString() });
    core.vault.lock('user');
    expect(() => core.vault.recover(recoveryKey, OTHER_STRONG_PASSPHRASE)).toThrow(
      expect.objectContaining({ code: 'wrong_recovery_key' }),
    );
    core.vault.recover(replacement, OTHER_STRONG_PASSPHRASE);
    expect(core.vault.auditTrail(20).map((e) => e.kind)).toEqual(
      expect.arrayContaining(['recovery_key_replaced', 'vault_recovered']),
    );
  });

  it('is not replaced without the right passphrase or while locked', async () => {
    const { core, recoveryKey } = await createTestVault();
    expect(() => core.vault.replaceRecoveryKey('not the passphrase at all')).toThrow(
      expect.objectContaining({ code: 'wrong_passphrase' }),
    );
    core.vault.lock('user');
    expect(() => core.vault.replaceRecoveryKey(STRONG_PASSPHRASE)).toThrow(expect.objectContaining({ code: 'locked' }));
    core.vault.recover(recoveryKey, OTHER_STRONG_PASSPHRASE);
  });
});
