// Security item 17: app://cre/ serves only files inside the built renderer, with the CSP, and nothing else.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  FALLBACK_MIME_TYPE,
  handleAppRequest,
  mimeTypeFor,
  resolveAppRequest,
} from '../../../main/app/app-protocol.js';
import { CONTENT_SECURITY_POLICY } from '../../../main/app/content-security-policy.js';

const base = mkdtempSync(join(tmpdir(), 'cre-app-protocol-'));
const root = join(base, 'renderer');
const SECRET = 'secret-outside-the-renderer-root';
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>CRE</title>');
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(base, 'secret.txt'), SECRET);
writeFileSync(join(base, 'renderer-evil.txt'), SECRET);
afterAll(() => rmSync(base, { recursive: true, force: true }));

function isInsideRoot(filePath: string): boolean {
  const rel = relative(root, filePath);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`);
}

const TRAVERSALS = [
  'app://cre/../secret.txt',
  'app://cre/assets/../../secret.txt',
  'app://cre/%2e%2e/secret.txt',
  'app://cre/%2E%2E/secret.txt',
  'app://cre/.%2e/secret.txt',
  'app://cre/%2e%2e%2fsecret.txt',
  'app://cre/assets/..%2f..%2fsecret.txt',
  'app://cre/..%5csecret.txt',
  'app://cre/assets%2f..%2f..%2fsecret.txt',
  'app://cre/%252e%252e/secret.txt',
  'app://cre/..\\secret.txt',
  'app://cre/%2fetc%2fpasswd',
  'app://cre//etc/passwd',
  'app://cre/C:%5cWindows%5cwin.ini',
  'app://cre/C:/Windows/win.ini',
  'app://cre/index.html%00.js',
  'app://cre/%E0%A4%A',
  'app://cre/../renderer-evil.txt',
];

describe('resolveAppRequest', () => {
  it('maps the entry and assets into the renderer root, with their MIME types', () => {
    expect(resolveAppRequest(APP_ENTRY_URL, root)).toEqual({ filePath: join(root, 'index.html'), mimeType: 'text/html; charset=utf-8' });
    expect(resolveAppRequest('app://cre/assets/app.js?v=1#x', root)).toEqual({
      filePath: join(root, 'assets', 'app.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
  });

  it('serves index.html for the bare origin and for /', () => {
    expect(resolveAppRequest('app://cre/', root)?.filePath).toBe(join(root, 'index.html'));
    expect(resolveAppRequest('app://cre', root)?.filePath).toBe(join(root, 'index.html'));
  });

  it('never resolves outside the root, whatever the encoding of the traversal', () => {
    for (const url of TRAVERSALS) {
      const file = resolveAppRequest(url, root);
      expect({ url, inside: file === null || isInsideRoot(file.filePath) }).toEqual({ url, inside: true });
    }
  });

  it('refuses encoded separators, dot segments and drive names outright', () => {
    for (const url of [
      'app://cre/%2e%2e%2fsecret.txt',
      'app://cre/assets/..%2f..%2fsecret.txt',
      'app://cre/..%5csecret.txt',
      'app://cre/..\\secret.txt',
      'app://cre/%2fetc%2fpasswd',
      'app://cre/C:%5cWindows%5cwin.ini',
      'app://cre/index.html%00.js',
      'app://cre/%E0%A4%A',
    ]) {
      expect({ url, file: resolveAppRequest(url, root) }).toEqual({ url, file: null });
    }
  });

  it('refuses other hosts, ports, credentials and schemes', () => {
    for (const url of [
      'app://evil/index.html',
      'app://cre.evil/index.html',
      'app://cre:8080/index.html',
      'app://user:pw@cre/index.html',
      'file:///etc/passwd',
      `file://${join(root, 'index.html')}`,
      'https://cre/index.html',
      'http://localhost/index.html',
      'data:text/html,<script>alert(1)</script>',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) {
      expect({ url, file: resolveAppRequest(url, root) }).toEqual({ url, file: null });
    }
  });
});

describe('mimeTypeFor', () => {
  it('knows the types a Vite build emits and falls back to octet-stream', () => {
    expect(mimeTypeFor('a.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('font.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('logo.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('README')).toBe(FALLBACK_MIME_TYPE);
  });
});

describe('handleAppRequest', () => {
  it('serves a file with the CSP header', async () => {
    const response = await handleAppRequest(new Request('app://cre/index.html'), root);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    // Only a header can forbid framing: the page's <meta> policy leaves frame-ancestors to this response.
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>CRE</title>');
  });

  it('answers 404, with the CSP, to missing files, folders and every traversal', async () => {
    for (const url of ['app://cre/missing.js', 'app://cre/assets/', 'app://evil/index.html', ...TRAVERSALS]) {
      const response = await handleAppRequest(new Request(url), root);
      const body = await response.text();
      expect({ url, status: response.status, leaked: body.includes(SECRET) }).toEqual({ url, status: 404, leaked: false });
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await handleAppRequest(new Request('app://cre/index.html', { method: 'HEAD' }), root);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await handleAppRequest(new Request('app://cre/index.html', { method: 'POST', body: 'x' }), root);
    expect(post.status).toBe(405);
  });
});

describe('the app scheme', () => {
  it('is standard and secure, supports fetch, and never bypasses the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true, bypassCSP: false });
    expect(APP_SCHEME_PRIVILEGES.privileges?.corsEnabled).not.toBe(true);
    expect(APP_SCHEME_PRIVILEGES.privileges?.allowServiceWorkers).not.toBe(true);
  });
});
