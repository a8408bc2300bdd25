// The Content-Security-Policy of the app's page and the response headers every app:// response carries.

/**
 * Only the app's own files: no inline script or style, no eval, no remote origin, no plugins, no framing.
 * `img-src data:` is there for small inline images a bundler emits; data: can never carry script.
 * This is the header's policy. renderer/index.html repeats it in a <meta> without `frame-ancestors`, which Chromium
 * ignores there (with a console warning): framing is refused by this header alone.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Browser features the page never needs; denied here as well as by the session's permission handlers. */
export const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'display-capture=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'payment=()',
].join(', ');

/** Headers for a response of the app:// protocol; the CSP travels on every response so no page can load without it. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Permissions-Policy': PERMISSIONS_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}
