// One linter for every file: TypeScript, .astro (frontmatter, template and client scripts), scripts.
// Prettier formats; this config checks only what formatting cannot.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '**/.astro/',
      '.astro-cache/',
      '.*-build/',
      'node_modules/',
      'bench/out/',
      'test-results/',
      '.screenshots/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a value taken apart only to leave it out (`const { a: _a, ...rest } = x`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Code that runs in the reader's browser.
    files: ['src/**/*.astro', 'src/lib/search/browser-*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Tests read parsed XML and JSON (feeds, sitemaps, data files) whose shape is what they assert.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The runtime check runs on any old Node to say which is needed: plain ES5 CommonJS.
    files: ['scripts/require-node.cjs'],
    languageOptions: { sourceType: 'commonjs', ecmaVersion: 5 },
  },
  {
    // The double-click launchers' entry runs on the editor's own Node before npm ci: CommonJS, no imports.
    files: ['scripts/start-editor.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
