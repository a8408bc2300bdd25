// Listens for the Lock now shortcut anywhere in the window while the vault is open.
import { useEffect } from 'react';
import { lockNow } from './lock.js';
import { isLockShortcut, isMacPlatform } from './shortcut.js';

export function useLockShortcut(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const mac = isMacPlatform(navigator.userAgent);
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isLockShortcut(event, mac)) return;
      event.preventDefault();
      void lockNow();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
