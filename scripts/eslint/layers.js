// Which folder may import which, and which npm packages each may use (design/architecture.md, "Processes and layers").
// A file belongs to the first layer whose prefix matches its path relative to the repository root.

const NODE_BUILTINS = 'node:*';

/** @type {{ name: string, prefix: string, mayImport: string[], packages: string[] }[]} */
export const LAYERS = [
  {
    name: 'common',
    prefix: 'common/',
    mayImport: ['common'],
    packages: ['zod', '@zxcvbn-ts/*', '@internationalized/date', 'i18n-iso-countries', 'i18n-iso-countries/*', '@cospired/i18n-iso-languages', '@cospired/i18n-iso-languages/*'],
  },
  { name: 'db', prefix: 'db/', mayImport: ['common', 'db'], packages: [NODE_BUILTINS, 'better-sqlite3-multiple-ciphers', 'zod'] },
  {
    name: 'main/core',
    prefix: 'main/core/',
    mayImport: ['common', 'db', 'main/core'],
    packages: [NODE_BUILTINS, 'libsodium-wrappers-sumo', 'sodium-native', 'zod', 'uuid', 'papaparse', 'qrcode', 'pdf-lib', '@internationalized/date', 'i18n-iso-countries', 'i18n-iso-countries/*', '@cospired/i18n-iso-languages', '@cospired/i18n-iso-languages/*'],
  },
  {
    name: 'main/cli',
    prefix: 'main/cli/',
    mayImport: ['common', 'main/core', 'main/cli'],
    packages: [NODE_BUILTINS, 'commander', 'i18next', 'zod'],
  },
  {
    name: 'main/app',
    prefix: 'main/app/',
    mayImport: ['common', 'main/core', 'main/app'],
    packages: [NODE_BUILTINS, 'electron', 'zod'],
  },
  { name: 'preload', prefix: 'preload/', mayImport: ['common', 'preload'], packages: ['electron'] },
  {
    name: 'renderer',
    prefix: 'renderer/',
    mayImport: ['common', 'renderer'],
    packages: [
      'react', 'react/*', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'i18next', 'react-i18next', 'zod', '@zxcvbn-ts/*',
      'i18n-iso-countries', 'i18n-iso-countries/*', '@cospired/i18n-iso-languages', '@cospired/i18n-iso-languages/*',
      '@tanstack/react-virtual', 'react-hook-form', '@hookform/resolvers', '@hookform/resolvers/*',
      'recharts', 'lucide-react', 'react-aria-components', '@internationalized/date',
    ],
  },
];

export function layerOf(relativePath) {
  const normalized = relativePath.split('\\').join('/');
  return LAYERS.find((layer) => normalized.startsWith(layer.prefix));
}

export function packageName(specifier) {
  if (specifier.startsWith('node:')) return specifier;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * Patterns: `node:*` is any Node built-in (always with the `node:` prefix), `@scope/*` any package of the scope,
 * `name/*` the sub-paths of a package, and a bare name that package's main entry only.
 */
export function packageAllowed(layer, specifier) {
  return layer.packages.some((pattern) => {
    if (pattern === NODE_BUILTINS) return specifier.startsWith('node:');
    if (pattern.endsWith('/*')) return specifier.startsWith(pattern.slice(0, -1));
    return specifier === pattern;
  });
}
