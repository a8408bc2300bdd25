// A contact card: the public half of a vault's identity, self-signed, shared as a `CRE-CARD-1:` text, a file or a QR code.
import { z } from 'zod';
import { publicKeyTextSchema } from '../bundles/manifest.schema.js';
import { regionSchema } from '../roster/taxonomy.js';
import { MAX_DISPLAY_NAME_LENGTH, teamRoleSchema } from './team.schema.js';

export const CARD_TEXT_PREFIX = 'CRE-CARD-1:';
export const CARD_FILE_EXTENSION = 'crecard';
/** A card's text is a few hundred characters; anything much longer is not a card. */
export const MAX_CARD_TEXT_LENGTH = 4096;
/** Signed first, before the card's fields, so a card signature can never be mistaken for any other signature. */
export const CARD_SIGNATURE_DOMAIN = 'CRE contact card v1\0';

/** A 64-byte Ed25519 signature in standard base64. */
export const signatureTextSchema = z.string().regex(/^[A-Za-z0-9+/]{86}==$/);

export const contactCardSchema = z
  .object({
    version: z.literal(1),
    vaultId: z.uuid(),
    displayName: z.string().trim().min(1).max(MAX_DISPLAY_NAME_LENGTH),
    role: teamRoleSchema,
    region: regionSchema,
    signingKey: publicKeyTextSchema,
    encryptionKey: publicKeyTextSchema,
    createdAt: z.iso.datetime(),
    signature: signatureTextSchema,
  })
  .strict();
export type ContactCard = z.infer<typeof contactCardSchema>;

/** The text a user pastes: what the page may send; the core checks the rest. */
export const cardTextInputSchema = z.string().trim().min(1).max(MAX_CARD_TEXT_LENGTH);
