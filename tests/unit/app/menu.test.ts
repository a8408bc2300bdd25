// The application menu: "Lock now" on CmdOrCtrl+L, copy and paste available, no developer tools in packaged builds.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, LOCK_NOW_ACCELERATOR, LOCK_NOW_ID } from '../../../main/app/menu.js';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const roles = (items: readonly MenuItemConstructorOptions[]) => flatten(items).map((item) => item.role).filter(Boolean);

describe('buildMenuTemplate', () => {
  for (const platform of ['darwin', 'win32', 'linux'] as const) {
    it(`has a Lock now item on ${platform} that locks through the callback`, () => {
      const onLockNow = vi.fn();
      const items = flatten(buildMenuTemplate({ appName: 'CRE Desktop', platform, isPackaged: true, onLockNow }));
      const lockNow = items.find((item) => item.id === LOCK_NOW_ID);
      expect(lockNow?.accelerator).toBe(LOCK_NOW_ACCELERATOR);
      expect(LOCK_NOW_ACCELERATOR).toBe('CmdOrCtrl+L');
      // The click signature is Electron's; the item ignores its arguments.
      (lockNow?.click as () => void)();
      expect(onLockNow).toHaveBeenCalledOnce();
      expect(roles(items)).toEqual(expect.arrayContaining(['copy', 'paste', 'cut', 'selectAll', 'quit']));
    });
  }

  it('offers reload and developer tools only outside packaged builds', () => {
    const packaged = roles(buildMenuTemplate({ appName: 'CRE Desktop', platform: 'linux', isPackaged: true, onLockNow: () => undefined }));
    const dev = roles(buildMenuTemplate({ appName: 'CRE Desktop', platform: 'linux', isPackaged: false, onLockNow: () => undefined }));
    for (const role of ['toggleDevTools', 'reload', 'forceReload']) {
      expect(packaged).not.toContain(role);
      expect(dev).toContain(role);
    }
  });
});
