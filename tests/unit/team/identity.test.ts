// The vault's identity: created with the vault, its secret keys never leave main, the profile the user sets, and the card.
import { describe, expect, it } from 'vitest';
import { loadSodium } from '../../../main/core/crypto/sodium.js';
import { readIdentity } from '../../../db/team.repo.js';
import { cardOf, namedVault, routedTestVault } from './team-helpers.js';

describe('vault identity', () => {
  it('is created with the vault: Ed25519 and X25519 key pairs that belong together, default profile, empty name', async () => {
    const sodium = await loadSodium();
    const { call, core } = await routedTestVault();
    const identity = readIdentity(core.vault.openVault().db);
    expect(identity).toMatchObject({ vaultId: core.vault.info().vaultId, displayName: '', role: 'coordinator', region: 'global' });
    expect(identity.signingPublicKey).toHaveLength(32);
    expect(identity.signingSecretKey).toHaveLength(64);
    expect(identity.encryptionSecretKey).toHaveLength(32);
    expect(sodium.crypto_sign_ed25519_sk_to_pk(identity.signingSecretKey)).toEqual(identity.signingPublicKey);
    expect(sodium.crypto_scalarmult_base(identity.encryptionSecretKey)).toEqual(identity.encryptionPublicKey);
    const me = await call<Record<string, string>>('cre:team.me', {});
    expect(me).toEqual({
      vaultId: identity.vaultId,
      displayName: '',
      role: 'coordinator',
      region: 'global',
      signingKey: sodium.to_base64(identity.signingPublicKey, sodium.base64_variants.ORIGINAL),
      encryptionKey: sodium.to_base64(identity.encryptionPublicKey, sodium.base64_variants.ORIGINAL),
    });
    // The audit trail of a new vault is unchanged: the identity is part of its creation.
    expect(core.vault.auditTrail(10).map((entry) => entry.kind)).toEqual(['vault_created']);
  });

  it('keeps its keys across lock and unlock', async () => {
    const { core } = await routedTestVault();
    const before = readIdentity(core.vault.openVault().db);
    core.vault.lock('user');
    core.vault.unlock('correct horse battery staple mangrove');
    expect(readIdentity(core.vault.openVault().db)).toEqual(before);
  });

  it('asks for a name before it gives a card, then signs one that only changes with the profile', async () => {
    const { call, errorOf, core } = await routedTestVault();
    expect(await errorOf('cre:team.myCard', {})).toMatchObject({ code: 'conflict' });
    await call('cre:team.updateMe', { displayName: '  Amaru Quispe ', role: 'facilitator', region: 'latin_america' });
    expect(await call('cre:team.me', {})).toMatchObject({ displayName: 'Amaru Quispe', role: 'facilitator', region: 'latin_america' });
    const card = await call<{ text: string; qrSvg: string }>('cre:team.myCard', {});
    expect(card.text).toMatch(/^CRE-CARD-1:[A-Za-z0-9_-]+$/);
    expect(card.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(await cardOf({ call })).toBe(card.text);
    await call('cre:team.updateMe', { displayName: 'Amaru Q.', role: 'facilitator', region: 'latin_america' });
    expect(await cardOf({ call })).not.toBe(card.text);
    expect(core.vault.auditTrail(2).map((entry) => entry.kind)).toEqual(['identity_updated', 'identity_updated']);
  });

  it('never hands the page a secret key', async () => {
    const sodium = await loadSodium();
    const routed = await namedVault('Lerato Dlamini');
    const identity = readIdentity(routed.core.vault.openVault().db);
    const answers = JSON.stringify([
      await routed.call('cre:team.me', {}),
      await routed.call('cre:team.myCard', {}),
      await routed.call('cre:team.list', {}),
      routed.core.vault.auditTrail(50),
    ]);
    for (const secret of [identity.signingSecretKey, identity.encryptionSecretKey, identity.signingSecretKey.subarray(0, 32)]) {
      for (const variant of [sodium.base64_variants.ORIGINAL, sodium.base64_variants.URLSAFE_NO_PADDING]) {
        expect(answers).not.toContain(sodium.to_base64(secret, variant).slice(0, 20));
      }
      expect(answers).not.toContain(sodium.to_hex(secret).slice(0, 20));
    }
  });

  it('keeps the mode a vault was made in: a network vault never becomes a reviewer, nor a reviewer a network vault', async () => {
    const network = await routedTestVault();
    const reviewer = await routedTestVault({ reviewer: true });
    expect((await reviewer.call<{ role: string }>('cre:team.me', {})).role).toBe('advisory_committee');
    for (const [vault, role] of [[network, 'advisory_committee'], [network, 'working_group'], [reviewer, 'coordinator'], [reviewer, 'facilitator']] as const) {
      const before = vault.core.vault.auditTrail(1);
      expect(await vault.errorOf('cre:team.updateMe', { displayName: 'A', role, region: 'global' })).toMatchObject({ code: 'invalid_input', details: { reason: 'mode_change' } });
      expect(vault.core.vault.auditTrail(1)).toEqual(before);
    }
    await network.call('cre:team.updateMe', { displayName: 'A', role: 'facilitator', region: 'asia' });
    await reviewer.call('cre:team.updateMe', { displayName: 'B', role: 'working_group', region: 'global' });
    expect((await reviewer.call<{ role: string }>('cre:team.me', {})).role).toBe('working_group');
  });

  it('answers invalid_input to a malformed profile', async () => {
    const { failure } = await routedTestVault();
    expect(await failure('cre:team.updateMe', { displayName: '', role: 'coordinator', region: 'global' })).toBe('invalid_input');
    expect(await failure('cre:team.updateMe', { displayName: 'A', role: 'chief', region: 'global' })).toBe('invalid_input');
    expect(await failure('cre:team.updateMe', { displayName: 'A', role: 'coordinator', region: 'europe' })).toBe('invalid_input');
    expect(await failure('cre:team.updateMe', { displayName: 'x'.repeat(101), role: 'coordinator', region: 'global' })).toBe('invalid_input');
    expect(await failure('cre:team.updateMe', { displayName: 'A', role: 'coordinator', region: 'global', extra: 1 })).toBe('invalid_input');
    expect(await failure('cre:team.me', { any: 1 })).toBe('invalid_input');
    expect(await failure('cre:team.myCard', null)).toBe('invalid_input');
  });

  it('answers locked while the vault is locked', async () => {
    const { failure, core } = await routedTestVault();
    core.vault.lock('user');
    expect(await failure('cre:team.me', {})).toBe('locked');
    expect(await failure('cre:team.list', {})).toBe('locked');
  });
});
