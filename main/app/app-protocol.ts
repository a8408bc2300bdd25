// The app://cre/ protocol that serves the built renderer: scheme privileges, the URL-to-file mapping and the response.
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { CustomScheme } from 'electron';
import { appResponseHeaders } from './content-security-policy.js';

export const APP_SCHEME = 'app';
export const APP_HOST = 'cre';
/** The origin the IPC router trusts and navigation is limited to. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `standard` gives the page a real origin (app://cre) so relative URLs and same-origin rules work; `secure` makes it a
 * secure context like https. CSP is never bypassed, and no CORS, service workers or streaming are granted.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    bypassCSP: false,
    corsEnabled: false,
    allowServiceWorkers: false,
    stream: false,
  },
};

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export const FALLBACK_MIME_TYPE = 'application/octet-stream';

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? FALLBACK_MIME_TYPE;
}

export interface AppFile {
  /** Absolute path inside the renderer root. */
  filePath: string;
  mimeType: string;
}

/** A decoded path segment that could step out of the folder or name another drive: refused rather than cleaned. */
function isUnsafeSegment(segment: string): boolean {
  return (
    segment === '.' ||
    segment === '..' ||
    segment.includes('/') ||
    segment.includes('\\') ||
    segment.includes(':') ||
    segment.includes('\0')
  );
}

/**
 * Maps `app://cre/<path>` to a file inside `rendererRoot`, or null (answered 404). Chromium already normalises `..`
 * in standard URLs, but each segment is decoded and checked again so that encoded separators (`..%2f`), encoded dots
 * and drive names cannot reach outside, and the result must still lie inside the root.
 */
export function resolveAppRequest(url: string, rendererRoot: string): AppFile | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;

  const segments: string[] = [];
  for (const raw of parsed.pathname.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (isUnsafeSegment(segment)) return null;
    segments.push(segment);
  }
  if (segments.length === 0 || segments[segments.length - 1] === '') segments.push('index.html');

  const root = resolve(rendererRoot);
  const filePath = resolve(root, ...segments.filter((segment) => segment !== ''));
  const inside = relative(root, filePath);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  return { filePath, mimeType: mimeTypeFor(filePath) };
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: appResponseHeaders('text/plain; charset=utf-8') });
}

/**
 * The protocol handler: serves GET and HEAD from the renderer root with the CSP header. Files are read with `fs`, which
 * Electron lets read inside app.asar, so the same code serves `npm start` and the packaged app.
 */
export async function handleAppRequest(request: Request, rendererRoot: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers: appResponseHeaders('text/plain; charset=utf-8') });
  }
  const file = resolveAppRequest(request.url, rendererRoot);
  if (!file) return notFound();
  let body: Buffer;
  try {
    body = await readFile(file.filePath);
  } catch {
    return notFound();
  }
  const headers = appResponseHeaders(file.mimeType);
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
