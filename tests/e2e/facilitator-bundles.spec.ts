// Facilitator to facilitator in the UI: the Latin America facilitator chooses the Africa facilitator, is asked for the
// collaboration, sees it named in the preview with what travels and the withdrawals, saves the bundle, and the Africa
// facilitator imports exactly that collaboration. Axe on the create screen with the collaboration choice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { CommunityInput } from '../../common/community/community.schema.js';
import type { CollaboratorInput } from '../../common/roster/collaborator.schema.js';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { openSecondApp } from './two-vaults.js';
import { meetAndVerify, openSection } from './bundle-steps.js';
import { createConfirmedVault } from './vault-steps.js';

const PASSPHRASE = 'mangrove rivers carry stubborn pebbles';
const LATAM = 'Lucía Quispe';
const AFRICA = 'Amina Njoroge';
const HOME: CommunityInput = {
  name: 'Imaginary Comunidad Río Claro',
  country: 'pe',
  area: 'Loreto',
  coordinates: null,
  languages: ['es'],
  contacts: [],
  sharing: 'network',
  notes: 'Fishing families downstream of a planned oil pipeline.',
};
const ELSEWHERE: CommunityInput = { ...HOME, name: 'Imaginary Comunidad Lejana', notes: '' };
const ALLY: CollaboratorInput = {
  name: 'Imaginary Nairobi Legal Clinic',
  kind: 'cso',
  countries: ['KE'],
  levels: ['international'],
  strategyAreas: ['courts_complaints'],
  expertise: ['Development banks'],
  languages: ['en'],
  contacts: [],
  vetting: { status: 'vetted', vouchedBy: 'Regional facilitator', date: '2026-03-01' },
  availability: { status: 'available' },
  sharing: 'network',
  riskNotes: '',
  notes: '',
};

let folder = '';
test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'cre-e2e-f2f-'));
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Records the test needs, made through main as the app's forms would (other specs cover the forms). */
async function seedCollaboration(page: Page): Promise<string> {
  return page.evaluate(
    async ([home, elsewhere, ally]) => {
      const made = <T>(reply: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
        if (!reply.ok) throw new Error(reply.error.message);
        return reply.value;
      };
      const community = made(await window.cre.communities.create({ community: home }));
      made(await window.cre.communities.create({ community: elsewhere }));
      const collaborator = made(await window.cre.roster.create({ collaborator: ally }));
      const collaboration = made(
        await window.cre.collaborations.create({
          collaboration: { communityId: community.id, members: [{ collaboratorId: collaborator.id, role: 'legal advice' }], owner: 'Lucía Quispe' },
        }),
      );
      made(await window.cre.collaborations.addActivity({ id: collaboration.id, activity: { kind: 'note', date: '2026-11-30', text: 'First call' } }));
      return collaboration.id;
    },
    [HOME, ELSEWHERE, ALLY] as const,
  );
}

test('a facilitator sends another region’s facilitator one collaboration, chosen by community and ally', async ({ app }, testInfo) => {
  test.setTimeout(240_000);
  const second = await openSecondApp(app, testInfo);
  try {
    const latam = app.page;
    const africa = second.page;
    await createConfirmedVault(latam, PASSPHRASE);
    await createConfirmedVault(africa, PASSPHRASE);
    await meetAndVerify(
      { page: latam, name: LATAM, role: 'Regional facilitator', region: 'Latin America' },
      { page: africa, name: AFRICA, role: 'Regional facilitator', region: 'Africa' },
    );
    const collaborationId = await seedCollaboration(latam);

    await openSection(latam, 'Bundles');
    await latam.getByRole('button', { name: 'Create bundle for…' }).click();
    await latam.getByRole('group', { name: 'Recipients' }).getByLabel(new RegExp(`^${AFRICA}`)).check();
    await expect(latam.getByText('Choose the collaboration to see what would travel.')).toBeVisible();
    const label = `${HOME.name} — ${ALLY.name}`;
    await latam.getByLabel('Collaboration', { exact: true }).selectOption({ label });
    await expect(latam.getByText(`The collaboration “${label}” and the records it links to, as consent allows for the Africa region.`)).toBeVisible();
    const travels = latam.getByRole('table', { name: 'Records that will travel, by type' });
    await expect(travels.getByRole('row', { name: 'Communities 1' })).toBeVisible();
    await expect(latam.getByRole('heading', { name: 'Withdrawals' })).toBeVisible();
    await expect(latam.getByText('No record must be withdrawn from them.')).toBeVisible();
    await expectNoSeriousA11yViolations(latam, 'create bundle between facilitators');

    const path = join(folder, 'collaboration.crebundle');
    await app.setNextSaveFile(path);
    await latam.getByRole('button', { name: 'Save bundle…' }).click();
    await expect(latam.getByRole('status').filter({ hasText: `The bundle for ${AFRICA} was saved` })).toBeVisible();

    await openSection(africa, 'Bundles');
    await second.setNextOpenFile(path);
    await africa.getByRole('button', { name: 'Open bundle…' }).click();
    await expect(africa.getByRole('status').filter({ hasText: `The bundle from ${LATAM} was imported` })).toBeVisible();
    await expect(africa.getByRole('table', { name: 'Records written from the bundle, by type' }).getByRole('row', { name: 'Communities 1' })).toBeVisible();
    const names = await africa.evaluate(async () => {
      const reply = await window.cre.communities.list({});
      return reply.ok ? reply.value.map((c) => c.name) : [];
    });
    expect(names).toEqual([HOME.name]);
    const got = await africa.evaluate(async (id) => (await window.cre.collaborations.get({ id })).ok, collaborationId);
    expect(got).toBe(true);
  } finally {
    await second.close();
  }
});
