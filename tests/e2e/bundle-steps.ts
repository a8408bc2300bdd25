// Steps shared by the specs where two vaults exchange bundles: open a section, introduce yourself on the Team screen,
// add and verify the other's card, seed a community through main, send a bundle and open one.
import type { Page } from '@playwright/test';
import type { CommunityInput } from '../../common/community/community.schema.js';
import { expect } from './fixtures.js';
import type { AppHarness } from './harness/app-harness.js';
import { sidebarPlace } from './vault-steps.js';

/** A community of the Asia region shared with its facilitators: what a secretariat's bundle to them carries. */
export const REGIONAL_COMMUNITY: CommunityInput = {
  name: 'Imaginary Kampung Sungai Biru',
  country: 'id',
  area: 'Kalimantan',
  coordinates: null,
  languages: ['id'],
  contacts: [],
  sharing: 'regional',
  notes: 'Fishing families downstream of a planned smelter.',
};

/** Opens a section from the main navigation; coming from another section, its heading takes the focus. */
export async function openSection(page: Page, name: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 1, name });
  const already = await heading.isVisible();
  await sidebarPlace(page, name).click();
  await (already ? expect(heading).toBeVisible() : expect(heading).toBeFocused());
}

/** Sets name, role and region on the Team screen and answers the card text. */
export async function introduce(page: Page, name: string, role: string, region: string): Promise<string> {
  await openSection(page, 'Team');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Role', { exact: true }).selectOption({ label: role });
  await page.getByLabel('Region', { exact: true }).selectOption({ label: region });
  await page.getByRole('button', { name: 'Save my details' }).click();
  await expect(page.getByText('Your details were saved.')).toBeVisible();
  return page.getByLabel('Card text', { exact: true }).inputValue();
}

/** Adds the other's card, reads the safety number the dialog shows, marks them verified; answers its groups. */
export async function addAndVerify(page: Page, card: string, name: string): Promise<string[]> {
  await page.getByLabel('Contact card text').fill(card);
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByText(`${name} was added to the team, unverified.`, { exact: false })).toBeVisible();
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  const dialog = page.getByRole('dialog', { name });
  const groups = await dialog.getByRole('list', { name: `Safety number with ${name}` }).getByRole('listitem').allInnerTexts();
  await dialog.getByRole('button', { name: 'Mark as verified' }).click();
  await expect(dialog.getByText(`${name} is now verified.`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return groups;
}

export interface Person {
  page: Page;
  name: string;
  role: string;
  region: string;
}

/**
 * Two people introduce themselves on their Team screens, add each other's card and mark each other verified, as after
 * comparing the safety number; answers the safety number's groups as each of them saw it.
 */
export async function meetAndVerify(a: Person, b: Person): Promise<[string[], string[]]> {
  const aCard = await introduce(a.page, a.name, a.role, a.region);
  const bCard = await introduce(b.page, b.name, b.role, b.region);
  return [await addAndVerify(a.page, bCard, b.name), await addAndVerify(b.page, aCard, a.name)];
}

/** Calls main from the page as the app would, for records the test needs but whose forms other specs cover. */
export async function createCommunity(page: Page, community: CommunityInput): Promise<string> {
  const reply = await page.evaluate((input) => window.cre.communities.create({ community: input }), community);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value.id;
}

/**
 * From the Bundles screen: a bundle for `recipient`, saved to `path`, then back to the Bundles screen; `everything`
 * ticks "Send everything again". An answer with nothing new is saved too: it carries its acknowledgement.
 */
export async function sendBundle(app: AppHarness, recipient: string, path: string, everything = false): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: 'Create bundle for…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create a bundle' })).toBeFocused();
  await page.getByRole('group', { name: 'Recipients' }).getByLabel(new RegExp(`^${recipient}`)).check();
  if (everything) await page.getByLabel('Send everything again').check();
  // Once the preview is read the button is enabled.
  const save = page.getByRole('button', { name: 'Save bundle…' });
  await expect(save).not.toHaveAttribute('aria-disabled', 'true');
  await app.setNextSaveFile(path);
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: `The bundle for ${recipient} was saved` })).toBeVisible();
  await page.getByRole('button', { name: 'Back to bundles' }).click();
}

/** From the Bundles screen: opens the bundle at `path` (the caller checks what the import says). */
export async function openBundle(app: AppHarness, path: string): Promise<void> {
  await app.setNextOpenFile(path);
  await app.page.getByRole('button', { name: 'Open bundle…' }).click();
}
