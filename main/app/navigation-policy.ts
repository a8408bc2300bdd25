// Where the app's pages may go: navigation only inside app://cre/, outside links only as vetted https in the browser, no permissions.
import { APP_HOST, APP_SCHEME } from './app-protocol.js';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for the app's own pages; everything else (http, file, data, javascript, other hosts) is prevented. */
export function isAllowedNavigation(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * True for an https link that may be handed to the user's browser: no credentials in it (they hide the real host and
 * leak secrets), a real host name. Other schemes (file:, smb:, custom handlers) could run programs, so never.
 */
export function shouldOpenExternally(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === 'https:' &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * The window-open decision: never a new Electron window; a vetted link goes to the system browser in its normalised
 * form (what was checked is what opens).
 */
export function decideWindowOpen(url: string, openExternal: (url: string) => void): { action: 'deny' } {
  if (shouldOpenExternally(url)) openExternal(new URL(url).href);
  return { action: 'deny' };
}

/** For `session.setPermissionRequestHandler`: the app needs no camera, microphone, location, notifications... */
export function denyPermissionRequest(_webContents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

/** For `session.setPermissionCheckHandler` and `setDevicePermissionHandler`. */
export function denyPermissionCheck(): boolean {
  return false;
}
