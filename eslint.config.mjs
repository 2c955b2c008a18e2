// @ts-check
import boundaries from 'eslint-plugin-boundaries';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Besides the usual checks, lint states the architecture (see DESIGN.md), in
 * the manner of VS Code's layer rules: each layer lists what it MAY import —
 * which other layers and which packages — and everything else is an error.
 *
 * - shared: pure TypeScript (zod only); runs in every process.
 * - renderer: React and its libraries, the contract in shared; never Node, main or server.
 * - main: Node and its own libraries; only main/index.ts and main/electron/ use 'electron'.
 * - preload: 'electron' and the contract, nothing else.
 * - server: Node, PostgreSQL/PGlite, shared.
 * Renderer features may use each other, but never in a circle (import-x/no-cycle).
 * src/lint/architecture.test.ts proves that each rule fails on a violation.
 */

const TESTING = ['vitest', 'fast-check', 'ajv', 'csv-parse'];
/** Imports resolve as the compiler resolves them (the root tsconfig only lists these). */
const TSCONFIGS = ['tsconfig.node.json', 'tsconfig.web.json', 'tsconfig.e2e.json'];

/** Where each layer lives; the first pattern that matches a file wins. */
export const ELEMENTS = [
  { type: 'shared', pattern: 'src/shared/**' },
  { type: 'electron', pattern: 'src/main/electron/**' },
  { type: 'main', pattern: 'src/main/**' },
  { type: 'preload', pattern: 'src/preload/**' },
  { type: 'feature', pattern: 'src/renderer/features/*/**', capture: ['feature'] },
  { type: 'renderer', pattern: 'src/renderer/**' },
  { type: 'server', pattern: 'src/server/**' },
  { type: 'integration', pattern: 'src/integration/**' },
  { type: 'tooling', pattern: ['e2e/**', 'bench/**', 'scripts/**'] },
].map((e) => ({ ...e, partialMatch: false }));

/** What each layer may import: layers, packages, and Node's own modules. */
export const LAYERS = {
  // hyphen: the hyphenation patterns for wrapped German and English text (pure data and code).
  shared: { layers: ['shared'], packages: ['zod', 'hyphen'], node: false },
  renderer: {
    layers: ['shared', 'renderer', 'feature'],
    packages: ['react', 'react-dom', 'react-i18next', 'i18next', 'zustand', 'recharts', 'zod'],
    node: false,
  },
  // Other features only as FEATURES allows (see featurePolicies).
  feature: {
    layers: ['shared', 'renderer'],
    packages: ['react', 'react-dom', 'react-i18next', 'i18next', 'zustand', 'recharts', 'zod'],
    node: false,
  },
  main: {
    layers: ['shared', 'main'],
    packages: ['zod', 'sqlite3', 'pdfkit', 'exceljs', 'papaparse', 'yaml'],
    node: true,
  },
  electron: { layers: ['shared', 'main', 'electron'], packages: ['zod', 'electron'], node: true },
  preload: { layers: ['shared', 'preload'], packages: ['electron'], node: false },
  server: { layers: ['shared', 'server'], packages: ['zod', 'pg', '@electric-sql/pglite'], node: true },
  // Tests that run the page's core against the desktop services.
  integration: { layers: ['shared', 'main', 'renderer', 'integration'], packages: [], node: true },
  tooling: {
    layers: ['shared', 'main', 'server', 'tooling'],
    packages: [
      '@playwright/test',
      'sqlite3',
      'better-sqlite3',
      'zod',
      'exceljs',
      // Packaging scripts: icons, the installers, the fuses and the packed archive.
      '@resvg/resvg-js',
      'png2icons',
      'electron-builder',
      '@electron/fuses',
      '@electron/asar',
    ],
    node: true,
  },
};

/**
 * Which renderer features each feature may import. The graph must stay free of
 * cycles (checked below, when lint starts): a piece two features need lives in
 * the lower one, or in src/renderer/lib, ui or src/shared.
 */
export const FEATURES = {
  coverage: ['export'],
  export: ['interchange'],
  interchange: [],
  'journey-map': ['review'],
  journeys: ['export', 'interchange', 'journey-map', 'presentation', 'review', 'settings', 'workshop'],
  messages: ['review'],
  presentation: ['coverage', 'journey-map', 'review'],
  review: ['coverage'],
  settings: ['interchange', 'review', 'sync'],
  sync: [],
  workshop: [],
};

/** The first cycle in a dependency graph, or null. */
export function findCycle(graph) {
  const state = new Map();
  const visit = (node, trail) => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...trail.slice(trail.indexOf(node)), node];
    state.set(node, 'open');
    for (const next of graph[node] ?? []) {
      const cycle = visit(next, [...trail, node]);
      if (cycle) return cycle;
    }
    state.set(node, 'done');
    return null;
  };
  for (const node of Object.keys(graph)) {
    const cycle = visit(node, []);
    if (cycle) return cycle;
  }
  return null;
}

const featureCycle = findCycle(FEATURES);
if (featureCycle) throw new Error(`renderer features import each other in a circle: ${featureCycle.join(' → ')}`);

function featurePolicies(features) {
  return Object.entries(features).map(([name, may]) => ({
    from: { element: { type: 'feature', captured: { feature: name } } },
    allow: { to: { element: { type: 'feature', captured: { feature: [name, ...may] } } } },
  }));
}

/** The allow-lists as policies of eslint-plugin-boundaries (anything not allowed is refused). */
export function layerPolicies(layers = LAYERS, features = FEATURES) {
  const policies = Object.entries(layers).flatMap(([type, may]) => {
    const from = { element: { type } };
    const policies = [
      { from, allow: { to: { element: { types: { anyOf: may.layers } } } } },
      { from, allow: { to: { module: { origin: 'external', source: [...may.packages, ...TESTING] } } } },
    ];
    if (may.node) policies.push({ from, allow: { to: { module: { origin: 'core' } } } });
    return policies;
  });
  return [...policies, ...featurePolicies(features)];
}

const LAYER_MESSAGE =
  'a layer imports only what its allow-list in eslint.config.mjs names (see DESIGN.md, processes and folders)';

/** The main entry (src/main/index.ts) starts Electron: main's list plus 'electron' and main/electron/. */
const ENTRY_POLICIES = [
  ...layerPolicies(),
  { from: { element: { type: 'main' } }, allow: { to: { module: { origin: 'external', source: 'electron' } } } },
  { from: { element: { type: 'main' } }, allow: { to: { element: { type: 'electron' } } } },
];

/** main's tests (and their helpers) may start a real sync server to talk to. */
const MAIN_TEST_POLICIES = [
  ...layerPolicies(),
  { from: { element: { type: 'main' } }, allow: { to: { element: { type: 'server' } } } },
];

/** Test helpers (vitest, fast-check) only in test files. */
const TESTS = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**', '**/test-*.ts', 'scripts/**', 'e2e/**', 'bench/**'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'docs/**', 'dist/**'] },
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
    files: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    plugins: { boundaries, 'import-x': importX },
    settings: {
      'import/resolver': {
        typescript: { project: TSCONFIGS, noWarnOnMultipleProjects: true },
        node: { extensions: ['.ts', '.tsx', '.mjs', '.js'] },
      },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: TSCONFIGS, noWarnOnMultipleProjects: true }),
      ],
      // Without these import-x skips TypeScript files when it follows imports (no-cycle would see nothing).
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'boundaries/elements': ELEMENTS,
      'boundaries/include': ['src/**/*', 'e2e/**/*', 'bench/**/*', 'scripts/**/*'],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          checkAllOrigins: true,
          policies: layerPolicies(),
          message: LAYER_MESSAGE,
        },
      ],
    },
  },
  {
    files: ['src/main/index.ts'],
    rules: {
      'boundaries/dependencies': [
        'error',
        { default: 'disallow', checkAllOrigins: true, policies: ENTRY_POLICIES, message: LAYER_MESSAGE },
      ],
    },
  },
  {
    files: ['src/main/**/*.test.ts', 'src/main/**/testing.ts'],
    rules: {
      'boundaries/dependencies': [
        'error',
        { default: 'disallow', checkAllOrigins: true, policies: MAIN_TEST_POLICIES, message: LAYER_MESSAGE },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: TESTS,
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: TESTING.map((name) => ({ name, message: 'test libraries belong in test files' })) },
      ],
    },
  },
  {
    files: ['src/renderer/features/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    rules: {
      // Features may lean on each other, never in a circle: move the shared piece down instead.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Plain CommonJS that node runs before anything is built (npm start's check for the Electron binary).
    files: ['scripts/**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', process: 'readonly', console: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
