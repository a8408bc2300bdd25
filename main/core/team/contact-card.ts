// Contact cards: built and self-signed from the vault's identity, turned into `CRE-CARD-1:` text, and read back with every check.
import { CreFailure } from '../../../common/contract/errors.js';
import {
  CARD_SIGNATURE_DOMAIN,
  CARD_TEXT_PREFIX,
  contactCardSchema,
  MAX_CARD_TEXT_LENGTH,
  type ContactCard,
} from '../../../common/team/contact-card.schema.js';
import type { IdentityProfile } from '../../../common/team/team.schema.js';
import type { VaultIdentity } from '../../../db/team.repo.js';
import type { Sodium } from '../crypto/sodium.js';

/** A card whose signature checked out, with its keys as bytes. */
export interface ReadCard extends IdentityProfile {
  vaultId: string;
  signingKey: Uint8Array;
  encryptionKey: Uint8Array;
  createdAt: string;
}

const KEY_BYTES = 32;

function toBase64(sodium: Sodium, bytes: Uint8Array): string {
  return sodium.to_base64(bytes, sodium.base64_variants.ORIGINAL);
}

/** Each field as a 4-byte big-endian length and its bytes, after the domain string: no two cards share an encoding. */
export function cardSigningBytes(card: ReadCard): Uint8Array {
  const encoder = new TextEncoder();
  const fields: Uint8Array[] = [
    encoder.encode(card.vaultId),
    encoder.encode(card.displayName),
    encoder.encode(card.role),
    encoder.encode(card.region),
    card.signingKey,
    card.encryptionKey,
    encoder.encode(card.createdAt),
  ];
  const parts: Uint8Array[] = [encoder.encode(CARD_SIGNATURE_DOMAIN)];
  for (const field of fields) {
    const length = new Uint8Array(4);
    new DataView(length.buffer).setUint32(0, field.byteLength);
    parts.push(length, field);
  }
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/** The vault's own card, signed with its secret signing key (never log the identity: it holds key material). */
export function buildContactCard(sodium: Sodium, identity: VaultIdentity, createdAt: string): ContactCard {
  const fields: ReadCard = {
    vaultId: identity.vaultId,
    displayName: identity.displayName,
    role: identity.role,
    region: identity.region,
    signingKey: identity.signingPublicKey,
    encryptionKey: identity.encryptionPublicKey,
    createdAt,
  };
  const signature = sodium.crypto_sign_detached(cardSigningBytes(fields), identity.signingSecretKey);
  return contactCardSchema.parse({
    version: 1,
    vaultId: fields.vaultId,
    displayName: fields.displayName,
    role: fields.role,
    region: fields.region,
    signingKey: toBase64(sodium, fields.signingKey),
    encryptionKey: toBase64(sodium, fields.encryptionKey),
    createdAt: fields.createdAt,
    signature: toBase64(sodium, signature),
  });
}

/** The card as text: the prefix, then base64url (no padding) of its JSON with the fields in a fixed order. */
export function contactCardText(card: ContactCard): string {
  const ordered: ContactCard = {
    version: card.version,
    vaultId: card.vaultId,
    displayName: card.displayName,
    role: card.role,
    region: card.region,
    signingKey: card.signingKey,
    encryptionKey: card.encryptionKey,
    createdAt: card.createdAt,
    signature: card.signature,
  };
  return `${CARD_TEXT_PREFIX}${Buffer.from(JSON.stringify(ordered), 'utf8').toString('base64url')}`;
}

/** Why a text is not an acceptable card; the page words each reason in the user's language. */
export type CardRefusal = 'too_long' | 'prefix' | 'damaged' | 'fields' | 'signature' | 'own_card';

export const refuseCard = (reason: CardRefusal, message: string): CreFailure => new CreFailure('invalid_input', message, { reason });

/** Reads a card's text: prefix, encoding, fields, key sizes and self-signature; `invalid_input` with the reason otherwise. */
export function readContactCardText(sodium: Sodium, text: string): ReadCard {
  // People paste cards out of e-mails and chats: line breaks and spaces inside the text are not part of it.
  const compact = text.replace(/\s+/g, '');
  if (compact.length > MAX_CARD_TEXT_LENGTH) throw refuseCard('too_long', 'This text is too long to be a contact card.');
  if (!compact.startsWith(CARD_TEXT_PREFIX)) throw refuseCard('prefix', `A contact card's text starts with ${CARD_TEXT_PREFIX}`);
  const body = compact.slice(CARD_TEXT_PREFIX.length);
  if (!/^[A-Za-z0-9_-]+$/.test(body)) throw refuseCard('damaged', 'This contact card text is damaged: it has characters a card never holds.');
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw refuseCard('damaged', 'This contact card text is damaged: it could not be decoded.');
  }
  const parsed = contactCardSchema.safeParse(json);
  if (!parsed.success) throw refuseCard('fields', 'This is not a valid contact card: some of its fields are missing or wrong.');
  const card = parsed.data;
  const signingKey = sodium.from_base64(card.signingKey, sodium.base64_variants.ORIGINAL);
  const encryptionKey = sodium.from_base64(card.encryptionKey, sodium.base64_variants.ORIGINAL);
  const signature = sodium.from_base64(card.signature, sodium.base64_variants.ORIGINAL);
  if (signingKey.byteLength !== KEY_BYTES || encryptionKey.byteLength !== KEY_BYTES) throw refuseCard('fields', 'This contact card has keys of the wrong size.');
  const read: ReadCard = {
    vaultId: card.vaultId,
    displayName: card.displayName,
    role: card.role,
    region: card.region,
    signingKey,
    encryptionKey,
    createdAt: card.createdAt,
  };
  let valid = false;
  try {
    valid = sodium.crypto_sign_verify_detached(signature, cardSigningBytes(read), signingKey);
  } catch {
    valid = false;
  }
  if (!valid) throw refuseCard('signature', 'This contact card’s signature does not match its contents: it was changed or damaged.');
  return read;
}
