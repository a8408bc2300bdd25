// Security item 17: navigation stays on app://cre/, new windows never open, only vetted https links reach the browser.
import { describe, expect, it } from 'vitest';
import {
  decideWindowOpen,
  denyPermissionCheck,
  denyPermissionRequest,
  isAllowedNavigation,
  shouldOpenExternally,
} from '../../../main/app/navigation-policy.js';

const FOREIGN = [
  'https://example.org/',
  'http://localhost:5173/',
  'file:///etc/passwd',
  'app://evil/index.html',
  'app://cre.evil/',
  'app://user@cre/index.html',
  'app://cre:1/index.html',
  'data:text/html,<h1>x</h1>',
  'javascript:alert(1)',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  '',
  'not a url',
];

describe('isAllowedNavigation', () => {
  it("allows the app's own pages", () => {
    for (const url of ['app://cre/index.html', 'app://cre/', 'app://cre/index.html#/roster', 'app://cre/index.html?x=1']) {
      expect({ url, allowed: isAllowedNavigation(url) }).toEqual({ url, allowed: true });
    }
  });

  it('refuses every other place', () => {
    for (const url of FOREIGN) expect({ url, allowed: isAllowedNavigation(url) }).toEqual({ url, allowed: false });
  });
});

describe('shouldOpenExternally', () => {
  it('accepts plain https links', () => {
    expect(shouldOpenExternally('https://example.org/docs?q=1#top')).toBe(true);
    expect(shouldOpenExternally('HTTPS://Example.org/')).toBe(true);
  });

  it('refuses other schemes, credentials and hostless URLs', () => {
    for (const url of [
      'http://example.org/',
      'file:///etc/passwd',
      'smb://server/share',
      'ms-msdt:/id',
      'mailto:a@example.org',
      'javascript:alert(1)',
      'app://cre/index.html',
      'https://user:pass@example.org/',
      'https://user@example.org/',
      'https://',
      'not a url',
      '',
    ]) {
      expect({ url, open: shouldOpenExternally(url) }).toEqual({ url, open: false });
    }
  });
});

describe('decideWindowOpen', () => {
  it('always denies the window, and hands only vetted links, normalised, to the system browser', () => {
    const opened: string[] = [];
    const open = (url: string) => opened.push(url);
    expect(decideWindowOpen('https://Example.org/a b', open)).toEqual({ action: 'deny' });
    expect(decideWindowOpen('http://example.org/', open)).toEqual({ action: 'deny' });
    expect(decideWindowOpen('file:///etc/passwd', open)).toEqual({ action: 'deny' });
    expect(decideWindowOpen('app://cre/index.html', open)).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.org/a%20b']);
  });
});

describe('permission handlers', () => {
  it('deny every request and every check', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      denyPermissionRequest({}, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false, false]);
    expect(denyPermissionCheck()).toBe(false);
  });
});
