// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  {
    ignores: ['dist', '.statusbook-*/', '.astro/', '.test-sites/', 'node_modules/', 'test-results/', 'playwright-report/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    // Components and layouts only format: pages pick views from the model and pass them down
    // (or Astro.locals). Types of views may be imported; values of the stages may not.
    files: ['src/components/**/*.{astro,ts}', 'src/layouts/**/*.astro'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/input/*', '**/engine/*', '**/model/*', '**/outputs/*', '**/notify/*'],
              allowTypeImports: true,
              message:
                'Components only format: take the view as a prop (or from Astro.locals) from the page instead of importing the model or the engine.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Served as is to other sites' pages (embed.js): a classic browser script.
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
);
