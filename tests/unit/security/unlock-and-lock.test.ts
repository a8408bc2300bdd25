// Security items 7 and 8: wrong passphrases change nothing and back off; lock zeroes the key and answers `locked`.
import { describe, expect, it, vi } from 'vitest';
import { loadSodium } from '../../../main/core/crypto/sodium.js';
import { createRouter } from '../../../main/core/ipc/router.js';
import { creContract } from '../../../common/contract/index.js';
import { backoffDelayMs } from '../../../main/core/vault/unlock-attempts.js';
import { createTestVault, hashFolder, openTestCore, STRONG_PASSPHRASE } from '../../helpers/temp-vault.js';
import { readDataKey } from '../../helpers/data-key.js';

const WRONG = 'wrong wrong wrong wrong';

describe('a wrong passphrase', () => {
  it('changes nothing in the database or key file', async () => {
    const { core, vaultDir } = await createTestVault();
    core.vault.lock('user');
    const before = hashFolder(vaultDir, ['unlock-attempts.json']);
    expect(() => core.vault.unlock(WRONG)).toThrow(expect.objectContaining({ code: 'wrong_passphrase' }));
    expect(hashFolder(vaultDir, ['unlock-attempts.json'])).toEqual(before);
    expect(core.vault.status().state).toBe('locked');
  });

  it('backs off after five failures (1 s, 2 s, 4 s … 60 s), and the wait survives a restart', async () => {
    expect([4, 5, 6, 7, 10, 11, 30].map(backoffDelayMs)).toEqual([0, 1000, 2000, 4000, 32000, 60000, 60000]);
    const { core, vaultDir, platform } = await createTestVault();
    core.vault.lock('user');
    for (let i = 0; i < 5; i += 1) expect(() => core.vault.unlock(WRONG)).toThrow(expect.objectContaining({ code: 'wrong_passphrase' }));
    expect(core.vault.status().backoff).toEqual({ failures: 5, retryAfterMs: 1000 });
    // Even the right passphrase is not tried while the wait runs.
    expect(() => core.vault.unlock(STRONG_PASSPHRASE)).toThrow(
      expect.objectContaining({ code: 'rate_limited', details: { retryAfterMs: 1000 } }),
    );
    platform.advance(1000);
    expect(() => core.vault.unlock(WRONG)).toThrow(expect.objectContaining({ code: 'wrong_passphrase', details: { failures: 6, retryAfterMs: 2000 } }));

    const restarted = await openTestCore(vaultDir, platform);
    expect(restarted.core.vault.status().backoff).toEqual({ failures: 6, retryAfterMs: 2000 });
    expect(() => restarted.core.vault.unlock(STRONG_PASSPHRASE)).toThrow(expect.objectContaining({ code: 'rate_limited' }));
    platform.advance(2000);
    restarted.core.vault.unlock(STRONG_PASSPHRASE);
    expect(restarted.core.vault.status().backoff).toEqual({ failures: 0, retryAfterMs: 0 });
    const kinds = restarted.core.vault.auditTrail(20).map((entry) => entry.kind);
    expect(kinds.filter((kind) => kind === 'unlock_failed')).toHaveLength(6);
    expect(kinds[0]).toBe('vault_unlocked');
    restarted.core.dispose();
  });

  it('counts wrong recovery keys too, and catches a mistyped one by its check byte', async () => {
    const { core, recoveryKey } = await createTestVault();
    core.vault.lock('user');
    const mistyped = (recoveryKey[0] === 'A' ? 'B' : 'A') + recoveryKey.slice(1);
    expect(() => core.vault.recover(mistyped, 'quiet rivers carry stubborn pebbles')).toThrow(
      expect.objectContaining({ code: 'wrong_recovery_key' }),
    );
    expect(() => core.vault.recover('ABC', 'quiet rivers carry stubborn pebbles')).toThrow(
      expect.objectContaining({ code: 'wrong_recovery_key' }),
    );
    expect(core.vault.status().backoff.failures).toBe(2);
  });
});

describe('locking', () => {
  it('zeroes the data key, closes the database and answers `locked` to every data method', async () => {
    const { core, vaultDir } = await createTestVault();
    const dataKey = await readDataKey(vaultDir, STRONG_PASSPHRASE);
    // Watches libsodium's memzero: which buffer held the data key when it was zeroed, and what it held after.
    const sodium = await loadSodium();
    const zeroed: { before: Buffer; buffer: Uint8Array }[] = [];
    const memzero = sodium.memzero.bind(sodium);
    const spy = vi.spyOn(sodium, 'memzero').mockImplementation((buffer: Uint8Array) => {
      zeroed.push({ before: Buffer.from(buffer), buffer });
      memzero(buffer);
    });
    const router = createRouter({ contract: creContract, handlers: core.handlers, isTrustedSender: () => true });
    expect((await router.handle('cre:vault.getAutoLock', {}, { url: 'app://cre/' })).ok).toBe(true);
    expect(await router.handle('cre:vault.lock', {}, { url: 'app://cre/' })).toEqual({ ok: true, value: null });
    spy.mockRestore();
    const live = zeroed.find(({ before }) => before.equals(dataKey));
    expect(live).toBeDefined();
    expect(live?.buffer.every((byte) => byte === 0)).toBe(true);
    for (const [channel, input] of [
      ['cre:vault.getAutoLock', {}],
      ['cre:vault.setAutoLock', { minutes: 5 }],
      ['cre:vault.verify', {}],
      ['cre:vault.auditTrail', { limit: 5 }],
      ['cre:vault.changePassphrase', { currentPassphrase: STRONG_PASSPHRASE, newPassphrase: 'quiet rivers carry stubborn pebbles' }],
    ] as const) {
      const reply = await router.handle(channel, input, { url: 'app://cre/' });
      expect({ channel, reply }).toEqual({ channel, reply: { ok: false, error: expect.objectContaining({ code: 'locked' }) } });
    }
  });

  it('locks on idle after the chosen minutes, never when set to off, and at once on suspend and screen lock', async () => {
    const { core, platform } = await createTestVault();
    const reasons: string[] = [];
    core.onVaultLocked(({ reason }) => reasons.push(reason));
    platform.setIdleSeconds(4 * 60 + 59);
    platform.tick();
    expect(core.vault.isUnlocked()).toBe(true);
    platform.setIdleSeconds(5 * 60);
    platform.tick();
    expect(core.vault.isUnlocked()).toBe(false);

    core.vault.unlock(STRONG_PASSPHRASE);
    core.vault.setAutoLockMinutes(null);
    platform.setIdleSeconds(24 * 3600);
    platform.tick();
    expect(core.vault.isUnlocked()).toBe(true);
    platform.firePowerEvent('suspend');
    expect(core.vault.isUnlocked()).toBe(false);

    platform.setIdleSeconds(0);
    core.vault.unlock(STRONG_PASSPHRASE);
    platform.firePowerEvent('lock-screen');
    expect(core.vault.isUnlocked()).toBe(false);
    expect(reasons).toEqual(['idle', 'suspend', 'screen-lock']);
  });

  it('keeps a changed auto-lock setting across lock and unlock', async () => {
    const { core } = await createTestVault();
    expect(core.vault.getAutoLockMinutes()).toBe(5);
    core.vault.setAutoLockMinutes(42);
    core.vault.lock('user');
    core.vault.unlock(STRONG_PASSPHRASE);
    expect(core.vault.getAutoLockMinutes()).toBe(42);
  });
});
