// Vite build of the renderer: a static page under dist/renderer that runs under a CSP with no inline script.
import type { Plugin, UserConfig } from 'vite';

// This folder as a file-system path. Vite points import.meta.url at this file when it loads it; Node's path
// helpers are not in the renderer's types, so the URL is turned into a path here (dropping the slash before a Windows drive).
const here = decodeURIComponent(new URL('.', import.meta.url).pathname).replace(/^\/([A-Za-z]:)/, '$1');

/** Fails the build if the final index.html holds anything the CSP (`script-src 'self'; style-src 'self'`) would block. */
const refuseInlineCode: Plugin = {
  name: 'cre:refuse-inline-code',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html) {
      const inlineScript = /<script\b(?![^>]*\bsrc=)[^>]*>/i.test(html);
      const inlineStyle = /<style\b/i.test(html) || /\sstyle=/i.test(html);
      if (inlineScript || inlineStyle) {
        throw new Error('index.html would contain inline script or style, which the Content-Security-Policy forbids.');
      }
      return html;
    },
  },
};

/** The locales of React Aria's own few strings ("Calendar", "Next") that the app's four languages use; `pt` finds pt-BR. */
const REACT_ARIA_LOCALES = new Set(['en-US', 'es-ES', 'fr-FR', 'pt-BR']);
const REACT_ARIA_STRINGS = /[\\/]node_modules[\\/]react-(?:aria|stately|aria-components)[\\/]dist[\\/].*[\\/]intl[\\/](?:[^\\/]+[\\/])?([a-z]{2}-[A-Z]{2})\.m?js$/;

/**
 * React Aria bundles its strings in 34 locales; the other 30 are dropped (about 55 kB). An empty entry is skipped by
 * its dictionary, which falls back to English, as the library's own optimize-locales plugin does.
 */
const onlyAppLocales: Plugin = {
  name: 'cre:react-aria-app-locales',
  apply: 'build',
  enforce: 'pre',
  load(id) {
    const locale = REACT_ARIA_STRINGS.exec(id)?.[1];
    return locale !== undefined && !REACT_ARIA_LOCALES.has(locale) ? 'export default undefined;' : null;
  },
};

// No @vitejs/plugin-react: its Fast Refresh preamble is an inline script, which the page's CSP refuses.
// Vite compiles JSX itself with the automatic runtime that tsconfig.json asks for.
const config: UserConfig = {
  root: here,
  base: './',
  plugins: [refuseInlineCode, onlyAppLocales],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The polyfill would be injected as an inline script; Chromium supports module preload natively.
    modulePreload: { polyfill: false },
    target: 'chrome130',
    sourcemap: false,
    // The passphrase checker (zxcvbn with five languages' dictionaries) is a large chunk, loaded only when needed.
    chunkSizeWarningLimit: 4096,
  },
  server: { strictPort: true },
};

export default config;
