// main.ts wired end to end without an Electron binary: the built main bundle runs against a recording fake of 'electron'.
import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { creContract, eventChannelFor, listChannels } from '../../../common/contract/index.js';
import { SECURE_WEB_PREFERENCES } from '../../../main/app/window-options.js';
import { CONTENT_SECURITY_POLICY } from '../../../main/app/content-security-policy.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const work = mkdtempSync(join(tmpdir(), 'cre-main-wiring-'));
const appPath = join(work, 'app');
const vaultDir = join(work, 'vault');
const userData = join(work, 'user-data');
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Handler = (...args: unknown[]) => unknown;

class FakeWindow extends EventEmitter {
  static readonly all: FakeWindow[] = [];
  static getAllWindows(): FakeWindow[] {
    return FakeWindow.all;
  }
  readonly loaded: string[] = [];
  readonly sent: { channel: string; payload: unknown }[] = [];
  readonly webContents = { send: (channel: string, payload: unknown) => this.sent.push({ channel, payload }) };
  constructor(readonly options: { webPreferences?: Record<string, unknown>; show?: boolean }) {
    super();
    FakeWindow.all.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
  isDestroyed = () => false;
  isMinimized = () => false;
  restore = () => undefined;
  show = () => undefined;
  focus = () => undefined;
}

function fakeElectron() {
  const calls: string[] = [];
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolveReady) => (markReady = resolveReady));
  const app = Object.assign(new EventEmitter(), {
    name: 'CRE Desktop',
    isPackaged: false,
    enableSandbox: () => calls.push('enableSandbox'),
    getPath: (name: string) => (name === 'userData' ? userData : join(work, name)),
    setPath: (name: string, path: string) => calls.push(`setPath ${name} ${path}`),
    requestSingleInstanceLock: () => (calls.push('requestSingleInstanceLock'), true),
    whenReady: () => ready,
    getAppPath: () => appPath,
    getLocale: () => 'fr-FR',
    quit: () => calls.push('quit'),
    exit: (code: number) => calls.push(`exit ${code}`),
  });
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const ipcHandlers = new Map<string, Handler>();
  const permission: Record<string, Handler> = {};
  const sessionEvents = new EventEmitter();
  const menus: unknown[] = [];
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => calls.push(`registerSchemesAsPrivileged ${JSON.stringify(schemes)}`),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        on: (event: string, listener: Handler) => sessionEvents.on(event, listener),
        setPermissionRequestHandler: (handler: Handler) => (permission['request'] = handler),
        setPermissionCheckHandler: (handler: Handler) => (permission['check'] = handler),
        setDevicePermissionHandler: (handler: Handler) => (permission['device'] = handler),
      },
    },
    ipcMain: { handle: (channel: string, handler: Handler) => ipcHandlers.set(channel, handler), removeHandler: (channel: string) => ipcHandlers.delete(channel) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => menus.push(menu) },
    powerMonitor: Object.assign(new EventEmitter(), { getSystemIdleTime: () => 0 }),
    shell: { openExternal: vi.fn(async () => undefined) },
    dialog: { showErrorBox: (title: string, message: string) => calls.push(`showErrorBox ${title}: ${message}`) },
  };
  return { electron, calls, markReady, protocolHandlers, ipcHandlers, permission, sessionEvents, menus };
}

let fake: ReturnType<typeof fakeElectron>;

beforeAll(async () => {
  const outDir = join(work, 'dist');
  await promisify(execFile)(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--main', `--outdir=${outDir}`], { cwd: ROOT });
  mkdirSync(join(appPath, 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(appPath, 'dist', 'renderer', 'index.html'), '<!doctype html><title>CRE</title>');

  fake = fakeElectron();
  const projectRequire = createRequire(join(ROOT, 'package.json'));
  const requireWithFakeElectron = (id: string) => (id === 'electron' ? fake.electron : projectRequire(id));
  const module = { exports: {} };
  const argv = process.argv;
  process.argv = [process.execPath, '.', '--vault-dir', vaultDir];
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    // The bundle is CommonJS; this is how Node's loader would run it, with 'electron' swapped for the fake.
    new Function('require', 'module', 'exports', readFileSync(join(outDir, 'main', 'main.cjs'), 'utf8'))(requireWithFakeElectron, module, module.exports);
  } finally {
    process.argv = argv;
  }
  fake.markReady();
  await vi.waitFor(() => expect(FakeWindow.all).toHaveLength(1), { timeout: 30_000 });
  errors.mockRestore();
});

describe('main.ts', () => {
  it('sandboxes every renderer and registers the app scheme before ready, then takes the single-instance lock', () => {
    const [sandbox, scheme] = fake.calls;
    expect(sandbox).toBe('enableSandbox');
    expect(scheme).toMatch(/^registerSchemesAsPrivileged \[\{"scheme":"app","privileges":\{"standard":true,"secure":true/);
    expect(fake.calls).toContain('requestSingleInstanceLock');
    expect(fake.calls.indexOf('requestSingleInstanceLock')).toBeGreaterThan(fake.calls.indexOf(scheme ?? ''));
  });

  it('gives a vault named by --vault-dir its own browser profile', () => {
    expect(fake.calls.some((call) => call.startsWith(`setPath userData ${join(userData, 'instances')}`))).toBe(true);
  });

  it('opens one hidden, locked-down window on app://cre/index.html with the built preload', () => {
    const [window] = FakeWindow.all;
    expect(window?.options.show).toBe(false);
    expect(window?.options.webPreferences).toEqual({
      ...SECURE_WEB_PREFERENCES,
      preload: join(appPath, 'dist', 'preload', 'preload.cjs'),
      devTools: true,
    });
    expect(window?.loaded).toEqual(['app://cre/index.html']);
  });

  it('serves the renderer over app:// with the CSP', async () => {
    const handler = fake.protocolHandlers.get('app');
    const page = await handler?.(new Request('app://cre/index.html'));
    expect(page?.status).toBe(200);
    expect(page?.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await handler?.(new Request('app://cre/%2e%2e%2fvault')))?.status).toBe(404);
  });

  it('denies every permission on the default session', () => {
    const answers: boolean[] = [];
    fake.permission['request']?.({}, 'media', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(fake.permission['check']?.()).toBe(false);
    expect(fake.permission['device']?.()).toBe(false);
  });

  it('cancels every download on the default session', () => {
    const event = { preventDefault: vi.fn() };
    const item = { getURL: () => 'https://example.org/file.zip', setSavePath: vi.fn() };
    expect(fake.sessionEvents.listenerCount('will-download')).toBe(1);
    fake.sessionEvents.emit('will-download', event, item, {});
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(item.setSavePath).not.toHaveBeenCalled();
  });

  it('registers every contract channel over the vault given on the command line', async () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(listChannels(creContract).map((entry) => entry.channel).sort());
    const status = fake.ipcHandlers.get('cre:vault.status');
    expect(await status?.({ senderFrame: { url: 'app://cre/index.html' } }, {})).toMatchObject({ ok: true, value: { vaultDir } });
    expect(await status?.({ senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('hardens every web contents: foreign navigation prevented, webviews refused, windows denied', () => {
    const contents = Object.assign(new EventEmitter(), { windowOpenHandler: undefined as Handler | undefined });
    Object.assign(contents, { setWindowOpenHandler: (handler: Handler) => (contents.windowOpenHandler = handler) });
    fake.electron.app.emit('web-contents-created', {}, contents);

    const navigate = (event: string, url: string) => {
      const preventDefault = vi.fn();
      contents.emit(event, { url, preventDefault });
      return preventDefault.mock.calls.length > 0;
    };
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(navigate(event, 'https://evil.example/')).toBe(true);
      expect(navigate(event, 'app://cre/index.html')).toBe(false);
    }
    const webview = vi.fn();
    contents.emit('will-attach-webview', { preventDefault: webview });
    expect(webview).toHaveBeenCalledOnce();
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/help' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fake.electron.shell.openExternal.mock.calls).toEqual([['https://example.org/help']]);
  });

  it('installs a menu with Lock now and forwards locks to the window; quitting disposes the core', async () => {
    const menu = JSON.stringify(fake.menus[0]);
    expect(menu).toContain('"label":"Lock now"');
    expect(menu).toContain('"accelerator":"CmdOrCtrl+L"');
    const call = (channel: string, input: unknown) =>
      fake.ipcHandlers.get(channel)?.({ senderFrame: { url: 'app://cre/index.html' } }, input);
    expect(await call('cre:vault.create', { passphrase: 'correct horse battery staple mangrove' })).toMatchObject({ ok: true });
    expect(await call('cre:vault.status', {})).toMatchObject({ value: { state: 'unlocked' } });

    fake.electron.powerMonitor.emit('lock-screen');
    expect(await call('cre:vault.status', {})).toMatchObject({ value: { state: 'locked' } });
    expect(FakeWindow.all[0]?.sent).toEqual([{ channel: eventChannelFor('vaultLocked'), payload: { reason: 'screen-lock' } }]);

    expect(await call('cre:vault.unlock', { passphrase: 'correct horse battery staple mangrove' })).toMatchObject({ ok: true });
    type Item = { id?: string; click?: () => void; submenu?: unknown };
    const flatten = (items: unknown): Item[] => (Array.isArray(items) ? items.flatMap((item: Item) => [item, ...flatten(item.submenu)]) : []);
    flatten(fake.menus[0]).find((item) => item.id === 'lock-now')?.click?.();
    expect(await call('cre:vault.status', {})).toMatchObject({ value: { state: 'locked' } });
    expect(FakeWindow.all[0]?.sent.map((message) => message.payload)).toEqual([{ reason: 'screen-lock' }, { reason: 'user' }]);

    fake.electron.app.emit('before-quit');
    expect(fake.electron.powerMonitor.eventNames()).toEqual([]);
  });
});
