import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Arch, build, Platform } from 'electron-builder';
import { writePlaceholderElectron } from './placeholder-electron';

/**
 * `npm run test:pack` (first half): packs the `dir` target for Linux x64 with
 * the placeholder Electron, into dist/linux-unpacked. The layout test
 * (scripts/packaging/packaged-layout.pack.ts) then reads what came out.
 */
async function main(): Promise<void> {
  const root = resolve(__dirname, '..', '..');
  const dist = join(root, 'dist');
  rmSync(dist, { recursive: true, force: true });
  const electronDist = writePlaceholderElectron(join(root, 'node_modules', '.cache', 'placeholder-electron'), {
    fuseWire: process.argv.includes('--no-fuse-wire') ? false : true,
  });
  process.env.WORKBENCH_PLACEHOLDER_ELECTRON = '1';
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    config: { electronDist: join(electronDist, '..') },
    publish: 'never',
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`packing failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
