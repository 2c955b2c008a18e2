// @ts-check
import tseslint from 'typescript-eslint';

/**
 * Besides the usual checks, lint keeps the processes apart (see DESIGN.md):
 * shared imports nothing of the others, the renderer never reaches into main,
 * and only main/index.ts and main/electron/ may import 'electron'.
 */
const noImports = (patterns, message) => [
  'error',
  { patterns: patterns.map((group) => ({ group: [group], message })) },
];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'docs/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'no focused tests' },
      ],
    },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': noImports(
        [
          '**/main/**',
          '**/renderer/**',
          '**/preload/**',
          '**/server/**',
          'node:*',
          'electron',
          'react',
          'react-dom',
          'sqlite3',
          'fs',
          'path',
        ],
        'src/shared is pure TypeScript: no Node, DOM, Electron or other process imports',
      ),
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': noImports(
        [
          '**/main/**',
          '**/preload/**',
          '**/server/**',
          'node:*',
          'electron',
          'sqlite3',
          'fs',
          'path',
          'exceljs',
          'yaml',
          'papaparse',
        ],
        'the renderer talks only to the API contract, never to Node or main (files are parsed on the desktop side)',
      ),
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/electron/**'],
    rules: {
      'no-restricted-imports': noImports(
        ['electron', '**/renderer/**'],
        "only main/index.ts and main/electron/ may import 'electron'",
      ),
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': noImports(
        ['**/main/**', '**/renderer/**', 'node:*'],
        'the preload exposes the contract and nothing else',
      ),
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': noImports(
        ['**/main/**', '**/renderer/**', 'electron'],
        'the server shares only src/shared with the app',
      ),
    },
  },
);
