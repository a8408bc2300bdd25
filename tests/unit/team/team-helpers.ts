// Two routed test vaults with names set, and ways to make cards the tests need: tampered ones, and new keys for a known vault.
import { loadSodium } from '../../../main/core/crypto/sodium.js';
import { buildContactCard, contactCardText } from '../../../main/core/team/contact-card.js';
import type { VaultIdentity } from '../../../db/team.repo.js';
import { isReviewerRole } from '../../../common/team/team.schema.js';
import { routedTestVault } from '../../helpers/core-router.js';

export { routedTestVault };

export type Routed = Awaited<ReturnType<typeof routedTestVault>>;

export async function namedVault(displayName: string, role = 'facilitator', region = 'asia'): Promise<Routed> {
  const routed = await routedTestVault({ reviewer: isReviewerRole(role) });
  await routed.call('cre:team.updateMe', { displayName, role, region });
  return routed;
}

export async function cardOf(vault: Pick<Routed, 'call'>): Promise<string> {
  return (await vault.call<{ text: string }>('cre:team.myCard', {})).text;
}

/** A card for `vaultId` signed by brand-new key pairs: what a reinstalled vault, or an impersonator, would send. */
export async function cardWithNewKeys(vaultId: string, displayName: string): Promise<string> {
  const sodium = await loadSodium();
  const signing = sodium.crypto_sign_keypair();
  const encryption = sodium.crypto_box_keypair();
  const identity: VaultIdentity = {
    vaultId,
    displayName,
    role: 'facilitator',
    region: 'africa',
    signingPublicKey: signing.publicKey,
    signingSecretKey: signing.privateKey,
    encryptionPublicKey: encryption.publicKey,
    encryptionSecretKey: encryption.privateKey,
  };
  return contactCardText(buildContactCard(sodium, identity, new Date(Date.UTC(2026, 5, 1)).toISOString()));
}

/** The card's JSON, changed by `edit`, re-encoded without re-signing. */
export function tamperedCard(text: string, edit: (card: Record<string, unknown>) => void): string {
  const body = text.slice('CRE-CARD-1:'.length);
  const card = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
  edit(card);
  return `CRE-CARD-1:${Buffer.from(JSON.stringify(card), 'utf8').toString('base64url')}`;
}
