// The application menu as data: "Lock now", the standard Edit menu, and a View menu without developer tools when packaged.
import type { MenuItemConstructorOptions } from 'electron';

// Labels are English for now; the menu is built in main, which does not load the renderer's translations yet.
export const LOCK_NOW_ID = 'lock-now';
export const LOCK_NOW_ACCELERATOR = 'CmdOrCtrl+L';

export interface MenuInput {
  appName: string;
  platform: NodeJS.Platform;
  isPackaged: boolean;
  /** Locks the vault; the window learns of it through the vaultLocked event. */
  onLockNow: () => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const isMac = input.platform === 'darwin';
  const lockNow: MenuItemConstructorOptions = {
    id: LOCK_NOW_ID,
    label: 'Lock now',
    accelerator: LOCK_NOW_ACCELERATOR,
    click: () => input.onLockNow(),
  };

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: input.appName,
          submenu: [
            { role: 'about' },
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const vaultMenu: MenuItemConstructorOptions = {
    label: 'Vault',
    submenu: isMac ? [lockNow] : [lockNow, separator, { role: 'quit' }],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  // Reload and developer tools are for development: a packaged build has no way to open a console on the page.
  const developerItems: MenuItemConstructorOptions[] = input.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator];
  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [...developerItems, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, separator, { role: 'togglefullscreen' }],
  };

  return [...appMenu, vaultMenu, editMenu, viewMenu, { role: 'windowMenu' }];
}
