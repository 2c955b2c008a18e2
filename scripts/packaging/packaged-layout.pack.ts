import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { describe, expect, it } from 'vitest';
import { detectLayout, resourcePaths } from '../../src/main/resources';
import { loadMigrations } from '../../src/main/store/migrate';
import { intendedFuses, readFuses } from './fuses';

/**
 * What `electron-builder --dir` produced with the placeholder Electron
 * (scripts/packaging/pack-placeholder.ts): the archive, the files beside it,
 * and the resource helper resolving every path against that layout.
 */
const root = resolve(__dirname, '..', '..');
const appOut = join(root, 'dist', 'linux-unpacked');
const resources = join(appOut, 'resources');
const archive = join(resources, 'app.asar');

type Manifest = {
  name: string;
  main?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
};

const packed = existsSync(archive) ? listPackage(archive, { isPack: false }).map((p) => p.replace(/\\/g, '/')) : [];
const inArchive = (path: string) => packed.includes(`/${path}`);
const text = (path: string) => extractFile(archive, path).toString('utf8');
const project = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;

/** Top-level package names under node_modules/ in the archive. */
function packedPackages(): Set<string> {
  const names = new Set<string>();
  for (const p of packed) {
    const parts = p.split('/');
    if (parts[1] !== 'node_modules' || parts.length < 4) continue;
    names.add(parts[2]!.startsWith('@') ? `${parts[2]}/${parts[3]}` : parts[2]!);
  }
  return names;
}

/** The folder Node would load `name` from when required inside `from` (nested copies first). */
function installedAt(name: string, from: string): string | null {
  for (let dir = from; dir.startsWith(root); dir = resolve(dir, '..')) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root) break;
  }
  return null;
}

/** Every package reachable from the project's production dependencies (as installed, nested copies included). */
function productionClosure(): Set<string> {
  const seen = new Set<string>();
  const visited = new Set<string>();
  const queue = Object.keys(project.dependencies ?? {}).map((name) => ({ name, from: root }));
  while (queue.length > 0) {
    const { name, from } = queue.pop()!;
    const dir = installedAt(name, from);
    if (dir === null || visited.has(dir)) continue;
    visited.add(dir);
    seen.add(name);
    const m = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest & {
      peerDependencies?: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
    };
    // Optional peers (typescript, @types/…) are what a consumer may add, not what the package needs.
    const peers = Object.keys(m.peerDependencies ?? {}).filter((p) => !m.peerDependenciesMeta?.[p]?.optional);
    for (const next of [...Object.keys({ ...m.dependencies, ...m.optionalDependencies }), ...peers])
      queue.push({ name: next, from: dir });
  }
  return seen;
}

describe('packed app (dist/linux-unpacked, placeholder Electron)', () => {
  it('has the executable and the archive', () => {
    expect(existsSync(archive), `${archive} missing: did scripts/packaging/pack-placeholder.ts run?`).toBe(true);
    expect(statSync(join(appOut, 'omnichannel-workbench')).mode & 0o111).not.toBe(0);
  });

  it('holds package.json whose main is the main bundle, the preload and the renderer', () => {
    const manifest = JSON.parse(text('package.json')) as Manifest;
    expect(manifest.name).toBe('omnichannel-workbench');
    expect(manifest.main).toBe('./out/main/index.js');
    expect(inArchive('out/main/index.js')).toBe(true);
    expect(inArchive('out/preload/index.js')).toBe(true);
    const html = text('out/renderer/index.html');
    const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) expect(inArchive(`out/renderer/${asset}`), asset).toBe(true);
  });

  it('carries every package the main bundle requires', () => {
    // The main bundle is split into chunks and loads pdfkit lazily (import()): every packed script counts.
    const scripts = packed.filter((p) => p.startsWith('/out/main/') && p.endsWith('.js')).map((p) => p.slice(1));
    expect(scripts).toContain('out/main/index.js');
    const required = scripts.flatMap((s) =>
      [...text(s).matchAll(/(?:require|import)\("([^"]+)"\)/g)].map((m) => m[1]!),
    );
    const external = [
      ...new Set(
        required.filter(
          (r) => r !== 'electron' && !r.startsWith('.') && !r.startsWith('node:') && !builtinModules.includes(r),
        ),
      ),
    ];
    expect(external).toEqual(expect.arrayContaining(['sqlite3', 'pdfkit']));
    const packages = packedPackages();
    for (const r of external)
      expect(packages.has(r.startsWith('@') ? r.split('/').slice(0, 2).join('/') : r.split('/')[0]!), r).toBe(true);
  });

  it('unpacks the sqlite3 native module next to the archive', () => {
    const node = 'node_modules/sqlite3/build/Release/node_sqlite3.node';
    expect(inArchive(node)).toBe(true);
    expect((statFile(archive, node) as { unpacked?: boolean }).unpacked).toBe(true);
    expect(statSync(join(resources, 'app.asar.unpacked', node)).size).toBeGreaterThan(100_000);
    // Sources and build leftovers of sqlite3 stay behind.
    expect(packed.some((p) => p.startsWith('/node_modules/sqlite3/deps/'))).toBe(false);
    expect(existsSync(join(resources, 'app.asar.unpacked', 'node_modules', 'sqlite3', 'build', 'Release', 'obj'))).toBe(
      false,
    );
  });

  it('packs no development dependency, no source and no test file', () => {
    const packages = packedPackages();
    const production = productionClosure();
    const devOnly = Object.keys(project.devDependencies ?? {}).filter((d) => !production.has(d));
    expect(devOnly).toEqual(
      expect.arrayContaining(['electron', 'electron-builder', 'vitest', 'typescript', 'dejavu-fonts-ttf']),
    );
    expect(devOnly.filter((d) => packages.has(d))).toEqual([]);
    expect([...packages].filter((p) => !production.has(p))).toEqual([]);
    expect(packed.filter((p) => /^\/(src|e2e|bench|scripts|resources|docs)\//.test(p))).toEqual([]);
    expect(packed.filter((p) => /\.(test|spec)\.[cm]?[jt]sx?$|\/(test|tests|__tests__)\//.test(p))).toEqual([]);
    expect(packed.filter((p) => p.endsWith('.map'))).toEqual([]);
  });

  it('puts migrations, fonts and icon beside the archive, where the resource helper finds them', () => {
    const layout = detectLayout(join(archive, 'out', 'main'), resources);
    expect(layout).toEqual({ kind: 'packaged', resourcesPath: resources });
    const paths = resourcePaths(layout);
    for (const file of [paths.fonts.regular, paths.fonts.bold, paths.icon]) {
      expect(statSync(file).isFile(), file).toBe(true);
    }
    expect(readFileSync(paths.fonts.regular).subarray(0, 4)).toEqual(Buffer.from([0, 1, 0, 0]));
    expect(readFileSync(paths.icon).subarray(1, 4).toString()).toBe('PNG');
    const shipped = loadMigrations(paths.migrations).map((m) => [m.id, m.name]);
    const source = loadMigrations(join(root, 'src', 'main', 'store', 'migrations')).map((m) => [m.id, m.name]);
    expect(shipped).toEqual(source);
    expect(readdirSync(paths.migrations).every((f) => f.endsWith('.sql'))).toBe(true);
  });

  it('ran the fuse hook on the packaged executable with the intended set', async () => {
    const report = JSON.parse(readFileSync(join(root, 'dist', 'fuses-linux-x64.json'), 'utf8')) as {
      written: boolean;
      config?: unknown;
    };
    expect(report.written).toBe(true);
    expect(report.config).toEqual(JSON.parse(JSON.stringify(intendedFuses('linux', 'x64'))));
    // The placeholder carries an imitation fuse wire (see placeholder-electron.ts): read back what was flipped.
    expect(await readFuses(join(appOut, 'omnichannel-workbench'))).toMatchObject({
      RunAsNode: '0',
      EnableCookieEncryption: '1',
      EnableNodeOptionsEnvironmentVariable: '0',
      EnableNodeCliInspectArguments: '0',
      EnableEmbeddedAsarIntegrityValidation: '0',
      OnlyLoadAppFromAsar: '1',
    });
  });
});
