// The shell at the app's minimum window (1024×680) and at 1280×800, in every language, over the sample vault: every
// sidebar place in view and reachable, no horizontal scrolling anywhere, Lock always in view and working, the skip link,
// and the sidebar collapsed to icons with every place still named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { LANGUAGES, type Language } from '../../common/languages.js';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { landingPage } from './vault-steps.js';

type Catalog = Record<string, Record<string, string | Record<string, string>>>;
const catalog = (language: Language, namespace: string): Catalog =>
  JSON.parse(readFileSync(join(process.cwd(), `common/i18n/locales/${language}/${namespace}.json`), 'utf8')) as Catalog;
const text = (value: unknown): string => {
  if (typeof value !== 'string') throw new Error(`not a string: ${JSON.stringify(value)}`);
  return value;
};

/** Every place of the sidebar, in its order: Work, Records, Network, Dashboard, then Vault settings at its foot. */
const PLACES = ['today', 'requests', 'collaborations', 'grants', 'consultations', 'roster', 'communities', 'projects', 'resources', 'team', 'bundles', 'reviews', 'dashboard', 'settings'] as const;

function strings(language: Language) {
  const nav = catalog(language, 'roster')['nav'] as Record<string, string>;
  const app = catalog(language, 'app');
  const shell = app['shell'] as Record<string, string>;
  return {
    navLabel: text(nav['label']),
    places: PLACES.map((place) => text(nav[place])),
    groups: [text(nav['groupWork']), text(nav['groupRecords']), text(nav['groupNetwork'])],
    language: text((app['language'] as Record<string, string>)['label']),
    lock: text(shell['lock']),
    sidebarLabels: text(shell['sidebarLabels']),
    skip: text(shell['skipToContent']),
    unlockTitle: text((app['unlock'] as Record<string, string>)['title']),
  };
}

const mainNav = (page: Page, language: Language) => page.getByRole('navigation', { name: strings(language).navLabel, exact: true });
const place = (page: Page, language: Language, name: string) => mainNav(page, language).getByRole('button', { name, exact: true });
const lockButton = (page: Page, language: Language) => page.getByRole('button', { name: strings(language).lock, exact: true });

/** How many pixels the page is wider than the window (0 when there is no horizontal scrolling). */
const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function exploreSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(landingPage(page)).toBeFocused({ timeout: 90_000 });
}

async function chooseLanguage(page: Page, from: Language, to: Language): Promise<void> {
  await page.getByRole('combobox', { name: strings(from).language, exact: true }).selectOption(to);
  await expect(page.locator('html')).toHaveAttribute('lang', to);
}

/** Goes to every place by clicking it: each is fully in view first, its h1 then takes the focus, the page never scrolls sideways, Lock stays in view. */
async function visitEveryPlace(page: Page, language: Language, viewport: string): Promise<void> {
  const { places, groups } = strings(language);
  for (const group of groups) await expect(mainNav(page, language).getByText(group, { exact: true })).toBeVisible();
  for (const name of places) {
    const button = place(page, language, name);
    await expect(button, `${name} (${language}, ${viewport}) fully in view`).toBeInViewport({ ratio: 1 });
    await button.click();
    await expect(button).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('main').getByRole('heading', { level: 1 }).first()).toBeFocused();
    expect(await horizontalOverflow(page), `horizontal overflow on ${name} (${language}, ${viewport})`).toBeLessThanOrEqual(0);
    await expect(lockButton(page, language), `Lock in view on ${name} (${language}, ${viewport})`).toBeInViewport({ ratio: 1 });
  }
}

/** The skip link comes before everything else that takes the focus, shows when focused and moves the focus to <main>. */
async function checkSkipLink(page: Page, language: Language): Promise<void> {
  const { skip, sidebarLabels } = strings(language);
  const skipLink = page.getByRole('link', { name: skip });
  await page.getByRole('button', { name: sidebarLabels }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  expect(await page.evaluate(() => document.querySelector('a[href], button, input, select, textarea, [tabindex="0"]')?.className)).toBe('skip-link');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(skipLink).not.toBeInViewport();
}

/** Icons only: the sidebar narrows, every place keeps its name and a tooltip and still works; then it opens again. */
async function checkCollapsed(page: Page, language: Language, viewport: string): Promise<void> {
  const { places, sidebarLabels } = strings(language);
  const toggle = page.getByRole('button', { name: sidebarLabels });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const wide = await mainNav(page, language).boundingBox();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const narrow = await mainNav(page, language).boundingBox();
  expect(narrow?.width ?? 0).toBeLessThan((wide?.width ?? 0) / 2);
  for (const name of places) {
    const button = place(page, language, name);
    await expect(button).toBeInViewport({ ratio: 1 });
    await expect(button).toHaveAttribute('title', name);
  }
  await place(page, language, places[3] ?? '').click();
  await expect(page.getByRole('main').getByRole('heading', { level: 1 }).first()).toBeFocused();
  expect(await horizontalOverflow(page), `horizontal overflow with icons only (${language}, ${viewport})`).toBeLessThanOrEqual(0);
  await expect(lockButton(page, language)).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('banner').getByText('SAMPLE DATA', { exact: true })).toBeVisible();
  if (viewport === '1280×800') await expectNoSeriousA11yViolations(page, `shell with icons only at ${viewport}`);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

for (const [width, height] of [
  [1024, 680],
  [1280, 800],
] as const) {
  const viewport = `${width}×${height}`;
  test.describe(`at ${viewport}`, () => {
    test.use({ viewport: { width, height } });

    test(`every place in view and reachable in every language, no sideways scrolling, Lock always in view and working (${viewport})`, async ({ app }) => {
      test.setTimeout(240_000);
      const { page } = app;
      await exploreSample(page);
      await expect(page.getByRole('banner').getByText('CRE Desktop', { exact: true })).toBeVisible();
      await expect(page.getByRole('banner').getByText('SAMPLE DATA', { exact: true })).toBeVisible();
      await expectNoSeriousA11yViolations(page, `shell at ${viewport}`);
      await checkSkipLink(page, 'en');
      await checkCollapsed(page, 'en', viewport);

      let current: Language = 'en';
      for (const language of LANGUAGES) {
        if (language !== current) await chooseLanguage(page, current, language);
        current = language;
        await visitEveryPlace(page, language, viewport);
      }

      // Lock, from the sidebar: the unlock screen, in the language in force, with no sidebar and the language menu still there.
      await lockButton(page, current).click();
      await expect(page.getByRole('heading', { level: 1, name: strings(current).unlockTitle })).toBeVisible();
      await expect(mainNav(page, current)).toHaveCount(0);
      await expect(page.getByRole('combobox', { name: strings(current).language, exact: true })).toBeInViewport();
    });
  });
}
