// The team directory: the vault's own identity and card, importing others' cards, safety numbers and verification.
import { z } from 'zod';
import { cardTextInputSchema } from '../team/contact-card.schema.js';
import { cardImportResultSchema, identityProfileSchema, identityViewSchema, safetyNumberSchema, teamMemberSchema } from '../team/team.schema.js';
import { method } from './define.js';

const noInput = z.object({}).strict();
const memberInput = z.object({ memberId: z.uuid() }).strict();
const done = z.null();

export const teamContract = {
  /** The vault's own identity, public parts only; `displayName` is empty until the user gives one. */
  me: method(noInput, identityViewSchema),
  updateMe: method(identityProfileSchema, done),
  /** The user's own card as text and as a QR code (an SVG document); `conflict` while the name is still empty. */
  myCard: method(noInput, z.object({ text: z.string(), qrSvg: z.string() })),
  /** Shows the save dialog and writes the card's text there; `saved` is false when the dialog was cancelled. */
  saveMyCard: method(noInput, z.object({ saved: z.boolean() })),
  /** Checks the card's self-signature and adds or updates the member; `invalid_input` for anything that is not a good card. */
  importCardText: method(z.object({ text: cardTextInputSchema }).strict(), cardImportResultSchema),
  /** Shows the open dialog and imports the card file chosen; null when the dialog was cancelled. */
  importCardFile: method(noInput, cardImportResultSchema.nullable()),
  list: method(noInput, z.array(teamMemberSchema)),
  safetyNumber: method(memberInput, safetyNumberSchema),
  setVerified: method(z.object({ memberId: z.uuid(), verified: z.boolean() }).strict(), done),
  remove: method(memberInput, done),
} as const;
