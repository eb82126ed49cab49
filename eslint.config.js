// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', '.scratch/', 'bench-results/', 'tests/figures/snapshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The model is pure: no DOM, no Astro, no I/O, nothing from the site.
    files: ['src/model/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['astro', 'astro:*', 'astro/*'], message: 'The model must not depend on Astro.' },
            { group: ['node:*', 'fs', 'path', 'http'], message: 'The model does no I/O.' },
            {
              // The one exception is data: the bibliography (CSL-JSON), shared with the essays.
              group: ['../*', '!./*', '!../bibliography', '!../bibliography/references.json'],
              message: 'The model imports nothing from the site (only the bibliography JSON).',
            },
          ],
        },
      ],
    },
  },
  {
    // A folder inside the model (src/model/parameters/) may import its siblings one level up, still nothing from the site.
    files: ['src/model/*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['astro', 'astro:*', 'astro/*'], message: 'The model must not depend on Astro.' },
            { group: ['node:*', 'fs', 'path', 'http'], message: 'The model does no I/O.' },
            { group: ['../../*', '../*/*'], message: 'The model imports nothing from the site.' },
          ],
        },
      ],
    },
  },
  {
    // Figure specs run in the browser island: importing the model's index would ship the parameter
    // registry and full zod with every figure (the bench showed +21 KB gzip). Import model files directly.
    files: ['src/figures/**/*.ts', 'src/components/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/model/index.ts'],
              message: 'Import the model module you need, not model/index.ts (bundle size).',
            },
          ],
        },
      ],
    },
  },
);
