// Security item 17: the page's CSP allows only the app's own files and travels on every app:// response.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appResponseHeaders, CONTENT_SECURITY_POLICY } from '../../../main/app/content-security-policy.js';

const INDEX_HTML = resolve(import.meta.dirname, '..', '..', '..', 'renderer', 'index.html');
/** Directives the CSP specification ignores in a <meta> element: they work only as a response header. */
const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'];

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe('the content security policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it("defaults to 'self' and spells out every fetch directive the page uses", () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    for (const name of ['script-src', 'style-src', 'font-src', 'connect-src']) expect(policy.get(name)).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('allows no inline code, no eval and no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|blob:/);
    expect(policy.get('script-src')).not.toContain('data:');
  });

  it('forbids plugins, base rewriting, form posts and framing', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is sent with the content type, nosniff and no referrer', () => {
    expect(appResponseHeaders('text/html; charset=utf-8')).toMatchObject({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
  });
});

describe("the page's own <meta> policy", () => {
  const html = readFileSync(INDEX_HTML, 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];

  it('leaves out frame-ancestors, which Chromium ignores in a <meta> and warns about on every load', () => {
    expect(meta).toBeDefined();
    expect(meta).not.toMatch(/frame-ancestors/);
    for (const name of HEADER_ONLY_DIRECTIVES) expect(meta).not.toContain(name);
  });

  it('is the header policy without its header-only directives, so the two cannot drift apart', () => {
    const expected = [...directives(CONTENT_SECURITY_POLICY)].filter(([name]) => !HEADER_ONLY_DIRECTIVES.includes(name));
    expect([...directives(meta ?? '')]).toEqual(expected);
  });
});
