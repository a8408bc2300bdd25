// The team directory between two real vaults: exchanging cards, the same safety number on both sides, verification,
// updated details, changed keys (unverified again, loudly), refused cards, files in and out, and removal.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSodium } from '../../../main/core/crypto/sodium.js';
import { buildContactCard, contactCardText } from '../../../main/core/team/contact-card.js';
import { findTeamMemberBySigningKey, getTeamMember, listTeamMembers, readIdentity, recordBundleExchange } from '../../../db/team.repo.js';
import { makeTempDir } from '../../helpers/temp-vault.js';
import { cardOf, cardWithNewKeys, namedVault, routedTestVault, tamperedCard } from './team-helpers.js';

interface Member {
  id: string;
  vaultId: string;
  displayName: string;
  role: string;
  region: string;
  verified: boolean;
  verifiedAt: string | null;
  keysChangedAt: string | null;
  lastBundleAt: string | null;
}
interface Imported {
  outcome: string;
  member: Member;
}

describe('team directory', () => {
  it('adds each other from cards, unverified; both sides compute the same safety number; verification sticks', async () => {
    const amaru = await namedVault('Amaru Quispe', 'facilitator', 'latin_america');
    const lerato = await namedVault('Lerato Dlamini', 'advisory_committee', 'africa');
    const atLerato = await lerato.call<Imported>('cre:team.importCardText', { text: await cardOf(amaru) });
    expect(atLerato).toMatchObject({
      outcome: 'added',
      member: { vaultId: amaru.core.vault.info().vaultId, displayName: 'Amaru Quispe', role: 'facilitator', region: 'latin_america', verified: false, keysChangedAt: null, lastBundleAt: null },
    });
    const atAmaru = await amaru.call<Imported>('cre:team.importCardText', { text: `\n  ${await cardOf(lerato)}\n` });
    expect(atAmaru.outcome).toBe('added');

    const fromLerato = await lerato.call<{ groups: string[] }>('cre:team.safetyNumber', { memberId: atLerato.member.id });
    const fromAmaru = await amaru.call<{ groups: string[] }>('cre:team.safetyNumber', { memberId: atAmaru.member.id });
    expect(fromLerato.groups).toHaveLength(12);
    expect(fromAmaru).toEqual(fromLerato);

    await lerato.call('cre:team.setVerified', { memberId: atLerato.member.id, verified: true });
    const [verified] = await lerato.call<Member[]>('cre:team.list', {});
    expect(verified).toMatchObject({ id: atLerato.member.id, verified: true, verifiedAt: expect.any(String) });
    expect(lerato.core.vault.auditTrail(1)[0]).toMatchObject({ kind: 'team_member_verified', detail: { memberId: atLerato.member.id } });

    // A newer card with the same keys updates the details and keeps the verification.
    await amaru.call('cre:team.updateMe', { displayName: 'Amaru Q. Mamani', role: 'coordinator', region: 'global' });
    const again = await lerato.call<Imported>('cre:team.importCardText', { text: await cardOf(amaru) });
    expect(again).toMatchObject({ outcome: 'updated', member: { id: atLerato.member.id, displayName: 'Amaru Q. Mamani', role: 'coordinator', region: 'global', verified: true } });
    expect(await lerato.call('cre:team.safetyNumber', { memberId: atLerato.member.id })).toEqual(fromLerato);

    await lerato.call('cre:team.setVerified', { memberId: atLerato.member.id, verified: false });
    expect(await lerato.call('cre:team.list', {})).toEqual([expect.objectContaining({ verified: false, verifiedAt: null })]);
  });

  it('a card with other keys for a known vault replaces them, unverifies the member, flags the change and audits it', async () => {
    const amaru = await namedVault('Amaru Quispe');
    const lerato = await namedVault('Lerato Dlamini');
    const { member } = await lerato.call<Imported>('cre:team.importCardText', { text: await cardOf(amaru) });
    const before = await lerato.call<{ groups: string[] }>('cre:team.safetyNumber', { memberId: member.id });
    await lerato.call('cre:team.setVerified', { memberId: member.id, verified: true });
    lerato.platform.advance(60_000);

    const changed = await lerato.call<Imported>('cre:team.importCardText', { text: await cardWithNewKeys(member.vaultId, 'Amaru Quispe') });
    expect(changed).toMatchObject({ outcome: 'keys_changed', member: { id: member.id, verified: false, verifiedAt: null, keysChangedAt: new Date(lerato.platform.now()).toISOString() } });
    expect(await lerato.call('cre:team.safetyNumber', { memberId: member.id })).not.toEqual(before);
    const entry = lerato.core.vault.auditTrail(1)[0];
    expect(entry).toMatchObject({ kind: 'team_member_keys_changed', detail: { memberId: member.id, wasVerified: true } });
    expect(Object.keys(entry?.detail ?? {}).sort()).toEqual(['memberId', 'wasVerified']);
    const { db } = lerato.core.vault.openVault();
    expect(findTeamMemberBySigningKey(db, readIdentity(amaru.core.vault.openVault().db).signingPublicKey)).toBeNull();

    // Verifying again clears the warning.
    await lerato.call('cre:team.setVerified', { memberId: member.id, verified: true });
    expect(getTeamMember(db, member.id)).toMatchObject({ verified: true, keysChangedAt: null });
  });

  it('refuses a card that is damaged, tampered with, not a card, or one’s own, each with invalid_input and a reason', async () => {
    const amaru = await namedVault('Amaru Quispe');
    const lerato = await namedVault('Lerato Dlamini');
    const good = await cardOf(amaru);
    const refusals: [string, RegExp, string[]][] = [
      [tamperedCard(good, (card) => (card['displayName'] = 'Mallory')), /signature/, ['signature']],
      [tamperedCard(good, (card) => (card['role'] = 'coordinator')), /signature/, ['signature']],
      [tamperedCard(good, (card) => (card['vaultId'] = '0190d5a0-0000-4000-8000-0000000000ff')), /signature/, ['signature']],
      [tamperedCard(good, (card) => (card['signature'] = `${'A'.repeat(86)}==`)), /signature/, ['signature']],
      [tamperedCard(good, (card) => (card['extra'] = 1)), /not a valid contact card/, ['fields']],
      [tamperedCard(good, (card) => (card['role'] = 'chief')), /not a valid contact card/, ['fields']],
      [good.slice(0, -6), /damaged|not a valid|signature/, ['damaged', 'fields', 'signature']],
      ['CRE-CARD-1:!!!', /damaged/, ['damaged']],
      ['CRE-CARD-1:aGVsbG8', /damaged/, ['damaged']],
      ['hello there', /starts with CRE-CARD-1:/, ['prefix']],
      [await cardOf(lerato), /your own contact card/, ['own_card']],
    ];
    for (const [text, message, reasons] of refusals) {
      const error = await lerato.errorOf('cre:team.importCardText', { text });
      expect(error.code, text).toBe('invalid_input');
      expect(error.message, text).toMatch(message);
      expect(reasons, text).toContain(error.details?.['reason']);
    }
    expect(await lerato.call('cre:team.list', {})).toEqual([]);
  });

  it('refuses keys that already belong to another member', async () => {
    const amaru = await namedVault('Amaru Quispe');
    const lerato = await namedVault('Lerato Dlamini');
    await lerato.call('cre:team.importCardText', { text: await cardOf(amaru) });
    const { core } = amaru;
    const identity = readIdentity(core.vault.openVault().db);
    const sodium = await loadSodium();
    const impostor = contactCardText(buildContactCard(sodium, { ...identity, vaultId: '0190d5a0-0000-4000-8000-0000000000ff' }, '2026-03-01T00:00:00.000Z'));
    expect(await lerato.failure('cre:team.importCardText', { text: impostor })).toBe('conflict');
  });

  it('saves the card to a file and imports a card file; cancelled dialogs change nothing', async () => {
    const folder = makeTempDir();
    const amaru = await namedVault('Amaru Quispe');
    const lerato = await namedVault('Lerato Dlamini');
    expect(await amaru.call('cre:team.saveMyCard', {})).toEqual({ saved: false });
    const file = join(folder, 'amaru.crecard');
    amaru.platform.setNextSaveFile(file);
    expect(await amaru.call('cre:team.saveMyCard', {})).toEqual({ saved: true });
    expect(readFileSync(file, 'utf8').trim()).toBe(await cardOf(amaru));

    expect(await lerato.call('cre:team.importCardFile', {})).toBeNull();
    lerato.platform.setNextOpenFile(file);
    expect(await lerato.call<Imported>('cre:team.importCardFile', {})).toMatchObject({ outcome: 'added', member: { displayName: 'Amaru Quispe' } });

    const notACard = join(folder, 'other.crecard');
    writeFileSync(notACard, 'nothing to see');
    lerato.platform.setNextOpenFile(notACard);
    expect(await lerato.failure('cre:team.importCardFile', {})).toBe('invalid_input');
    lerato.platform.setNextOpenFile(join(folder, 'missing.crecard'));
    expect(await lerato.failure('cre:team.importCardFile', {})).toBe('io');
  });

  it('records the last bundle exchanged, removes members, and answers not_found for unknown ones', async () => {
    const amaru = await namedVault('Amaru Quispe');
    const lerato = await namedVault('Lerato Dlamini');
    const { member } = await lerato.call<Imported>('cre:team.importCardText', { text: await cardOf(amaru) });
    const { db } = lerato.core.vault.openVault();
    recordBundleExchange(db, member.id, '2026-02-03T04:05:06.000Z');
    expect(await lerato.call('cre:team.list', {})).toEqual([expect.objectContaining({ lastBundleAt: '2026-02-03T04:05:06.000Z' })]);
    expect(listTeamMembers(db)[0]?.signingKey).toEqual(readIdentity(amaru.core.vault.openVault().db).signingPublicKey);

    await lerato.call('cre:team.remove', { memberId: member.id });
    expect(await lerato.call('cre:team.list', {})).toEqual([]);
    expect(lerato.core.vault.auditTrail(1)[0]).toMatchObject({ kind: 'team_member_removed', detail: { memberId: member.id } });
    expect(await lerato.failure('cre:team.remove', { memberId: member.id })).toBe('not_found');
    expect(await lerato.failure('cre:team.safetyNumber', { memberId: member.id })).toBe('not_found');
    expect(await lerato.failure('cre:team.setVerified', { memberId: member.id, verified: true })).toBe('not_found');
  });

  it('answers invalid_input to malformed input on every method', async () => {
    const { failure } = await routedTestVault();
    const bad: [string, unknown][] = [
      ['cre:team.me', { x: 1 }],
      ['cre:team.updateMe', { displayName: 'A' }],
      ['cre:team.myCard', 'card'],
      ['cre:team.saveMyCard', { path: '/tmp/x' }],
      ['cre:team.importCardText', {}],
      ['cre:team.importCardText', { text: '' }],
      ['cre:team.importCardText', { text: 'x'.repeat(5000) }],
      ['cre:team.importCardText', { text: 42 }],
      ['cre:team.importCardFile', { path: '/etc/passwd' }],
      ['cre:team.list', []],
      ['cre:team.safetyNumber', { memberId: 'not-a-uuid' }],
      ['cre:team.setVerified', { memberId: '0190d5a0-0000-7000-8000-000000000000', verified: 'yes' }],
      ['cre:team.remove', {}],
    ];
    for (const [channel, input] of bad) expect(await failure(channel, input), channel).toBe('invalid_input');
  });
});
