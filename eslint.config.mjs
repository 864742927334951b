// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.vscode-test*/**', 'out/**', '*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly', process: 'readonly', require: 'readonly', module: 'readonly',
        __dirname: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly',
        performance: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', Buffer: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // The core must stay pure: no editor API, no Node built-ins.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode'], message: 'src/core must not import the editor API.' },
          { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'util'], message: 'src/core must not use Node built-ins.' },
        ],
      }],
      // Each convention readable alone: small functions, small modules (word lists aside).
      'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }],
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The language service too: it runs in the server on Node and in a browser worker.
    files: ['src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode'], message: 'src/service must not import the editor API: it answers any editor.' },
          { group: ['vscode-languageserver', 'vscode-languageserver/*'], message: 'src/service speaks LSP types only (vscode-languageserver-types); the connection is the server\'s.' },
          { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'util'], message: 'src/service must not use Node built-ins.' },
        ],
      }],
    },
  },
  {
    files: ['src/core/lexicon/lexicon.ts', 'src/core/**/words.ts'],
    rules: { 'max-lines': 'off' },
  },
);
