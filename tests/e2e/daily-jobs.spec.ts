// Daily jobs on the sample vault, each counting the clicks and keystrokes it needs (printed, not asserted): the figures behind the workbench's design.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SAMPLE_VAULT_PASSPHRASE } from '../../common/contract/sample.contract.js';
import { expect, test } from './fixtures.js';
import { InteractionCounter } from './harness/interaction-counter.js';

// The size the issue's figures were taken at.
test.use({ viewport: { width: 1280, height: 800 } });

/** The sample's new request from a Spanish-speaking community: a complaint to the World Bank Inspection Panel (and the IFC's CAO). */
const WORLD_BANK_REQUEST = /complaint to the World Bank Inspection Panel/;
const SPANISH_COMMUNITY = 'Comunidad campesina Huaylla Alta';
const OWNER = 'Latin America facilitator';
const COLLABORATION_COMMUNITY = 'Tanjung Biru coastal fisherfolk';
const ACTIVITY = 'Call with the cooperative about the complaint';
/** The sample's one overdue follow-up (five days ago). */
const OVERDUE_COMMUNITY = 'Ban Sok upland farmers';
const CSV_FILE = join(import.meta.dirname, '..', 'fixtures', 'csv', 'roster-mixed.csv');

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const pageTitle = (page: Page) => page.getByRole('heading', { level: 1 });

/** Opens the sample vault (not counted) and waits for the page it opens on. */
async function exploreSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(mainNav(page)).toBeVisible({ timeout: 60_000 });
  await expect(pageTitle(page)).toBeVisible();
}

/** Locks and unlocks (not counted), so the next job starts where an opened vault starts. */
async function startOver(page: Page): Promise<void> {
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock your vault' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(SAMPLE_VAULT_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(mainNav(page)).toBeVisible();
  await expect(pageTitle(page)).toBeVisible();
}

/** Not counted: whether the chosen ally lists expertise in World Bank or IFC complaints, to compare the rankings' picks. */
async function expertiseNote(page: Page, chosen: string): Promise<string> {
  const name = chosen.replace(/^\s*\d+\.\s*/, '').trim();
  const tags = await page.evaluate(async (text) => {
    const found = await window.cre.roster.search({ query: { text, filters: {}, sort: 'name' }, offset: 0, limit: 5 });
    const first = found.ok ? found.value.items[0] : undefined;
    if (!first) return null;
    const full = await window.cre.roster.get({ id: first.id });
    return full.ok ? full.value.expertise : null;
  }, name);
  if (tags === null) return `chose ${name} (expertise not found)`;
  const relevant = tags.filter((tag) => /world bank|inspection panel|ifc|cao/i.test(tag));
  return `chose ${name}, whose expertise ${relevant.length > 0 ? `includes ${relevant.join(', ')}` : 'names neither the Inspection Panel nor the CAO'}`;
}

/** Goes to a main section through the navigation, counting the click only if the vault is not already showing it. */
async function openSection(counter: InteractionCounter, page: Page, name: string): Promise<void> {
  if ((await pageTitle(page).innerText()).trim() === name) return;
  await counter.click(mainNav(page).getByRole('button', { name, exact: true }));
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
}

test('daily jobs: the clicks and keystrokes each takes on the sample vault', async ({ app }, testInfo) => {
  test.setTimeout(240_000);
  const { page } = app;
  await exploreSample(page);

  await test.step('find a Spanish-speaking ally for a World Bank complaint and start a collaboration', async () => {
    const counter = new InteractionCounter(page, testInfo);
    // From where the vault opens: the request straight away if that page lists it, else through Requests.
    if ((await page.getByRole('button', { name: WORLD_BANK_REQUEST }).count()) === 0) await openSection(counter, page, 'Requests');
    await counter.click(page.getByRole('button', { name: WORLD_BANK_REQUEST }).first());
    await expect(page.getByRole('heading', { level: 1, name: `Request from ${SPANISH_COMMUNITY}` })).toBeVisible();
    await counter.click(page.getByRole('button', { name: 'Find collaborators' }));
    await expect(page.getByRole('heading', { level: 1, name: 'Find collaborators' })).toBeVisible();
    // The first ranked collaborator whose reasons say they speak Spanish: read down the list until one does.
    const ranked = page.getByRole('group', { name: 'Choose the collaborators for this request' }).getByRole('listitem').filter({ has: page.getByRole('checkbox') });
    const speaker = ranked.filter({ hasText: 'Speaks Spanish' }).first();
    await expect(speaker).toBeVisible();
    const rank = (await ranked.allTextContents()).findIndex((text) => text.includes('Speaks Spanish')) + 1;
    counter.note(`the first Spanish speaker was number ${rank} of the ranking`);
    const chosen = await speaker.getByRole('checkbox').evaluate((box) => (box as HTMLInputElement).labels?.[0]?.innerText ?? '');
    await counter.check(speaker.getByRole('checkbox'));
    // The owner starts as the vault's own name when it has one; type a name only when the field is empty.
    const owner = page.getByLabel('Owner', { exact: true });
    if ((await owner.inputValue()) === '') await counter.type(owner, OWNER);
    else counter.note(`the owner was already filled in: ${await owner.inputValue()}`);
    await counter.click(page.getByRole('button', { name: 'Create collaboration' }));
    await expect(page.getByRole('status').filter({ hasText: /^Collaboration created with 1 collaborator/ })).toBeVisible();
    counter.note(await expertiseNote(page, chosen));
    counter.report('find a Spanish-speaking ally for a World Bank complaint and start a collaboration');
  });

  await startOver(page);
  await test.step('log an activity on a collaboration', async () => {
    const counter = new InteractionCounter(page, testInfo);
    await openSection(counter, page, 'Collaborations');
    await counter.click(page.getByRole('table', { name: 'Collaborations found' }).getByRole('button', { name: COLLABORATION_COMMUNITY }));
    // "Add activity" opens the form in a drawer; its own "Add activity" saves.
    await counter.click(page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: 'Add activity' }));
    const drawer = page.getByRole('dialog', { name: 'Add an activity' });
    await counter.selectOption(drawer.getByLabel('Kind'), { label: 'Meeting' });
    await counter.type(drawer.getByLabel('What happened'), ACTIVITY);
    await counter.click(drawer.getByRole('button', { name: 'Add activity' }));
    await expect(page.getByRole('region', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: ACTIVITY })).toContainText('Meeting');
    counter.report('log an activity on a collaboration');
  });

  await startOver(page);
  await test.step('find what is overdue today', async () => {
    const counter = new InteractionCounter(page, testInfo);
    await openSection(counter, page, 'Today');
    const overdue = page.getByRole('region', { name: /^Overdue/ });
    await expect(overdue.getByRole('button', { name: OVERDUE_COMMUNITY })).toBeVisible();
    counter.report('find what is overdue today');
  });

  await startOver(page);
  await test.step('import a CSV of collaborators', async () => {
    const counter = new InteractionCounter(page, testInfo);
    await openSection(counter, page, 'Roster');
    await counter.click(page.getByRole('button', { name: 'Import / export' }));
    await app.setNextOpenFile(CSV_FILE);
    await counter.click(page.getByRole('button', { name: 'Choose a CSV file…' }));
    counter.pickFileInDialog();
    await counter.click(page.getByRole('button', { name: 'Check the rows' }));
    await counter.click(page.getByRole('button', { name: /^Import \d+ collaborators?$/ }));
    await expect(page.getByText('2 collaborators imported.')).toBeVisible();
    counter.report('import a CSV');
  });
});
