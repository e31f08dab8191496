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
  // The stages run one way: content → input → engine → model → outputs → pages → components.
  // A stage imports from earlier stages only. Tests beside a module may span stages.
  ...stages([
    {
      dir: 'input',
      later: ['model', 'outputs', 'pages', 'components', 'notify', 'import'],
      // The engine's calendar arithmetic and its publication rule are pure and import only
      // types from input, so the content rules may use them.
      also: ['**/engine/**', '!**/engine/time.ts', '!**/engine/as-of.ts'],
    },
    // The engine reads the shapes the schema defines (types), never the loaders or rules.
    { dir: 'engine', later: ['model', 'outputs', 'pages', 'components', 'notify', 'import'], typesOnly: ['input'] },
    { dir: 'model', later: ['outputs', 'pages', 'components', 'notify', 'import'] },
    { dir: 'outputs', later: ['pages', 'components', 'notify', 'import'] },
  ]),
  {
    files: ['src/client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Served to other sites' pages (embed.js, filled in by src/outputs/embed.ts): a classic browser script.
    files: ['src/outputs/embed.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
);

/**
 * One `no-restricted-imports` block per stage: `later` stages are refused outright (types
 * too), `typesOnly` stages may lend their types, `also` adds raw patterns.
 * @param {{ dir: string, later: string[], typesOnly?: string[], also?: string[] }[]} list
 * @returns {import('eslint').Linter.Config[]}
 */
function stages(list) {
  return list.map(({ dir, later, typesOnly = [], also = [] }) => {
    const message = `src/${dir} imports only from earlier stages (input → engine → model → outputs → pages → components): move what it needs down to src/${dir} or an earlier stage.`;
    /** @type {{ group: string[], message: string, allowTypeImports?: boolean }[]} */
    const patterns = [{ group: [...later.map((stage) => `**/${stage}/**`), ...also], message }];
    if (typesOnly.length > 0) {
      patterns.push({ group: typesOnly.map((stage) => `**/${stage}/**`), allowTypeImports: true, message });
    }
    return {
      files: [`src/${dir}/**/*.ts`],
      ignores: ['**/*.test.ts'],
      rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
    };
  });
}
