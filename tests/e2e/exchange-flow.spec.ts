// The exchange at work, end to end through the screens: a community's request → matching → two collaborators picked →
// introduced → an activity → concluded with a learning → the dashboard's counts change → another community facing the
// same financier sees that learning under similar struggles.
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { createConfirmedVault } from './vault-steps.js';

const PASSPHRASE = 'otters keep the river honest';
const HERE = 'Comunidade do Rio Manso';
const THERE = 'Kampong Sungai Tenang';
const FINANCIER = 'Example Development Bank';
const FINANCE = 'Fictional Finance Watch';
const LEGAL = 'Imaginary Legal Clinic';
const DESCRIPTION = 'Find out who finances the dam and brief its board';
const WORKED = 'Briefing every board member before the vote';

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });
const lifecycle = (page: Page) => page.getByRole('region', { name: 'Lifecycle' });
const headline = (page: Page) => page.getByRole('region', { name: 'Headline figures' });
const figuresTable = (page: Page) => page.getByRole('table', { name: 'Collaborations by region, strategy area and status' });

/** Two communities facing projects with the same financier, and two collaborators who fit the request to come. */
async function seed(page: Page): Promise<boolean> {
  return page.evaluate(
    async ({ here, there, financier, finance, legal }) => {
      const cre = window.cre;
      const dam = await cre.projects.create({ project: { name: 'Rio Manso Dam', country: 'BR', sectors: ['hydropower'], stage: 'approved', financiers: [{ name: financier }] } });
      const mine = await cre.projects.create({ project: { name: 'Sungai Tenang Mine', country: 'KH', sectors: ['extractives'], stage: 'pending', financiers: [{ name: financier }] } });
      const hereMade = await cre.communities.create({ community: { name: here, country: 'BR', languages: ['pt'], sharing: 'regional' } });
      const thereMade = await cre.communities.create({ community: { name: there, country: 'KH', languages: ['km'], sharing: 'regional' } });
      if (!dam.ok || !mine.ok || !hereMade.ok || !thereMade.ok) return false;
      const links = await Promise.all([
        cre.struggles.link({ struggle: { communityId: hereMade.value.id, projectId: dam.value.id, resisting: 'Flooding of the river villages' } }),
        cre.struggles.link({ struggle: { communityId: thereMade.value.id, projectId: mine.value.id, resisting: 'Sand mining in the river' } }),
      ]);
      const person = (name: string, countries: string[], strategyAreas: string[], languages: string[]) =>
        cre.roster.create({
          collaborator: {
            name,
            kind: 'cso',
            countries,
            levels: ['international'],
            strategyAreas: strategyAreas as never,
            expertise: [],
            languages,
            vetting: { status: 'vetted' },
            availability: { status: 'available' },
            sharing: 'network',
          },
        });
      const people = await Promise.all([
        person(finance, ['BR'], ['financial_research', 'advocacy'], ['pt', 'en']),
        person(legal, ['PE'], ['advocacy', 'courts_complaints'], ['es', 'pt']),
      ]);
      return links.every((reply) => reply.ok) && people.every((reply) => reply.ok);
    },
    { here: HERE, there: THERE, financier: FINANCIER, finance: FINANCE, legal: LEGAL },
  );
}

async function openCommunity(page: Page, name: string): Promise<void> {
  await nav(page, 'Communities').click();
  await page.getByRole('table', { name: 'Communities found' }).getByRole('button', { name }).click();
  await expect(h1(page, name)).toBeFocused();
}

test('request → matching → two collaborators → introduced → activity → concluded with a learning → dashboard → similar struggles', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await createConfirmedVault(page, PASSPHRASE);
  expect(await seed(page)).toBe(true);

  // The community asks for support, from its own page.
  await openCommunity(page, HERE);
  await page.getByRole('region', { name: 'Support requests' }).getByRole('button', { name: 'New request' }).click();
  await expect(h1(page, 'Add a support request')).toBeFocused();
  await expect(page.getByText(`Community: ${HERE}`)).toBeVisible();
  await page.getByLabel('Harmful project it is about').selectOption({ label: 'Rio Manso Dam' });
  await page.getByLabel('What the community asks for').fill(DESCRIPTION);
  const areas = page.getByRole('group', { name: 'Strategy areas needed' });
  await areas.getByLabel('Financial research and power mapping').check();
  await areas.getByLabel('Advocacy with decision-makers').check();
  await page.getByLabel('Level', { exact: true }).selectOption({ label: 'International' });
  await page.getByLabel('Urgency', { exact: true }).selectOption({ label: 'High' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(h1(page, `Request from ${HERE}`)).toBeFocused();

  // Matching: both collaborators are offered with their reasons; the facilitator picks both.
  await page.getByRole('button', { name: 'Find collaborators' }).click();
  await expect(h1(page, 'Find collaborators')).toBeFocused();
  await page.getByRole('button', { name: `Why ${FINANCE} is suggested` }).click();
  await expect(page.getByRole('list', { name: `Why ${FINANCE} is suggested` })).toContainText('Works in Brazil');
  await page.getByRole('checkbox', { name: new RegExp(FINANCE) }).check();
  await page.getByRole('checkbox', { name: new RegExp(LEGAL) }).check();
  await page.getByLabel(`Role of ${FINANCE}`).fill('Financial research');
  await page.getByLabel('Owner', { exact: true }).fill('Latin America facilitator');
  await page.getByRole('button', { name: 'Create collaboration' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Collaboration created with 2 collaborators. The request is now linked.' })).toBeVisible();
  await expect(h1(page, `Collaboration with ${HERE}`)).toBeFocused();

  // The dashboard counts it as proposed, no linkage made yet.
  await nav(page, 'Dashboard').click();
  await expect(h1(page, 'Dashboard')).toBeFocused();
  await expect(headline(page).getByRole('button', { name: '1 Collaborations' })).toBeVisible();
  await expect(headline(page).getByRole('button', { name: '0 Linkages made' })).toBeVisible();
  await expect(figuresTable(page).getByRole('button', { name: '1 collaborations: Latin America, Advocacy with decision-makers, Proposed' })).toBeVisible();

  // Back to the collaboration through the request: introduce, record a meeting, start, conclude, record the learning.
  await nav(page, 'Requests').click();
  await page.getByRole('button', { name: DESCRIPTION }).click();
  await page.getByRole('region', { name: 'Collaborations for this request' }).getByRole('button', { name: `${FINANCE}, ${LEGAL}` }).click();
  await expect(h1(page, `Collaboration with ${HERE}`)).toBeFocused();
  await lifecycle(page).getByRole('button', { name: 'Move to Introduced' }).click();
  await expect(lifecycle(page).getByText('Now: Introduced')).toBeVisible();
  await page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: 'Add activity' }).click();
  const activityDrawer = page.getByRole('dialog', { name: 'Add an activity' });
  await activityDrawer.getByLabel('Kind').selectOption({ label: 'Meeting' });
  await activityDrawer.getByLabel('What happened').fill('First call between the community and both allies');
  await activityDrawer.getByRole('button', { name: 'Add activity' }).click();
  await expect(page.getByRole('region', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'First call between' })).toContainText('Meeting');
  await lifecycle(page).getByRole('button', { name: 'Move to Active' }).click();
  await expect(lifecycle(page).getByText('Now: Active')).toBeVisible();
  await lifecycle(page).getByRole('button', { name: 'Move to Concluded' }).click();
  await page.getByRole('dialog', { name: 'Move to Concluded?' }).getByRole('button', { name: 'Move to Concluded' }).click();
  await expect(lifecycle(page).getByText('Now: Concluded')).toBeVisible();
  await page.getByRole('button', { name: 'Record a learning' }).click();
  const learningDrawer = page.getByRole('dialog', { name: 'Record a learning' });
  await learningDrawer.getByLabel('What worked').fill(WORKED);
  await learningDrawer.getByLabel('Strategy area').selectOption({ label: 'Advocacy with decision-makers' });
  await learningDrawer.getByRole('button', { name: 'Record learning' }).click();
  await expect(page.getByRole('region', { name: 'Learnings' })).toContainText(WORKED);
  await expectNoSeriousA11yViolations(page, 'concluded collaboration in the flow');

  // The dashboard now counts a linkage and a concluded collaboration.
  await nav(page, 'Dashboard').click();
  await expect(headline(page).getByRole('button', { name: '1 Linkages made' })).toBeVisible();
  await expect(figuresTable(page).getByRole('button', { name: '1 collaborations: Latin America, Advocacy with decision-makers, Concluded' })).toBeVisible();
  await expect(figuresTable(page).getByRole('button', { name: /Proposed$/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'dashboard after the flow');

  // The other community, facing the same financier elsewhere, learns from it.
  await openCommunity(page, THERE);
  const similar = page.getByRole('region', { name: 'Similar struggles' });
  const item = similar.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: HERE }) });
  await expect(item).toContainText(`Same financier: ${FINANCIER}`);
  await expect(item).toContainText(`What worked: ${WORKED}`);
  await expect(item.getByRole('button', { name: 'Collaboration (Concluded)' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'similar struggles with the learning');
});
