// Lint: typescript-eslint's recommended rules, React hooks rules in the renderer, and the layer and SQL-in-db rules everywhere.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { localPlugin } from './scripts/eslint/layering-rule.js';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', '.electron-native/', 'test-results/', 'playwright-report/', 'reports/', 'tests/fixtures/lint/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { local: localPlugin },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'local/layering': 'error',
      'local/sql-in-db': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // electron-builder loads its hooks as CommonJS.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
