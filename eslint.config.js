// Lint rules: the recommended sets of ESLint and typescript-eslint, plus the layering rules of
// README.md's "Project layout": src/core and src/render are pure (no I/O, no DOM renderer), and
// src/core depends on nothing outside it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='it'][callee.property.name=/^(only|skip|todo)$/]", message: 'No focused or skipped tests.' },
        { selector: "CallExpression[callee.object.name='test'][callee.property.name=/^(only|skip|todo)$/]", message: 'No focused or skipped tests.' },
        { selector: "CallExpression[callee.object.name='describe'][callee.property.name=/^(only|skip|todo)$/]", message: 'No focused or skipped tests.' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/core is pure: no I/O.' },
            { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'src/core does not know the renderer.' },
            { group: ['../ui/*', '../map/*', '../cli/*', '../embed/*', '../render/*', '../archive/*', '../worker/*', '../../*/'], message: 'src/core depends on nothing outside it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/render/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/render is pure: it runs at build time and in the page.' },
            { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'src/render draws without MapLibre.' },
            { group: ['../ui/*', '../cli/*'], message: 'src/render does not depend on the page or the command line.' },
          ],
        },
      ],
    },
  },
);
