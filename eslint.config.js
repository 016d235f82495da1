// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

/**
 * Layering is enforced here, not by review (Dark Reader's approach). Each zone lists where
 * code in `target` may NOT import from. The direction: core ← extract/detect/page ←
 * highlight/anchor/capture ← content/storage/library/export ← ui ← entrypoints.
 */
const layer = (target, from, message) => ({ target, from, message });
const layers = [
  layer('./src/core', ['./src/!(core)/**', './entrypoints/**'], 'src/core holds shared types only.'),
  layer(
    './src/extract',
    ['./src/!(core|extract)/**', './entrypoints/**'],
    'Extraction is pure text code: it may import src/core only (no DOM, storage or browser).',
  ),
  layer(
    './src/detect',
    ['./src/!(core|extract|page|detect)/**', './entrypoints/**'],
    'Detection reads pages; it must not reach storage, UI or the browser API.',
  ),
  layer('./src/page', ['./src/!(core|page)/**', './entrypoints/**'], 'DOM-to-text is a leaf layer.'),
  layer(
    './src/highlight',
    ['./src/!(core|page|highlight)/**', './entrypoints/**'],
    'The highlighter works on the DOM only: no extraction, storage or browser API.',
  ),
  layer('./src/anchor', ['./src/!(core|page|messaging|anchor)/**', './entrypoints/**'], 'Anchoring is pure.'),
  layer(
    './src/library',
    ['./src/!(core|extract|library)/**', './entrypoints/**'],
    "Library queries are pure (they may reuse the extractor's pure text helpers).",
  ),
  layer(
    './src/export',
    ['./src/!(core|library|export)/**', './entrypoints/**'],
    'Export formats are pure: no storage, UI or browser API.',
  ),
  layer(
    './src/storage',
    ['./src/!(core|library|export|storage)/**', './entrypoints/**'],
    'Storage may not depend on UI, content or the browser API.',
  ),
  layer('./src/messaging', ['./src/!(core|messaging)/**', './entrypoints/**'], 'The protocol is types only.'),
  layer('./src', ['./entrypoints/**'], 'src/ never imports entrypoints.'),
];

export default tseslint.config(
  {
    ignores: [
      'tests/e2e/.tmp/**',
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'web-ext-artifacts/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layers }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // The extension API is reached through src/platform only (and entrypoints).
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'wxt/browser', message: 'Import the browser API in src/platform/ or entrypoints/ only.' },
          ],
        },
      ],
      // Page text must never become markup.
      'no-restricted-properties': [
        'error',
        {
          property: 'innerHTML',
          message: 'Build DOM nodes or use textContent: page text must never become markup.',
        },
        { property: 'outerHTML', message: 'Build DOM nodes or use textContent.' },
        { object: 'document', property: 'write', message: 'Never document.write.' },
      ],
    },
  },
  {
    files: ['src/platform/**', 'entrypoints/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-properties': 'off', 'import-x/no-restricted-paths': 'off' },
  },
  {
    files: ['**/*.{js,mjs}', 'scripts/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
