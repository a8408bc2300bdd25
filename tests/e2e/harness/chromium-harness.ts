// The renderer in Chromium with window.cre bound to the real main router over a real core in this test process.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { creContract } from '../../../common/contract/index.js';
import { eventChannelFor } from '../../../common/contract/define.js';
import { CONTENT_SECURITY_POLICY } from '../../../main/app/content-security-policy.js';
import { createCore } from '../../../main/core/create-core.js';
import { FLOOR_KDF_PARAMS } from '../../../main/core/crypto/kdf.js';
import { createRouter, isUrlOnOrigins } from '../../../main/core/ipc/router.js';
import { createManualPlatform } from '../../../main/core/platform.node.js';
import type { AppHarness } from './app-harness.js';

export const HARNESS_ORIGIN = 'https://cre.test';
// CRE_RENDERER_DIR lets several checkouts' builds be tested side by side (`build.mjs --renderer --outdir=…` puts the page in …/renderer).
const RENDERER_ROOT = process.env['CRE_RENDERER_DIR'] ?? join(process.cwd(), 'dist', 'renderer');
const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

let bridgeSource: Promise<string> | undefined;

function bundleBridge(): Promise<string> {
  bridgeSource ??= build({
    entryPoints: [join(import.meta.dirname, 'page-bridge.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bridgeSource;
}

export async function openChromiumHarness(page: Page, vaultDir: string): Promise<AppHarness> {
  const manual = createManualPlatform(Date.now());
  // Real time for countdowns, plus however far a spec moved the clock ahead; idle time and power events stay in the test's hands.
  let clockOffsetMs = 0;
  const platform = { ...manual, now: () => Date.now() + clockOffsetMs };
  // Printing to PDF as the app does in Electron: the report alone, in a fresh page of the same browser.
  manual.setPdfPrinter(async (html) => {
    const printPage = await page.context().newPage();
    try {
      await printPage.setContent(html);
      return new Uint8Array(await printPage.pdf({ format: 'A4', printBackground: true }));
    } finally {
      await printPage.close();
    }
  });
  const core = await createCore({ vaultDir, platform, kdf: { mode: 'fixed', params: FLOOR_KDF_PARAMS } });
  const router = createRouter({
    contract: creContract,
    handlers: core.handlers,
    isTrustedSender: (sender) => isUrlOnOrigins(sender.url, [HARNESS_ORIGIN]),
  });

  await page.route(`${HARNESS_ORIGIN}/**`, async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    const file = normalize(join(RENDERER_ROOT, path === '/' ? 'index.html' : path));
    if (!file.startsWith(RENDERER_ROOT + sep)) return route.fulfill({ status: 404 });
    try {
      const body = await readFile(file);
      return route.fulfill({
        status: 200,
        body,
        headers: { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CONTENT_SECURITY_POLICY },
      });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
  await page.exposeBinding('__creInvoke', (source, channel: string, input: unknown) =>
    router.handle(channel, input, { url: source.frame.url() }),
  );
  await page.addInitScript({ content: await bundleBridge() });
  const stopForwarding = core.onVaultLocked((payload) => {
    void page
      .evaluate(([channel, body]) => window.__creDispatch(channel, body), [eventChannelFor('vaultLocked'), payload] as const)
      .catch(() => undefined);
  });
  const stopProgress = core.onImportProgress((payload) => {
    void page
      .evaluate(([channel, body]) => window.__creDispatch(channel, body), [eventChannelFor('importProgress'), payload] as const)
      .catch(() => undefined);
  });
  const stopAttachmentProgress = core.onAttachmentProgress((payload) => {
    void page
      .evaluate(([channel, body]) => window.__creDispatch(channel, body), [eventChannelFor('attachmentProgress'), payload] as const)
      .catch(() => undefined);
  });
  const stopBundleProgress = core.onBundleProgress((payload) => {
    void page
      .evaluate(([channel, body]) => window.__creDispatch(channel, body), [eventChannelFor('bundleProgress'), payload] as const)
      .catch(() => undefined);
  });
  await page.goto(`${HARNESS_ORIGIN}/index.html`);

  return {
    page,
    vaultDir,
    firePowerEvent: async (event) => manual.firePowerEvent(event),
    idleFor: async (seconds) => {
      manual.setIdleSeconds(seconds);
      manual.tick();
    },
    setNextOpenFile: async (path) => manual.setNextOpenFile(path),
    setNextSaveFile: async (path) => manual.setNextSaveFile(path),
    advanceClock: async (ms) => {
      clockOffsetMs += ms;
    },
    close: async () => {
      stopForwarding();
      stopProgress();
      stopAttachmentProgress();
      stopBundleProgress();
      core.dispose();
    },
  };
}
