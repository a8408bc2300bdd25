// The Electron main-process entry: hardens Chromium, serves the renderer over app://cre/ and wires the core to IPC.
import { existsSync } from 'node:fs';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, session, shell, type WebContents } from 'electron';
import { createCore, type Core } from '../core/create-core.js';
import { resolveVaultDir } from '../core/vault-location.js';
import { appFiles, profileDirFor, vaultDirFlag, type AppFiles } from './app-paths.js';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, handleAppRequest } from './app-protocol.js';
import { cancelDownload } from './download-policy.js';
import { createElectronPlatform } from './electron-platform.js';
import { createAppRouter, forwardEvent, forwardVaultLocked, registerIpcBridge } from './ipc-bridge.js';
import { buildMenuTemplate } from './menu.js';
import { nativeBindingPath } from './native-binding.js';
import { createPdfPrinter } from './pdf-printer.js';
import { decideWindowOpen, denyPermissionCheck, denyPermissionRequest, isAllowedNavigation } from './navigation-policy.js';
import { createWindowOptions } from './window-options.js';

// Both must happen before 'ready': Chromium reads them when it starts.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

const userDataDir = app.getPath('userData');
const vaultDir = resolveVaultDir(vaultDirFlag(process.argv), process.env, () => userDataDir);
const profileDir = profileDirFor(vaultDir, resolveVaultDir(undefined, {}, () => userDataDir), userDataDir);
if (profileDir) app.setPath('userData', profileDir);

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;

/** Applied to every web contents the app ever creates (windows, devtools, anything a page might try to open). */
function hardenWebContents(contents: WebContents): void {
  const preventUnlessAllowed = (event: { url: string; preventDefault(): void }): void => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', preventUnlessAllowed);
  contents.on('will-frame-navigate', preventUnlessAllowed);
  contents.on('will-redirect', preventUnlessAllowed);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) =>
    decideWindowOpen(url, (href) => {
      // The link is not logged: it may come from a record.
      shell.openExternal(href).catch(() => console.error('Could not hand a link to the system browser.'));
    }),
  );
}

function createWindow(files: AppFiles): BrowserWindow {
  const window = new BrowserWindow(createWindowOptions({ preloadPath: files.preload, devTools: !app.isPackaged }));
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error(`Could not load ${APP_ENTRY_URL}: ${error instanceof Error ? error.message : String(error)}`);
  });
  return window;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function resolveNativeBinding(): string | undefined {
  const binding = nativeBindingPath({ isPackaged: app.isPackaged, appPath: app.getAppPath(), resourcesPath: process.resourcesPath });
  if (existsSync(binding)) return binding;
  if (!app.isPackaged) console.error('The Electron build of the SQLCipher addon is missing: start the app with `npm start`, which builds it.');
  return undefined;
}

async function start(): Promise<void> {
  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler(denyPermissionRequest);
  defaultSession.setPermissionCheckHandler(denyPermissionCheck);
  defaultSession.setDevicePermissionHandler(denyPermissionCheck);
  defaultSession.on('will-download', cancelDownload);

  const files = appFiles(app.getAppPath());
  protocol.handle(APP_SCHEME, (request) => handleAppRequest(request, files.rendererRoot));

  const activeCore = await createCore({
    vaultDir,
    platform: createElectronPlatform({
      powerMonitor,
      getLocale: () => app.getLocale(),
      dialogs: { dialog, parentWindow: () => mainWindow },
      printToPdf: createPdfPrinter((options) => new BrowserWindow(options)),
    }),
    nativeBinding: resolveNativeBinding(),
  });
  core = activeCore;
  registerIpcBridge(ipcMain, createAppRouter(activeCore.handlers));
  forwardVaultLocked(activeCore, () => BrowserWindow.getAllWindows());
  forwardEvent('importProgress', activeCore.onImportProgress, () => BrowserWindow.getAllWindows());
  forwardEvent('attachmentProgress', activeCore.onAttachmentProgress, () => BrowserWindow.getAllWindows());
  forwardEvent('bundleProgress', activeCore.onBundleProgress, () => BrowserWindow.getAllWindows());

  const template = buildMenuTemplate({
    appName: app.name,
    platform: process.platform,
    isPackaged: app.isPackaged,
    onLockNow: () => activeCore.vault.lock('user'),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));

  mainWindow = createWindow(files);
  app.on('activate', () => {
    if (mainWindow) focusMainWindow();
    else mainWindow = createWindow(files);
  });
}

function failToStart(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`CRE Desktop could not start: ${message}`);
  dialog.showErrorBox('CRE Desktop could not start', message);
  app.exit(1);
}

// One app per vault: a second launch on the same vault focuses the first window instead of opening the vault twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  // Quit with the last window on every platform, macOS included: an app with no window should not hold an open vault.
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => {
    core?.dispose();
    core = null;
  });
  app.whenReady().then(start).catch(failToStart);
}
