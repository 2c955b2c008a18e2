import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLayout, findProjectRoot, missingResources, resourcePaths } from './resources';
import { loadMigrations } from './store/migrate';
import { tempDir } from './store/test-support';

const root = resolve(__dirname, '..', '..');

describe('resource helper', () => {
  it('finds the checkout from the source folder (tests, browser host) and from the bundle folder (npm start)', () => {
    expect(detectLayout(__dirname, undefined)).toEqual({ kind: 'source', root });
    expect(detectLayout(join(root, 'out', 'main'), undefined)).toEqual({ kind: 'source', root });
    // Electron in development sets resourcesPath to its own folder: still the checkout.
    const electronResources = join(root, 'node_modules', 'electron', 'dist', 'resources');
    expect(detectLayout(join(root, 'out', 'main'), electronResources)).toEqual({ kind: 'source', root });
  });

  it('in a checkout, every path exists and the migrations load', () => {
    const paths = resourcePaths({ kind: 'source', root });
    expect(missingResources(paths)).toEqual([]);
    expect(statSync(paths.fonts.regular).size).toBeGreaterThan(100_000);
    expect(paths.icon).toBe(join(root, 'resources', 'icons', '512x512.png'));
    expect(loadMigrations(paths.migrations).map((m) => m.id)[0]).toBe(1);
  });

  it('inside an installed app, resolves beside the archive under process.resourcesPath', () => {
    const resources = join(tempDir(), 'Omnichannel Workbench', 'resources');
    expect(detectLayout(join(resources, 'app.asar', 'out', 'main'), resources)).toEqual({
      kind: 'packaged',
      resourcesPath: resources,
    });
    expect(detectLayout(join(resources, 'app', 'out', 'main'), resources)).toEqual({
      kind: 'packaged',
      resourcesPath: resources,
    });
    const paths = resourcePaths({ kind: 'packaged', resourcesPath: resources });
    expect(paths).toEqual({
      migrations: join(resources, 'migrations'),
      fonts: {
        regular: join(resources, 'fonts', 'DejaVuSans.ttf'),
        bold: join(resources, 'fonts', 'DejaVuSans-Bold.ttf'),
      },
      icon: join(resources, 'icons', '512x512.png'),
    });
    // Nothing there yet: every path is reported missing, none is invented.
    expect(missingResources(paths)).toHaveLength(4);
    mkdirSync(join(resources, 'fonts'), { recursive: true });
    writeFileSync(paths.fonts.regular, '');
    expect(missingResources(paths)).toHaveLength(3);
  });

  it('a folder outside any checkout is refused with a clear message', () => {
    const outside = tempDir();
    expect(existsSync(join(outside, 'package.json'))).toBe(false);
    expect(() => findProjectRoot(outside)).toThrow(
      /cannot find the app's files: no omnichannel-workbench package.json above/,
    );
  });
});
