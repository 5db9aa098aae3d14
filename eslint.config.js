// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

/**
 * ESLint for TypeScript and Astro components; Prettier owns formatting (.prettierrc.json), so no
 * stylistic rules here. Type-aware rules catch the bugs types alone do not: promises left floating
 * in event handlers and build hooks.
 */
export default tseslint.config(
  // .cache/ holds build caches and bench:scale's generated sites, none of it ours to lint.
  { ignores: ['dist/', 'node_modules/', '.astro/', '.cache/', 'tests/.work/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // Config files run in Node: its globals.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { URL: 'readonly', console: 'readonly', process: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
