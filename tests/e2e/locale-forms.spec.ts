// Forms in the interface language, not the computer's: date fields in each language's order (dd/mm/aaaa in Spanish),
// typed or picked from a calendar, saved and shown in Spanish; language names from CLDR with their accents.
import type { Page } from '@playwright/test';
import { dateField, dateFieldText, fillDate } from './date-steps.js';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { createConfirmedVault } from './vault-steps.js';

const PASSPHRASE = 'cedar smoke over the quiet delta';
const NAME = 'Colectivo Río Abierto';

const languageMenu = (page: Page, label: string) => page.getByRole('combobox', { name: label, exact: true });
/** The value a detail's description list gives for one term. */
const detailValue = (page: Page, term: string) => page.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');

test('a Spanish form: dates as dd/mm/aaaa typed and picked, saved and shown in Spanish; language names with accents; axe', async ({ app }) => {
  const { page } = app;
  await createConfirmedVault(page, PASSPHRASE);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Roster' }).click();
  await page.getByRole('button', { name: 'Add collaborator', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a collaborator' })).toBeFocused();

  // Each interface language orders and names the parts its own way, whatever the computer's locale.
  // The field keeps its id when its label changes language.
  const vetting = page.locator('#c-vetting-date');
  await expect(dateField(page, 'Vetting date')).toHaveAttribute('id', 'c-vetting-date');
  expect(await dateFieldText(vetting)).toBe('mm/dd/yyyy');
  for (const [language, menu, placeholder] of [
    ['fr', 'Language', 'jj/mm/aaaa'],
    ['pt', 'Langue', 'dd/mm/aaaa'],
    ['es', 'Idioma', 'dd/mm/aaaa'],
  ] as const) {
    await languageMenu(page, menu).selectOption(language);
    await expect.poll(() => dateFieldText(vetting)).toBe(placeholder);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Añadir un colaborador' })).toBeVisible();
  const vettingDate = dateField(page, 'Fecha de verificación');
  await expect(vettingDate.getByRole('spinbutton')).toHaveCount(3);
  await expect(vettingDate.getByRole('spinbutton').first()).toHaveAttribute('data-type', 'day');

  // Focusing the field by its id (as a form does with its first error) lands on its first part, the day.
  await vetting.focus();
  await expect(vettingDate.getByRole('spinbutton').first()).toBeFocused();

  // Typed part by part: day, month, year.
  await fillDate(vettingDate, '2024-06-30');
  expect(await dateFieldText(vettingDate)).toBe('30/06/2024');

  // Picked from the calendar: the month is named in Spanish and the chosen day replaces the typed one.
  await expect(vettingDate.getByRole('button')).toHaveAccessibleName('Calendario Fecha de verificación');
  await vettingDate.getByRole('button').click();
  const calendar = page.getByRole('dialog');
  await expect(calendar.getByRole('heading')).toHaveText('junio de 2024');
  await calendar.getByRole('button', { name: /15 de junio de 2024/ }).click();
  await expect(calendar).toBeHidden();
  expect(await dateFieldText(vettingDate)).toBe('15/06/2024');
  // The focus goes back to the calendar button that opened it.
  await expect(vettingDate.getByRole('button')).toBeFocused();

  // Language names come from CLDR, with their accents, as list items with a capital.
  await page.getByLabel('Buscar un idioma').fill('fran');
  const languageChoices = page.getByRole('group', { name: 'Opciones: Idiomas' });
  await expect(languageChoices.getByLabel('Francés', { exact: true })).toBeVisible();
  await languageChoices.getByLabel('Francés', { exact: true }).check();
  await page.getByLabel('Buscar un idioma').fill('arabe');
  await expect(languageChoices.getByLabel('Árabe', { exact: true })).toBeVisible();
  await expect(page.getByText('Frances', { exact: true })).toHaveCount(0);

  await page.getByLabel('Nombre', { exact: true }).fill(NAME);
  await expectNoSeriousA11yViolations(page, 'collaborator form in Spanish with a date');
  await page.getByRole('button', { name: 'Guardar' }).click();

  // The detail shows the date in Spanish words and the language with its accent.
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await expect(detailValue(page, 'Fecha de verificación')).toHaveText('15 de junio de 2024');
  await expect(detailValue(page, 'Idiomas')).toHaveText('Francés');

  // Two date fields sharing a hint: a reversed range marks the second and says why, and both read the hint.
  await page.getByRole('button', { name: 'Panel', exact: true }).click();
  await page.getByLabel('Mostrar', { exact: true }).selectOption('custom');
  await fillDate(dateField(page, 'Desde'), '2025-03-31');
  await fillDate(dateField(page, 'Hasta'), '2025-01-01');
  expect(await dateFieldText(dateField(page, 'Desde'))).toBe('31/03/2025');
  await expect(page.getByRole('alert').filter({ hasText: 'El primer día debe ser anterior al último.' })).toBeVisible();
  const until = dateField(page, 'Hasta').getByRole('spinbutton').first();
  await expect(until).toHaveAttribute('aria-invalid', 'true');
  await expect(until).toHaveAccessibleDescription(/Ambos días están incluidos.*El primer día debe ser anterior al último/);
  await expect(dateField(page, 'Desde').getByRole('spinbutton').first()).not.toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousA11yViolations(page, 'dashboard with chosen dates in Spanish');
});
