// Steps of the grants cycle spec that are not the cycle itself: the team and the community it starts from, days
// counted from today, figures read off the grants dashboard, and an award letter's text read back from its PDF.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Region } from '../../common/roster/taxonomy.js';
import type { VaultIdentity } from '../../db/team.repo.js';
import { loadSodium } from '../../main/core/crypto/sodium.js';
import { buildContactCard, contactCardText } from '../../main/core/team/contact-card.js';
import { expect } from './fixtures.js';

export interface TeamMember {
  name: string;
  region: Exclude<Region, 'global'>;
}

/** Contact cards of other team members, each signed by its own (throwaway) keys, as the Team screen imports them. */
async function memberCards(members: readonly TeamMember[]): Promise<string[]> {
  const sodium = await loadSodium();
  return members.map(({ name, region }) => {
    const signing = sodium.crypto_sign_keypair();
    const encryption = sodium.crypto_box_keypair();
    const identity: VaultIdentity = {
      vaultId: crypto.randomUUID(),
      displayName: name,
      role: 'facilitator',
      region,
      signingPublicKey: signing.publicKey,
      signingSecretKey: signing.privateKey,
      encryptionPublicKey: encryption.publicKey,
      encryptionSecretKey: encryption.privateKey,
    };
    return contactCardText(buildContactCard(sodium, identity, new Date().toISOString()));
  });
}

/** Through the contract: this vault is the coordinator `me`, the facilitators are its team, and the community exists. */
export async function seedTeamAndCommunity(page: Page, me: string, facilitators: readonly TeamMember[], community: string): Promise<void> {
  const cards = await memberCards(facilitators);
  await page.evaluate(
    async ({ me, cards, community }) => {
      const must = <T>(reply: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
        if (!reply.ok) throw new Error(reply.error.message);
        return reply.value;
      };
      must(await window.cre.team.updateMe({ displayName: me, role: 'coordinator', region: 'latin_america' }));
      for (const text of cards) must(await window.cre.team.importCardText({ text }));
      must(await window.cre.communities.create({ community: { name: community, country: 'PE', languages: ['es'], sharing: 'regional' } }));
    },
    { me, cards, community },
  );
}

/** The local day `offset` days from today, as YYYY-MM-DD (what the page's date fields take). */
export function dayFromToday(offset: number): string {
  const day = new Date();
  day.setDate(day.getDate() + offset);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/** An amount as the English interface writes it ("$4,000.00"), read as a number. */
function amountOf(text: string): number {
  return Number(text.replace(/[^\d.-]/g, ''));
}

/** One figure of the dashboard's "All calls" row, by its column's name, as a number. */
export async function allCallsFigure(page: Page, column: string): Promise<number> {
  const totals = page.getByRole('region', { name: 'All calls, per currency' });
  const row = totals.getByRole('row', { name: /All calls/ });
  await expect(row).toBeVisible();
  const headers = (await totals.getByRole('columnheader').allInnerTexts()).map((text) => text.trim());
  const index = headers.indexOf(column);
  expect(index, `the "${column}" column of the totals`).toBeGreaterThan(0);
  // The row's first column is its header (the group's name); the cells are the rest.
  return amountOf(await row.getByRole('cell').nth(index - 1).innerText());
}

/** The text of a saved PDF, its white space (line wraps, no-break spaces) made single plain spaces. */
export async function pdfText(path: string): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(path))), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

/** An amount as a letter in `language` writes it, with plain spaces. */
export function letterAmount(amount: number, currency: string, language: string): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency }).format(amount).replace(/\s+/g, ' ');
}

/** A score's radio in a criterion's group: "4 — …" or just "4". */
export function scoreOption(criterion: Locator, score: number): Locator {
  return criterion.getByRole('radio', { name: new RegExp(`^${score}( —|$)`) });
}
