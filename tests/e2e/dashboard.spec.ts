// The dashboard in the UI: figures over records seeded through window.cre, a figure opened to its list and a record from
// there, the counts after a collaboration concludes, CSV export, the printed report (its HTML rendered in Chromium, a PDF).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Dashboard } from '../../common/dashboard/dashboard.schema.js';
import { dashboardReportHtml } from '../../main/core/dashboard/dashboard-report.js';
import { dashboardWords } from '../../main/core/dashboard/dashboard-text.js';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { createConfirmedVault } from './vault-steps.js';

const PASSPHRASE = 'mangrove rivers carry stubborn pebbles';

/** Two communities, two collaborators, one request with two strategy areas, two collaborations (one introduced). */
async function seed(page: Page): Promise<{ introduced: string }> {
  return page.evaluate(async () => {
    const value = async <T,>(reply: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> => {
      const answer = await reply;
      if (!answer.ok) throw new Error(answer.error.message);
      return answer.value;
    };
    const community = (name: string, country: string) =>
      value(window.cre.communities.create({ community: { name, country, languages: [], sharing: 'regional' } }));
    const xingu = await community('Comunidade Ribeirinha do Xingu', 'BR');
    const manila = await community('Samahan ng Mangingisda', 'PH');
    const person = (name: string) =>
      value(
        window.cre.roster.create({
          collaborator: {
            name,
            kind: 'cso',
            countries: ['BR'],
            levels: ['national'],
            strategyAreas: ['advocacy'],
            expertise: [],
            languages: ['pt'],
            vetting: { status: 'vetted' },
            availability: { status: 'available' },
            sharing: 'regional',
          },
        }),
      );
    const ana = await person('Rede de Pesquisa Financeira');
    const ben = await person('Coletivo de Advocacy');
    const request = await value(
      window.cre.requests.create({
        request: { communityId: xingu.id, strategyAreas: ['advocacy', 'financial_research'], level: 'national', languages: [], urgency: 'high', description: 'Map the financiers' },
      }),
    );
    const start = (communityId: string, requestId: string | null, members: string[]) =>
      value(window.cre.collaborations.create({ collaboration: { communityId, requestId, members: members.map((collaboratorId) => ({ collaboratorId })), owner: 'Facilitator' } }));
    const introduced = await start(xingu.id, request.id, [ana.id, ben.id]);
    await value(window.cre.collaborations.move({ id: introduced.id, to: 'introduced' }));
    await start(manila.id, null, [ana.id]);
    return { introduced: introduced.id };
  });
}

const headline = (page: Page) => page.getByRole('region', { name: 'Headline figures' });
const figuresTable = (page: Page) => page.getByRole('table', { name: 'Collaborations by region, strategy area and status' });

test('figures, a figure opened to its records, counts after concluding, CSV export and the printed report', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  // The charts draw under the app's CSP (no inline <style>, no eval): the browser would report any refusal here.
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await createConfirmedVault(page, PASSPHRASE);
  const { introduced } = await seed(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeFocused();
  await expect(page.getByLabel('Show')).toHaveValue('last12');
  for (const name of ['2 Collaborations', '1 Linkages made', '2 Communities involved', '2 Collaborators involved', '2 Countries']) {
    await expect(headline(page).getByRole('button', { name })).toBeVisible();
  }
  // One collaboration counts under each of its request's two areas; the one without a request is "not stated".
  await expect(figuresTable(page).getByRole('button', { name: '1 collaborations: Latin America, Advocacy with decision-makers, Introduced' })).toBeVisible();
  await expect(figuresTable(page).getByRole('button', { name: '1 collaborations: Asia, Not stated, Proposed' })).toBeVisible();
  await expect(page.getByText('Grants are not recorded in the vault yet', { exact: false })).toBeVisible();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  expect(refused).toEqual([]);
  await expectNoSeriousA11yViolations(page, 'dashboard');

  // A cell opens the collaborations behind it, and a row there opens the collaboration.
  await figuresTable(page).getByRole('button', { name: '1 collaborations: Latin America, Financial research and power mapping, Introduced' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Collaborations' })).toBeFocused();
  await expect(page.getByText('Region: Latin America · Strategy area: Financial research and power mapping · Status: Introduced')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 of 1' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'list behind a figure');
  await page.getByRole('button', { name: 'Back to the dashboard' }).click();
  await headline(page).getByRole('button', { name: '2 Collaborators involved' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Collaborators involved' })).toBeFocused();
  await expect(page.getByRole('table', { name: 'Collaborators involved' }).getByRole('row')).toHaveCount(3);
  await page.getByRole('button', { name: 'Back to the dashboard' }).click();
  await headline(page).getByRole('button', { name: '1 Linkages made' }).click();
  await page.getByRole('table', { name: 'Linkages made' }).getByRole('button', { name: 'Comunidade Ribeirinha do Xingu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Collaboration with Comunidade Ribeirinha do Xingu' })).toBeVisible();

  // The collaboration goes on and concludes: the dashboard counts it as concluded.
  const moved = await page.evaluate(async (id) => {
    const active = await window.cre.collaborations.move({ id, to: 'active' });
    const concluded = await window.cre.collaborations.move({ id, to: 'concluded' });
    return active.ok && concluded.ok;
  }, introduced);
  expect(moved).toBe(true);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Dashboard' }).click();
  await expect(figuresTable(page).getByRole('button', { name: '1 collaborations: every region, Concluded' })).toBeVisible();
  await expect(figuresTable(page).getByRole('button', { name: '1 collaborations: Latin America, Advocacy with decision-makers, Concluded' })).toBeVisible();
  await expect(figuresTable(page).getByRole('button', { name: /every region, Introduced/ })).toHaveCount(0);

  // CSV: through the save dialog, the figures of the chosen period.
  const csvPath = join(app.vaultDir, '..', 'dashboard.csv');
  await app.setNextSaveFile(csvPath);
  await page.getByRole('button', { name: 'Export as CSV' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The dashboard was saved as CSV.' })).toBeVisible();
  const csv = readFileSync(csvPath, 'utf8');
  expect(csv.startsWith('\uFEFFFigure,Region,Strategy area,Status,Count,From,To\r\n')).toBe(true);
  expect(csv).toMatch(/\r\nCollaborations,,,,2,\d{4}-\d{2}-\d{2},\d{4}-\d{2}-\d{2}\r\n/);
  expect(csv).toContain('"Collaborations by region, strategy area and status",Latin America,Advocacy with decision-makers,Concluded,1,');

  // The printed report: a PDF through the save dialog.
  const pdfPath = join(app.vaultDir, '..', 'dashboard.pdf');
  await app.setNextSaveFile(pdfPath);
  await page.getByRole('button', { name: 'Print report (PDF)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The report was saved as PDF.' })).toBeVisible();
  const pdf = readFileSync(pdfPath);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(1000);

  // The report's HTML, rendered in Chromium on its own: headings, period, figures and bars as it prints them.
  const figures = await page.evaluate(async () => {
    const reply = await window.cre.dashboard.get({ range: { from: null, to: null } });
    return reply.ok ? reply.value : null;
  });
  const report = await page.context().newPage();
  await report.setContent(dashboardReportHtml(figures as Dashboard, dashboardWords('en'), 'en', Date.UTC(2026, 10, 29, 9, 30)));
  await expect(report.getByRole('heading', { level: 1, name: 'Monitoring and learning report' })).toBeVisible();
  await expect(report.getByText('Period: All time')).toBeVisible();
  await expect(report.getByRole('row', { name: 'Linkages made 1' })).toBeVisible();
  await expect(report.getByRole('row', { name: /^Latin America 0 0 0 0 1 0 1$/ })).toBeVisible();
  await expect(report.getByRole('img', { name: 'Collaborations by region and status' })).toBeVisible();
  await report.close();
});
