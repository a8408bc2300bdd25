// Bundles between two vaults in the UI: the coordinator and the Asia facilitator exchange cards and verify each other, the
// coordinator previews and sends a bundle that the facilitator imports (records and history seen), a tampered copy is
// refused with a clear message, and a record changed on both sides is resolved in the conflicts view. Axe on each screen.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { CommunityInput } from '../../common/community/community.schema.js';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { openSecondApp } from './two-vaults.js';
import { createCommunity, meetAndVerify, openBundle, openSection, sendBundle , REGIONAL_COMMUNITY } from './bundle-steps.js';
import { createConfirmedVault } from './vault-steps.js';

const PASSPHRASE = 'mangrove rivers carry stubborn pebbles';
const COORDINATOR = 'Marisol Vega';
const FACILITATOR = 'Dewi Santoso';
const REGIONAL = REGIONAL_COMMUNITY;
const SECRETARIAT_ONLY: CommunityInput = { ...REGIONAL, name: 'Imaginary Desa Gunung Hijau', sharing: 'secretariat', notes: '' };

let folder = '';
test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'cre-e2e-bundles-'));
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function updateNotes(page: Page, id: string, notes: string): Promise<void> {
  const reply = await page.evaluate(([recordId, input]) => window.cre.communities.update({ id: recordId, community: input }), [id, { ...REGIONAL, notes }] as const);
  if (!reply.ok) throw new Error(reply.error.message);
}

test('send a bundle to a verified facilitator, import it, see records and history; a tampered file is refused; resolve a conflict', async ({ app }, testInfo) => {
  test.setTimeout(240_000);
  const second = await openSecondApp(app, testInfo);
  try {
    const coordinator = app.page;
    const facilitator = second.page;
    await createConfirmedVault(coordinator, PASSPHRASE);
    await createConfirmedVault(facilitator, PASSPHRASE);
    const [atCoordinator, atFacilitator] = await meetAndVerify(
      { page: coordinator, name: COORDINATOR, role: 'Coordinator', region: 'Global' },
      { page: facilitator, name: FACILITATOR, role: 'Regional facilitator', region: 'Asia' },
    );
    expect(atCoordinator).toHaveLength(12);
    expect(atFacilitator).toEqual(atCoordinator);

    const communityId = await createCommunity(coordinator, REGIONAL);
    await createCommunity(coordinator, SECRETARIAT_ONLY);

    // The coordinator's Bundles screen: nothing sent yet; the preview shows what travels and what consent keeps.
    await openSection(coordinator, 'Bundles');
    await expect(coordinator.getByRole('heading', { name: 'No bundles yet' })).toBeVisible();
    await expectNoSeriousA11yViolations(coordinator, 'bundles');
    await coordinator.getByRole('button', { name: 'Create bundle for…' }).click();
    await expect(coordinator.getByText('Choose at least one recipient to see what would travel.')).toBeVisible();
    await coordinator.getByRole('group', { name: 'Recipients' }).getByLabel(new RegExp(`^${FACILITATOR}`)).check();
    await expect(coordinator.getByText('Records shared with the network, and with the Asia region.')).toBeVisible();
    const travels = coordinator.getByRole('table', { name: 'Records that will travel, by type' });
    await expect(travels.getByRole('row', { name: 'Communities 1' })).toBeVisible();
    const withheld = coordinator.getByRole('table', { name: 'Records withheld by consent, by type' });
    await expect(withheld.getByRole('row', { name: 'Communities 1' })).toBeVisible();
    await expectNoSeriousA11yViolations(coordinator, 'create bundle with preview');

    const firstPath = join(folder, 'first.crebundle');
    await app.setNextSaveFile(firstPath);
    await coordinator.getByRole('button', { name: 'Save bundle…' }).click();
    await expect(coordinator.getByRole('status').filter({ hasText: `The bundle for ${FACILITATOR} was saved` })).toBeVisible();
    // Until the facilitator acknowledges it, what was sent travels again in the next bundle.
    await expect(travels.getByRole('row', { name: 'Communities 1' })).toBeVisible();
    await coordinator.getByRole('button', { name: 'Back to bundles' }).click();
    const sentRow = coordinator.getByRole('table', { name: 'Bundles sent and received, newest first' }).getByRole('row').nth(1);
    await expect(sentRow).toContainText('Sent');
    await expect(sentRow).toContainText(FACILITATOR);
    await expect(sentRow).toContainText('1 record');

    // The facilitator imports it and finds the regional community, not the secretariat-only one.
    await openSection(facilitator, 'Bundles');
    await openBundle(second, firstPath);
    await expect(facilitator.getByRole('status').filter({ hasText: `The bundle from ${COORDINATOR} was imported: 1 record written.` })).toBeVisible();
    await expect(facilitator.getByRole('table', { name: 'Records written from the bundle, by type' }).getByRole('row', { name: 'Communities 1' })).toBeVisible();
    const receivedRow = facilitator.getByRole('table', { name: 'Bundles sent and received, newest first' }).getByRole('row').nth(1);
    await expect(receivedRow).toContainText('Received');
    await expect(receivedRow).toContainText(COORDINATOR);
    await expect(receivedRow).toContainText('Imported');
    await expectNoSeriousA11yViolations(facilitator, 'bundles after an import');
    await openSection(facilitator, 'Communities');
    await expect(facilitator.getByRole('button', { name: REGIONAL.name })).toBeVisible();
    await expect(facilitator.getByText(SECRETARIAT_ONLY.name)).toHaveCount(0);

    // A copy of a fresh bundle with one byte flipped in the middle is refused, in words, and nothing is imported.
    await openSection(coordinator, 'Bundles');
    const secondPath = join(folder, 'second.crebundle');
    await sendBundle(app, FACILITATOR, secondPath, true);
    const bytes = readFileSync(secondPath);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
    const tamperedPath = join(folder, 'tampered.crebundle');
    writeFileSync(tamperedPath, bytes);
    await openSection(facilitator, 'Bundles');
    await openBundle(second, tamperedPath);
    const refusal = facilitator.getByRole('alert').filter({ hasText: 'This bundle was refused.' });
    await expect(refusal).toBeVisible();
    // Where the flipped byte lands (header, payload or signature) decides which of the tamper messages shows.
    await expect(refusal).toContainText(/(header is damaged|tampered with)\. Nothing was imported\./);
    await expect(facilitator.getByRole('table', { name: 'Bundles sent and received, newest first' }).getByRole('row').nth(1)).toContainText('Refused:');
    await expectNoSeriousA11yViolations(facilitator, 'bundles after a refusal');
    // The same refusal in the user's language, the history's reason included.
    await facilitator.getByLabel('Language').selectOption('fr');
    const enFrancais = facilitator.getByRole('alert').filter({ hasText: 'Ce paquet a été refusé.' });
    await expect(enFrancais).toContainText(/(en-tête est endommagé|altéré)\. Rien n’a été importé\./);
    await expect(facilitator.getByRole('table', { name: 'Paquets envoyés et reçus, du plus récent au plus ancien' }).getByRole('row').nth(1)).toContainText('Refusé :');
    await facilitator.getByLabel('Langue').selectOption('en');

    // Both change the community's notes; the coordinator's later change wins, and the facilitator's bundle brings a conflict.
    await updateNotes(facilitator, communityId, 'Written by the facilitator');
    await updateNotes(coordinator, communityId, 'Written by the coordinator');
    const backPath = join(folder, 'back.crebundle');
    await sendBundle(second, COORDINATOR, backPath);
    await openBundle(app, backPath);
    const conflictNotice = coordinator.getByText(`1 record was changed both here and by ${FACILITATOR}.`, { exact: false });
    await expect(conflictNotice).toBeVisible();
    await coordinator.getByRole('button', { name: 'Review conflicts' }).click();
    await expect(coordinator.getByRole('heading', { level: 1, name: 'Conflicts' })).toBeFocused();
    await expectNoSeriousA11yViolations(coordinator, 'conflicts');
    await coordinator.getByRole('button', { name: REGIONAL.name }).click();
    await expect(coordinator.getByRole('heading', { level: 1, name: REGIONAL.name })).toBeFocused();
    const versions = coordinator.getByRole('table', { name: 'The two versions of the record, field by field' });
    const notesRow = versions.getByRole('row', { name: /Notes/ });
    await expect(notesRow).toContainText('Differs');
    await expect(notesRow).toContainText('Written by the coordinator');
    await expect(notesRow).toContainText('Written by the facilitator');
    await expect(versions.getByRole('columnheader', { name: /Kept version by you/ })).toBeVisible();
    await expect(versions.getByRole('columnheader', { name: new RegExp(`Other version by ${FACILITATOR}`) })).toBeVisible();
    await expectNoSeriousA11yViolations(coordinator, 'conflict');

    await coordinator.getByRole('button', { name: 'Merge: take the ticked fields from the other version' }).click();
    await expect(coordinator.getByRole('alert').filter({ hasText: 'Tick at least one field' })).toBeVisible();
    await notesRow.getByRole('checkbox', { name: 'Take this field from the other version: Notes' }).check();
    await coordinator.getByRole('button', { name: 'Merge: take the ticked fields from the other version' }).click();
    await expect(coordinator.getByRole('status').filter({ hasText: `The conflict on “${REGIONAL.name}” was resolved.` })).toBeVisible();
    await expect(coordinator.getByText(/Resolved on .*: fields were merged\./)).toBeVisible();
    await coordinator.getByRole('button', { name: 'Back to the conflicts' }).click();
    await expect(coordinator.getByRole('button', { name: 'Resolved' })).toHaveAttribute('aria-current', 'page');
    await expect(coordinator.getByRole('row', { name: new RegExp(REGIONAL.name) })).toContainText('fields were merged');
    await coordinator.getByRole('button', { name: 'To review' }).click();
    await expect(coordinator.getByText('No conflict to review.')).toBeVisible();
    const kept = await coordinator.evaluate((id) => window.cre.communities.get({ id }), communityId);
    expect(kept.ok && kept.value.notes).toBe('Written by the facilitator');
  } finally {
    await second.close();
  }
});
