// Links between sections: a community's similar struggles show another community's learning, with the trait they share;
// its requests, collaborations and projects open the right records; a collaborator's detail lists their collaborations;
// the traits read in the interface language.
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { createConfirmedVault } from './vault-steps.js';

const PASSPHRASE = 'herons wade where rivers braid';
const HERE = 'Comunidade do Rio Claro';
const THERE = 'Kampong Sungai Jernih';
const DAM = 'Rio Claro Dam';
const MINE = 'Sungai Sand Mine';
const ALLY = 'Fictional Finance Watch';
const WORKED = 'Letters to the bank’s board before the vote';
const DID_NOT = 'Waiting for the grievance office';

/** Two communities facing projects of the same financier (spelled differently), a request, and a concluded collaboration with a learning. */
async function seed(page: Page): Promise<{ requestId: string }> {
  const seeded = await page.evaluate(
    async ({ here, there, dam, mine, ally, worked, didNot }) => {
      const must = <T>(reply: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
        if (!reply.ok) throw new Error(reply.error.message);
        return reply.value;
      };
      const cre = window.cre;
      const damId = must(await cre.projects.create({ project: { name: dam, country: 'BR', sectors: ['hydropower'], stage: 'approved', financiers: [{ name: 'Example Development Bank' }] } })).id;
      const mineId = must(await cre.projects.create({ project: { name: mine, country: 'KH', sectors: ['extractives'], stage: 'pending', financiers: [{ name: 'example development bank.' }] } })).id;
      const hereId = must(await cre.communities.create({ community: { name: here, country: 'BR', languages: ['pt'], sharing: 'regional' } })).id;
      const thereId = must(await cre.communities.create({ community: { name: there, country: 'KH', languages: ['km'], sharing: 'network' } })).id;
      must(await cre.struggles.link({ struggle: { communityId: hereId, projectId: damId } }));
      must(await cre.struggles.link({ struggle: { communityId: thereId, projectId: mineId } }));
      const requestId = must(await cre.requests.create({
        request: { communityId: hereId, strategyAreas: ['financial_research'], level: 'international', languages: ['pt'], urgency: 'high', description: 'Who finances the dam, and when does the board vote?' },
      })).id;
      const allyId = must(await cre.roster.create({
        collaborator: { name: ally, kind: 'cso', countries: ['KH'], levels: ['international'], strategyAreas: ['financial_research'], expertise: [], languages: ['en'], contacts: [], vetting: { status: 'vetted' }, availability: { status: 'available' }, sharing: 'network', riskNotes: '', notes: '' },
      })).id;
      const collaborationId = must(await cre.collaborations.create({
        collaboration: { communityId: thereId, members: [{ collaboratorId: allyId, role: 'bank research' }], owner: 'Asia facilitator', learnings: [{ whatWorked: worked, whatDidNot: didNot, strategyArea: 'advocacy', text: '' }] },
      })).id;
      for (const to of ['introduced', 'active', 'concluded'] as const) must(await cre.collaborations.move({ id: collaborationId, to }));
      return { requestId };
    },
    { here: HERE, there: THERE, dam: DAM, mine: MINE, ally: ALLY, worked: WORKED, didNot: DID_NOT },
  );
  return seeded;
}

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

async function openCommunity(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Communities' }).click();
  await page.getByRole('table', { name: 'Communities found' }).getByRole('button', { name }).click();
  await expect(h1(page, name)).toBeFocused();
}

test('similar struggles show another community’s learning; links open the right records; a collaborator lists their collaborations', async ({ app }) => {
  const { page } = app;
  await createConfirmedVault(page, PASSPHRASE);
  await seed(page);

  // The other community shows under similar struggles, with the financier they share and what it learned.
  await openCommunity(page, HERE);
  const similar = page.getByRole('region', { name: 'Similar struggles' });
  const item = similar.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: THERE }) });
  await expect(item).toContainText('Same financier: Example Development Bank');
  await expect(item).toContainText(`What worked: ${WORKED}`);
  await expect(item).toContainText(`What did not work: ${DID_NOT}`);
  await expect(item).toContainText('Advocacy with decision-makers');
  await expect(item.getByRole('button', { name: 'Collaboration (Concluded)' })).toBeVisible();
  const requests = page.getByRole('region', { name: 'Support requests' });
  await expect(requests.getByRole('row', { name: /Who finances the dam/ })).toContainText('Financial research and power mapping');
  await expect(page.getByRole('region', { name: 'Collaborations', exact: true }).getByText('No collaboration with this community yet.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'community detail with requests and similar struggles');

  // Its project, its request and "New request" open the right screens.
  await page.getByRole('region', { name: 'Harmful projects they face' }).getByRole('button', { name: DAM, exact: true }).click();
  await expect(h1(page, DAM)).toBeFocused();
  await page.getByRole('region', { name: 'Communities facing this project' }).getByRole('button', { name: HERE, exact: true }).click();
  await expect(h1(page, HERE)).toBeFocused();
  await requests.getByRole('button', { name: /Who finances the dam/ }).click();
  await expect(h1(page, `Request from ${HERE}`)).toBeFocused();
  await openCommunity(page, HERE);
  await requests.getByRole('button', { name: 'New request' }).click();
  await expect(h1(page, 'Add a support request')).toBeFocused();

  // The learning opens its collaboration; the other community's link opens that community, whose collaborations list it.
  await openCommunity(page, HERE);
  await item.getByRole('button', { name: 'Collaboration (Concluded)' }).click();
  await expect(h1(page, `Collaboration with ${THERE}`)).toBeFocused();
  await openCommunity(page, HERE);
  await item.getByRole('heading', { level: 3 }).getByRole('button', { name: THERE, exact: true }).click();
  await expect(h1(page, THERE)).toBeFocused();
  await expect(page.getByRole('region', { name: 'Similar struggles' }).getByRole('heading', { level: 3, name: HERE })).toBeVisible();
  const collaborations = page.getByRole('region', { name: 'Collaborations', exact: true });
  const row = collaborations.getByRole('row', { name: new RegExp(ALLY) });
  await expect(row).toContainText('Concluded');
  await expect(row).toContainText('Asia facilitator');
  await row.getByRole('button', { name: ALLY, exact: true }).click();
  await expect(h1(page, `Collaboration with ${THERE}`)).toBeFocused();

  // The collaborator's detail lists the collaboration, with its state and their role, as a link to it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Roster' }).click();
  await page.getByRole('option', { name: new RegExp(ALLY) }).click();
  await expect(h1(page, ALLY)).toBeFocused();
  const memberOf = page.getByRole('region', { name: 'Collaborations', exact: true });
  const membership = memberOf.getByRole('row', { name: new RegExp(THERE) });
  await expect(membership).toContainText('Concluded');
  await expect(membership).toContainText('bank research');
  await expectNoSeriousA11yViolations(page, 'collaborator detail with collaborations');
  await membership.getByRole('button', { name: THERE, exact: true }).click();
  await expect(h1(page, `Collaboration with ${THERE}`)).toBeFocused();

  // The shared trait and the learning, in Portuguese.
  await openCommunity(page, HERE);
  await page.getByLabel('Language').selectOption('pt');
  const semelhantes = page.getByRole('region', { name: 'Lutas semelhantes' });
  await expect(semelhantes).toContainText('Mesmo financiador: Example Development Bank');
  await expect(semelhantes).toContainText(`O que funcionou: ${WORKED}`);
});
