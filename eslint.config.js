// Lint rules: the recommended sets of ESLint and typescript-eslint, plus the layering rule that
// keeps src/core free of I/O and of the renderer (see CONVENTIONS: core never imports I/O).
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
            { group: ['../ui/*', '../map/*', '../cli/*', '../embed/*'], message: 'src/core depends on nothing outside it.' },
          ],
        },
      ],
    },
  },
);
