// The team directory: the vault's identity and card, importing cards (added, updated, or keys changed), safety numbers, verification.
import { readFileSync, statSync } from 'node:fs';
import QRCode from 'qrcode';
import { v7 as uuidv7 } from 'uuid';
import { CreFailure } from '../../../common/contract/errors.js';
import type { Language } from '../../../common/languages.js';
import { CARD_FILE_EXTENSION, MAX_CARD_TEXT_LENGTH } from '../../../common/team/contact-card.schema.js';
import {
  identityProfileSchema,
  isReviewerRole,
  type CardImportResult,
  type IdentityProfile,
  type IdentityView,
  type SafetyNumber,
  type TeamMember,
} from '../../../common/team/team.schema.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import { inTransaction, type WritableDB } from '../../../db/handles.js';
import {
  deleteTeamMember,
  findIdentity,
  findTeamMemberBySigningKey,
  findTeamMemberByVaultId,
  getTeamMember,
  insertTeamMember,
  listTeamMembers,
  readIdentity,
  replaceTeamMemberKeys,
  setTeamMemberVerified,
  updateIdentityProfile,
  updateTeamMemberProfile,
  type TeamMemberRow,
} from '../../../db/team.repo.js';
import type { Sodium } from '../crypto/sodium.js';
import { writeFileAtomic } from '../fs/atomic-file.js';
import type { Platform } from '../platform.js';
import { buildContactCard, contactCardText, readContactCardText, refuseCard, type ReadCard } from './contact-card.js';
import { safetyNumber } from './safety-number.js';
import { catalogText } from '../catalog-message.js';

export interface TeamServiceDeps {
  sodium: Sodium;
  openVault: () => { db: WritableDB; vaultId: string };
  platform: Pick<Platform, 'now' | 'chooseOpenFile' | 'chooseSaveFile'>;
  language: () => Language;
}

export type TeamService = ReturnType<typeof createTeamService>;

export function toTeamMemberView(row: TeamMemberRow): TeamMember {
  const { signingKey: _signingKey, encryptionKey: _encryptionKey, ...view } = row;
  return view;
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.byteLength === b.byteLength && a.every((byte, i) => byte === b[i]);

function requireMember(db: WritableDB, memberId: string): TeamMemberRow {
  const member = getTeamMember(db, memberId);
  if (!member) throw new CreFailure('not_found', 'There is no team member with this id.');
  return member;
}

export function createTeamService(deps: TeamServiceDeps) {
  const { sodium } = deps;
  const isoNow = () => new Date(deps.platform.now()).toISOString();
  const cardFilters = () => [{ name: catalogText(deps.language(), 'team', 'dialog.cardFiles'), extensions: [CARD_FILE_EXTENSION] }];
  const toBase64 = (bytes: Uint8Array) => sodium.to_base64(bytes, sodium.base64_variants.ORIGINAL);

  /** The card text; it changes only when the profile does (Ed25519 signatures are deterministic), so a shown QR code stays valid. */
  function myCardText(): string {
    const stored = findIdentity(deps.openVault().db);
    if (!stored) throw new CreFailure('internal', 'This vault has no identity yet.');
    if (stored.displayName === '') throw new CreFailure('conflict', 'Give your name before sharing your contact card.');
    try {
      return contactCardText(buildContactCard(sodium, stored, stored.updatedAt));
    } finally {
      sodium.memzero(stored.signingSecretKey);
      sodium.memzero(stored.encryptionSecretKey);
    }
  }

  /** Adds or updates the member a checked card describes, in one transaction with its audit entry. */
  function admitCard(card: ReadCard): CardImportResult {
    const { db } = deps.openVault();
    const me = readIdentity(db);
    const mine = card.vaultId === me.vaultId || sameBytes(card.signingKey, me.signingPublicKey) || sameBytes(card.encryptionKey, me.encryptionPublicKey);
    sodium.memzero(me.signingSecretKey);
    sodium.memzero(me.encryptionSecretKey);
    if (mine) throw refuseCard('own_card', 'This is your own contact card: add the cards of other team members.');
    const profile: IdentityProfile = { displayName: card.displayName, role: card.role, region: card.region };
    const at = isoNow();
    return inTransaction(db, (): CardImportResult => {
      const known = findTeamMemberByVaultId(db, card.vaultId);
      const holder = findTeamMemberBySigningKey(db, card.signingKey);
      if (holder && holder.vaultId !== card.vaultId) {
        throw new CreFailure('conflict', 'These keys already belong to another team member.');
      }
      if (!known) {
        const id = uuidv7();
        insertTeamMember(db, { id, vaultId: card.vaultId, ...profile, signingKey: card.signingKey, encryptionKey: card.encryptionKey }, at);
        appendAuditEvent(db, 'team_member_added', at, { memberId: id });
        return { outcome: 'added', member: toTeamMemberView(requireMember(db, id)) };
      }
      if (sameBytes(known.signingKey, card.signingKey) && sameBytes(known.encryptionKey, card.encryptionKey)) {
        updateTeamMemberProfile(db, known.id, profile, at);
        appendAuditEvent(db, 'team_member_updated', at, { memberId: known.id });
        return { outcome: 'updated', member: toTeamMemberView(requireMember(db, known.id)) };
      }
      replaceTeamMemberKeys(db, known.id, { ...profile, signingKey: card.signingKey, encryptionKey: card.encryptionKey }, at);
      appendAuditEvent(db, 'team_member_keys_changed', at, { memberId: known.id, wasVerified: known.verified });
      return { outcome: 'keys_changed', member: toTeamMemberView(requireMember(db, known.id)) };
    });
  }

  return {
    me(): IdentityView {
      const identity = readIdentity(deps.openVault().db);
      sodium.memzero(identity.signingSecretKey);
      sodium.memzero(identity.encryptionSecretKey);
      return {
        vaultId: identity.vaultId,
        displayName: identity.displayName,
        role: identity.role,
        region: identity.region,
        signingKey: toBase64(identity.signingPublicKey),
        encryptionKey: toBase64(identity.encryptionPublicKey),
      };
    },

    updateMe(input: IdentityProfile): void {
      const profile = identityProfileSchema.parse(input);
      const { db } = deps.openVault();
      const at = isoNow();
      inTransaction(db, () => {
        const current = readIdentity(db);
        // A vault keeps the mode it was made in: a network vault's records must not vanish behind reviewer mode, and a
        // reviewer's vault must never start taking the network's records.
        if (isReviewerRole(current.role) !== isReviewerRole(profile.role)) {
          throw new CreFailure('invalid_input', 'A vault made for the network cannot become a reviewer’s, nor the other way round.', { reason: 'mode_change' });
        }
        updateIdentityProfile(db, profile, at);
        appendAuditEvent(db, 'identity_updated', at);
      });
    },

    async myCard(): Promise<{ text: string; qrSvg: string }> {
      const text = myCardText();
      const qrSvg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      return { text, qrSvg };
    },

    /** Writes the card's text to the file the save dialog chose: temp name beside it, fsync, rename. */
    async saveMyCard(): Promise<{ saved: boolean }> {
      const text = myCardText();
      const path = await deps.platform.chooseSaveFile({
        title: catalogText(deps.language(), 'team', 'dialog.saveCardTitle'),
        defaultName: `${catalogText(deps.language(), 'team', 'dialog.cardFileName')}.${CARD_FILE_EXTENSION}`,
        filters: cardFilters(),
      });
      if (path === null) return { saved: false };
      this.saveMyCardTo(path, text);
      return { saved: true };
    },

    /** The save without its dialog, for a path main already holds. A card is public: the file is readable like any document. */
    saveMyCardTo(path: string, text: string = myCardText()): void {
      try {
        writeFileAtomic(path, `${text}\n`, 0o644);
      } catch {
        throw new CreFailure('io', 'The contact card could not be written there.');
      }
    },

    importCardText(text: string): CardImportResult {
      return admitCard(readContactCardText(sodium, text));
    },

    async importCardFile(): Promise<CardImportResult | null> {
      deps.openVault();
      const path = await deps.platform.chooseOpenFile({ title: catalogText(deps.language(), 'team', 'dialog.openCardTitle'), filters: cardFilters() });
      if (path === null) return null;
      return this.importCardFileAt(path);
    },

    importCardFileAt(path: string): CardImportResult {
      let text: string;
      try {
        if (statSync(path).size > MAX_CARD_TEXT_LENGTH * 2) throw refuseCard('too_long', 'This file is too large to be a contact card.');
        text = readFileSync(path, 'utf8');
      } catch (error) {
        if (error instanceof CreFailure) throw error;
        throw new CreFailure('io', 'The contact card file could not be read.');
      }
      return admitCard(readContactCardText(sodium, text));
    },

    list(): TeamMember[] {
      return listTeamMembers(deps.openVault().db).map(toTeamMemberView);
    },

    safetyNumber(memberId: string): SafetyNumber {
      const { db } = deps.openVault();
      const member = requireMember(db, memberId);
      const me = readIdentity(db);
      sodium.memzero(me.signingSecretKey);
      sodium.memzero(me.encryptionSecretKey);
      return {
        groups: safetyNumber(
          { vaultId: me.vaultId, signingKey: me.signingPublicKey, encryptionKey: me.encryptionPublicKey },
          { vaultId: member.vaultId, signingKey: member.signingKey, encryptionKey: member.encryptionKey },
        ),
      };
    },

    setVerified(memberId: string, verified: boolean): void {
      const { db } = deps.openVault();
      const at = isoNow();
      inTransaction(db, () => {
        const member = requireMember(db, memberId);
        if (member.verified === verified) return;
        setTeamMemberVerified(db, memberId, verified, at);
        appendAuditEvent(db, verified ? 'team_member_verified' : 'team_member_unverified', at, { memberId });
      });
    },

    remove(memberId: string): void {
      const { db } = deps.openVault();
      inTransaction(db, () => {
        requireMember(db, memberId);
        deleteTeamMember(db, memberId);
        appendAuditEvent(db, 'team_member_removed', isoNow(), { memberId });
      });
    },
  };
}
