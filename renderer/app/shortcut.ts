// The Lock now keyboard shortcut: Cmd+L on macOS, Ctrl+L elsewhere.
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export function isMacPlatform(userAgent: string): boolean {
  return /Macintosh|Mac OS X/.test(userAgent);
}

export function isLockShortcut(press: KeyPress, mac: boolean): boolean {
  const modifier = mac ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  return modifier && !press.altKey && !press.shiftKey && press.key.toLowerCase() === 'l';
}

/** The keys to show next to the button, and the value of its aria-keyshortcuts attribute. */
export function lockShortcut(mac: boolean): { keys: string[]; aria: string } {
  return mac ? { keys: ['⌘', 'L'], aria: 'Meta+L' } : { keys: ['Ctrl', 'L'], aria: 'Control+L' };
}
