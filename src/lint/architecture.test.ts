import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The architecture rules of eslint.config.mjs, each shown failing on a small
 * file that breaks it (and passing on its lawful twin), linted in memory under
 * the path it would have in the repository.
 */

const root = join(__dirname, '..', '..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The rules that fire on `code` as if it were the file at `path`. */
async function broken(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return result!.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

const uses = (specifier: string) => `import * as used from '${specifier}';\nexport const kept = used;\n`;
const LAYER = 'boundaries/dependencies';

describe('layers import only what their allow-lists name', { timeout: 180_000 }, () => {
  it.each([
    ['src/renderer/features/export/x.ts', 'pdfkit'],
    ['src/renderer/features/export/x.ts', 'pg'],
    ['src/renderer/stores/x.ts', 'sqlite3'],
    ['src/renderer/stores/x.ts', 'node:fs'],
    ['src/renderer/app/x.ts', 'electron'],
    ['src/renderer/app/x.ts', '../../main/service/service'],
    ['src/renderer/app/x.ts', '../../server/app'],
    ['src/shared/x.ts', 'zustand'],
    ['src/shared/x.ts', 'i18next'],
    ['src/shared/x.ts', 'react'],
    ['src/shared/x.ts', 'electron'],
    ['src/shared/x.ts', 'node:path'],
    ['src/shared/x.ts', '../renderer/stores/data-store'],
    ['src/main/service/x.ts', 'electron'],
    ['src/main/service/x.ts', 'react'],
    ['src/main/service/x.ts', '../../renderer/stores/data-store'],
    ['src/main/service/x.ts', '../../server/app'],
    ['src/main/service/x.ts', '../electron/app-id'],
    ['src/preload/x.ts', 'node:fs'],
    ['src/preload/x.ts', '../main/service/service'],
    ['src/server/x.ts', '../main/service/service'],
    ['src/server/x.ts', 'sqlite3'],
  ])('%s may not import %s', async (path, specifier) => {
    expect((await broken(path, uses(specifier))).some((m) => m.startsWith(LAYER))).toBe(true);
  });

  it.each([
    ['src/renderer/features/export/x.ts', 'react'],
    ['src/renderer/stores/x.ts', 'zustand/vanilla'],
    ['src/renderer/app/x.ts', '../../shared/contract'],
    ['src/shared/x.ts', 'zod'],
    ['src/main/service/x.ts', 'sqlite3'],
    ['src/main/service/x.ts', 'node:fs'],
    ['src/main/electron/x.ts', 'electron'],
    ['src/main/index.ts', 'electron'],
    ['src/main/index.ts', './electron/app-id'],
    ['src/main/sync/x.test.ts', '../../server/app'],
    ['src/preload/x.ts', 'electron'],
    ['src/server/x.ts', 'pg'],
    ['src/server/x.ts', '../shared/contract'],
  ])('%s may import %s', async (path, specifier) => {
    expect(await broken(path, uses(specifier))).toEqual([]);
  });

  it('keeps test libraries in test files', async () => {
    expect(await broken('src/shared/x.ts', uses('vitest'))).toContainEqual(
      expect.stringMatching(/^no-restricted-imports/),
    );
    expect(await broken('src/shared/x.test.ts', uses('vitest'))).toEqual([]);
  });
});

describe('renderer features lean on each other only downwards', { timeout: 180_000 }, () => {
  it('refuses an import the feature graph does not allow (export is below coverage)', async () => {
    expect(await broken('src/renderer/features/export/x.ts', uses('../coverage/names'))).toContainEqual(
      expect.stringMatching(new RegExp(`^${LAYER}`)),
    );
    expect(await broken('src/renderer/features/coverage/x.ts', uses('../export/paint'))).toEqual([]);
  });

  it('refuses a circle of modules inside a feature', async () => {
    // MessagesPage imports WriteView; WriteView importing the page back closes a circle.
    const messages = await broken('src/renderer/features/messages/WriteView.tsx', uses('./MessagesPage'));
    expect(messages).toContainEqual(expect.stringMatching(/^import-x\/no-cycle/));
  });

  it('finds a cycle in a declared feature graph, and the declared one has none', async () => {
    const config = (await import(pathToFileURL(join(root, 'eslint.config.mjs')).href)) as {
      FEATURES: Record<string, string[]>;
      findCycle(graph: Record<string, string[]>): string[] | null;
    };
    expect(config.findCycle(config.FEATURES)).toBeNull();
    expect(config.findCycle({ ...config.FEATURES, export: ['coverage'] })).toEqual(['coverage', 'export', 'coverage']);
    expect(config.findCycle({ a: ['b'], b: ['c'], c: [] })).toBeNull();
  });
});
