// A new vault's empty sections: each says what it is for and offers its first actions as buttons, which lead where they
// say; Today, where a new vault opens, offers the first steps. Axe runs on empty states.
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { createConfirmedVault } from './vault-steps.js';

const PASSPHRASE = 'lanterns drift over the quiet harbour';

const go = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();
const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
/** The empty state: a region named by its title, holding the sentence and the buttons. */
const emptyState = (page: Page, title: string) => page.getByRole('main').getByRole('region', { name: title });

/** Each section's empty state: its title, a word of its purpose, and its buttons in order. */
const SECTIONS = [
  { nav: 'Roster', title: 'No collaborators yet', purpose: /people and organisations/, buttons: ['Add the first collaborator', 'Import from a CSV file'] },
  { nav: 'Communities', title: 'No communities yet', purpose: /groups the network supports/, buttons: ['Add the first community'] },
  { nav: 'Harmful projects', title: 'No harmful projects yet', purpose: /communities resist/, buttons: ['Add the first harmful project'] },
  { nav: 'Requests', title: 'No open requests', purpose: /what a community asks for/, buttons: ['Record a new request', 'Show all requests'] },
  { nav: 'Collaborations', title: 'No collaborations yet', purpose: /from introduction to conclusion/, buttons: ['Find allies for a request', 'Start the first collaboration'] },
  { nav: 'Resources', title: 'No resources yet', purpose: /guides, toolkits/, buttons: ['Add the first resource'] },
  { nav: 'Team', title: 'No team members yet', purpose: /swapping contact cards/, buttons: ['Share your contact card', 'Add a colleague’s card'] },
  { nav: 'Bundles', title: 'No bundles yet', purpose: /sent, received or refused/, buttons: ['Create your first bundle', 'Exchange cards with your team'] },
  { nav: 'Dashboard', title: 'No figures for this period', purpose: /adds up the collaborations/, buttons: ['Start a collaboration', 'See the requests'] },
] as const;

test('every section of a new vault says what it is for and offers its first actions', async ({ app }) => {
  const { page } = app;
  await createConfirmedVault(page, PASSPHRASE);

  // Today first: where a new vault opens, with the steps that will fill it.
  await go(page, 'Today');
  const today = emptyState(page, 'Nothing needs you today');
  await expect(today).toBeVisible();
  await expect(today.getByRole('button')).toHaveText(['Add collaborators', 'Import a CSV file', 'Add a community', 'Exchange cards with your team']);
  await expectNoSeriousA11yViolations(page, 'Today of a new vault');

  for (const section of SECTIONS) {
    await go(page, section.nav);
    const state = emptyState(page, section.title);
    await expect(state, section.nav).toBeVisible();
    await expect(state.getByText(section.purpose)).toBeVisible();
    await expect(state.getByRole('button')).toHaveText([...section.buttons]);
  }
  await go(page, 'Roster');
  await expectNoSeriousA11yViolations(page, 'empty roster');
  await go(page, 'Team');
  await expectNoSeriousA11yViolations(page, 'empty team');
});

test('the first actions lead where they say', async ({ app }) => {
  const { page } = app;
  await createConfirmedVault(page, PASSPHRASE);

  await go(page, 'Today');
  await emptyState(page, 'Nothing needs you today').getByRole('button', { name: 'Import a CSV file' }).click();
  await expect(h1(page, 'Import collaborators')).toBeVisible();
  await go(page, 'Today');
  await emptyState(page, 'Nothing needs you today').getByRole('button', { name: 'Add a community' }).click();
  await expect(h1(page, 'Add a community')).toBeVisible();
  await go(page, 'Today');
  await emptyState(page, 'Nothing needs you today').getByRole('button', { name: 'Exchange cards with your team' }).click();
  await expect(h1(page, 'Team')).toBeVisible();

  // Team: the card starts with your name (the card needs one); adding a colleague's card starts in its text box.
  await emptyState(page, 'No team members yet').getByRole('button', { name: 'Share your contact card' }).click();
  await expect(page.getByLabel('Your name')).toBeFocused();
  await emptyState(page, 'No team members yet').getByRole('button', { name: 'Add a colleague’s card' }).click();
  await expect(page.getByLabel('Contact card text')).toBeFocused();

  await go(page, 'Roster');
  await emptyState(page, 'No collaborators yet').getByRole('button', { name: 'Add the first collaborator' }).click();
  await expect(h1(page, 'Add a collaborator')).toBeVisible();

  await go(page, 'Requests');
  await emptyState(page, 'No open requests').getByRole('button', { name: 'Show all requests' }).click();
  await expect(emptyState(page, 'No support requests yet').getByRole('button')).toHaveText(['Record a new request', 'Add a community']);

  await go(page, 'Bundles');
  await emptyState(page, 'No bundles yet').getByRole('button', { name: 'Create your first bundle' }).click();
  await expect(h1(page, 'Create a bundle')).toBeVisible();
});
