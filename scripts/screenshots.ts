// `npm run screenshots`: the app's main screens over the sample vault, at 1280×800, into docs/screenshots/ with a gallery page.
// The renderer runs in the system's Chromium through the E2E harness (real core, real vault in a temporary folder, removed at the end).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_HELP, findChromium } from './find-chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = join(ROOT, 'docs', 'screenshots');
const VIEWPORT = { width: 1280, height: 800 };
/** The sample's complaint to the World Bank Inspection Panel, from a Spanish-speaking community. */
const WORLD_BANK_REQUEST = /complaint to the World Bank Inspection Panel/;
const RICH_COMMUNITY = 'Lam Phan river fishing villages';

interface Shot {
  file: string;
  title: string;
  caption: string;
  /** Brings the screen up; may return a part of the page to scroll into view before the picture. */
  show: (page: Page) => Promise<Locator | void>;
}

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function openSection(page: Page, name: string): Promise<void> {
  await mainNav(page).getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

async function openMatching(page: Page): Promise<void> {
  await openSection(page, 'Requests');
  await page.getByRole('button', { name: WORLD_BANK_REQUEST }).first().click();
  await page.getByRole('button', { name: 'Find collaborators' }).click();
  await page.getByRole('checkbox').first().waitFor();
}

/** Switches the interface language with the picker, whether it is a plain select or a button with a list of options. */
async function chooseLanguage(page: Page, code: 'en' | 'es', autonym: string): Promise<void> {
  const select = page.locator('select', { has: page.locator(`option[lang="${code}"]`) });
  if ((await select.count()) > 0) await select.first().selectOption(code);
  else {
    await page.getByRole('button', { name: /Language|Idioma|Langue|Língua/ }).first().click();
    await page.getByRole('option', { name: autonym }).click();
  }
  await page.locator(`html[lang="${code}"]`).waitFor({ state: 'attached' });
}

const SHOTS: Shot[] = [
  {
    file: 'today.png',
    title: 'Today',
    caption: 'Today, where the vault opens: the most urgent first (critical and high requests, overdue follow-ups), then what is coming up.',
    show: (page) => openSection(page, 'Today'),
  },
  {
    file: 'roster-search.png',
    title: 'Roster with a search',
    caption: 'The roster searched for “World Bank”: the results first, with filters and their live counts beside them.',
    show: async (page) => {
      await openSection(page, 'Roster');
      await page.getByLabel('Search the roster').fill('World Bank');
      // The search runs after a short pause in typing: wait for its relevance order and the marked words.
      await page.getByLabel('Sort by').locator('option:checked', { hasText: 'Relevance' }).waitFor({ state: 'attached' });
      await page.getByRole('main').locator('mark').first().waitFor();
    },
  },
  {
    file: 'matching.png',
    title: 'Matching',
    caption: 'Matching for a Spanish-speaking community’s World Bank complaint: collaborators ranked, each with a score and the reasons for it.',
    show: openMatching,
  },
  {
    file: 'community.png',
    title: 'A community',
    caption: 'A community: where it is, its languages, the harmful project it resists, its requests and collaborations.',
    show: async (page) => {
      await openSection(page, 'Communities');
      await page.getByRole('button', { name: RICH_COMMUNITY, exact: true }).first().click();
      await page.getByRole('heading', { level: 1, name: RICH_COMMUNITY }).waitFor();
    },
  },
  {
    file: 'collaboration.png',
    title: 'A collaboration',
    caption: 'A collaboration’s timeline: its lifecycle steps and activities, from introduction to outcome.',
    show: async (page) => {
      await openSection(page, 'Collaborations');
      await page.getByRole('table').getByRole('button', { name: RICH_COMMUNITY }).first().click();
      const timeline = page.getByRole('region', { name: 'Timeline' });
      await timeline.waitFor();
      return timeline;
    },
  },
  {
    file: 'dashboard.png',
    title: 'Dashboard',
    caption: 'The dashboard: headline figures and charts of the network’s work.',
    show: async (page) => {
      await openSection(page, 'Dashboard');
      // The charts draw themselves in; wait for the drawing to end.
      await page.waitForTimeout(1500);
    },
  },
  {
    file: 'team.png',
    title: 'Team',
    caption: 'Team: the members whose vaults exchange bundles with this one, verified or not, and your own contact card.',
    show: (page) => openSection(page, 'Team'),
  },
  {
    file: 'bundles.png',
    title: 'Bundles',
    caption: 'Bundles: the encrypted files that carry changes between vaults, and their history.',
    show: (page) => openSection(page, 'Bundles'),
  },
  {
    file: 'today-es.png',
    title: 'Today, in Spanish',
    caption: 'The same Today in Spanish: every screen comes in English, Spanish, French and Portuguese.',
    show: async (page) => {
      await openSection(page, 'Today');
      await chooseLanguage(page, 'es', 'Español');
    },
  },
  {
    file: 'matching-es.png',
    title: 'Matching, in Spanish',
    caption: 'Matching in Spanish: the reasons, languages and countries in the words of the chosen language.',
    show: async (page) => {
      await chooseLanguage(page, 'en', 'English');
      await openMatching(page);
      await chooseLanguage(page, 'es', 'Español');
    },
  },
];

/** Builds the renderer into `outDir` (its page lands in outDir/renderer), as the E2E runs do. */
function buildRenderer(outDir: string): void {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--renderer', `--outdir=${outDir}`], { stdio: 'inherit', cwd: ROOT });
  if (run.status !== 0) throw new Error('Building the renderer failed; see above (or run `node scripts/build.mjs --renderer`).');
}

async function picture(page: Page, file: string, part: Locator | void): Promise<void> {
  // The part's top at the top of the window, so a long section shows from its heading.
  if (part) await part.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  // No hover effect, and the page's left edge in view (a wide page may have scrolled sideways to reach a control).
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo({ left: 0, top: window.scrollY }));
  await page.screenshot({ path: join(OUT_DIR, file), type: 'png', animations: 'disabled' });
}

function galleryPage(taken: Pick<Shot, 'file' | 'title' | 'caption'>[]): string {
  const lines = [
    '# Screenshots',
    '',
    'CRE Desktop with its sample vault (invented records only), at 1280×800. Made by `npm run screenshots`',
    '(scripts/screenshots.ts), which opens the app through the same harness as the end-to-end tests; run it again after',
    'a change to the screens.',
    '',
  ];
  for (const { file, title, caption } of taken) lines.push(`## ${title}`, '', caption, '', `![${title}](${file})`, '');
  return lines.join('\n');
}

async function main(): Promise<void> {
  const executablePath = await findChromium();
  if (!executablePath) throw new Error(CHROMIUM_HELP);
  const work = mkdtempSync(join(tmpdir(), 'cre-screenshots-'));
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  let closeHarness: (() => Promise<void>) | null = null;
  const failed: string[] = [];
  try {
    if (!process.env['CRE_RENDERER_DIR']) {
      buildRenderer(join(work, 'build'));
      process.env['CRE_RENDERER_DIR'] = join(work, 'build', 'renderer');
    }
    // Imported only now: the harness reads CRE_RENDERER_DIR when it loads.
    const { openChromiumHarness } = await import('../tests/e2e/harness/chromium-harness.js');
    const page = await browser.newPage({ viewport: VIEWPORT, locale: 'en-US' });
    const harness = await openChromiumHarness(page, join(work, 'vault'));
    closeHarness = harness.close;
    mkdirSync(OUT_DIR, { recursive: true });

    const taken: Pick<Shot, 'file' | 'title' | 'caption'>[] = [
      { file: 'first-screen.png', title: 'First screen', caption: 'The first screen: create a vault, or explore the app with sample data.' },
    ];
    await page.getByRole('button', { name: 'Explore with sample data' }).waitFor();
    await picture(page, 'first-screen.png', undefined);
    await page.getByRole('button', { name: 'Explore with sample data' }).click();
    await mainNav(page).waitFor({ timeout: 120_000 });

    for (const shot of SHOTS) {
      try {
        const part = await shot.show(page);
        await picture(page, shot.file, part);
        taken.push(shot);
        console.log(`saved   docs/screenshots/${shot.file}`);
      } catch (error) {
        failed.push(`${shot.file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        await chooseLanguage(page, 'en', 'English').catch(() => undefined);
      }
    }
    writeFileSync(join(OUT_DIR, 'README.md'), galleryPage(taken));
    console.log(`saved   docs/screenshots/README.md (${taken.length} screenshots)`);
  } finally {
    await closeHarness?.();
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
  if (failed.length > 0) {
    console.error(`Some screens could not be captured:\n  ${failed.join('\n  ')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
