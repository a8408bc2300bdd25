// Contact cards on their own: the signed bytes start with the domain string and frame every field, and the text round-trips.
import { describe, expect, it } from 'vitest';
import { CARD_SIGNATURE_DOMAIN } from '../../../common/team/contact-card.schema.js';
import type { VaultIdentity } from '../../../db/team.repo.js';
import { loadSodium } from '../../../main/core/crypto/sodium.js';
import { buildContactCard, cardSigningBytes, contactCardText, readContactCardText, type ReadCard } from '../../../main/core/team/contact-card.js';

async function identity(): Promise<VaultIdentity> {
  const sodium = await loadSodium();
  const signing = sodium.crypto_sign_keypair();
  const encryption = sodium.crypto_box_keypair();
  return {
    vaultId: '0190d5a0-0000-4000-8000-000000000001',
    displayName: 'Amaru Quispe',
    role: 'working_group',
    region: 'global',
    signingPublicKey: signing.publicKey,
    signingSecretKey: signing.privateKey,
    encryptionPublicKey: encryption.publicKey,
    encryptionSecretKey: encryption.privateKey,
  };
}

describe('contact card', () => {
  it('round-trips through its text, with the public keys only', async () => {
    const sodium = await loadSodium();
    const me = await identity();
    const card = buildContactCard(sodium, me, '2026-03-04T05:06:07.000Z');
    const text = contactCardText(card);
    expect(text.startsWith('CRE-CARD-1:')).toBe(true);
    expect(readContactCardText(sodium, text)).toEqual({
      vaultId: me.vaultId,
      displayName: 'Amaru Quispe',
      role: 'working_group',
      region: 'global',
      signingKey: me.signingPublicKey,
      encryptionKey: me.encryptionPublicKey,
      createdAt: '2026-03-04T05:06:07.000Z',
    });
    expect(Object.keys(card).sort()).toEqual(['createdAt', 'displayName', 'encryptionKey', 'region', 'role', 'signature', 'signingKey', 'vaultId', 'version']);
  });

  it('signs the domain string first and frames each field with its length, so fields cannot slide into each other', async () => {
    const me = await identity();
    const fields: ReadCard = {
      vaultId: me.vaultId,
      displayName: 'ab',
      role: 'coordinator',
      region: 'asia',
      signingKey: me.signingPublicKey,
      encryptionKey: me.encryptionPublicKey,
      createdAt: '2026-03-04T05:06:07.000Z',
    };
    const bytes = cardSigningBytes(fields);
    const domain = new TextEncoder().encode(CARD_SIGNATURE_DOMAIN);
    expect(bytes.subarray(0, domain.byteLength)).toEqual(domain);
    expect(domain.at(-1)).toBe(0);
    const shifted = cardSigningBytes({ ...fields, vaultId: `${me.vaultId}a`, displayName: 'b' });
    expect(Buffer.from(shifted).equals(Buffer.from(bytes))).toBe(false);
  });

  it('tolerates the line breaks and spaces a chat app adds to a pasted card', async () => {
    const sodium = await loadSodium();
    const text = contactCardText(buildContactCard(sodium, await identity(), '2026-03-04T05:06:07.000Z'));
    const wrapped = `  ${text.slice(0, 40)}\n${text.slice(40, 90)}\r\n ${text.slice(90)}\n`;
    expect(readContactCardText(sodium, wrapped).displayName).toBe('Amaru Quispe');
  });
});
