import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A stand-in for Electron's distribution folder, for packing where the real
 * binary cannot be downloaded (CI here): electron-builder copies it as the
 * app's executable (`-c.electronDist=<folder>`), which is all the `dir` target
 * needs to lay out resources/app.asar.
 *
 * It is a shell script that refuses to run. With `fuseWire` it also carries an
 * imitation of Electron's fuse wire (the sentinel @electron/fuses looks for,
 * wire version 1, one byte per fuse with Electron's defaults), so the pack test
 * can read back what the afterPack hook wrote into the packaged executable.
 * Nothing here is a real Electron: fuses on a real binary are untested here.
 */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's defaults: run as node on, cookie encryption off, NODE_OPTIONS on, inspect on, integrity off, asar-only off, V8 snapshot off, file protocol privileges on, wasm trap handlers on. */
const DEFAULT_WIRE = '101100011';

export function writePlaceholderElectron(dir: string, options: { fuseWire: boolean }): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const script = Buffer.from(
    '#!/bin/sh\necho "placeholder Electron (packing test only): this is not a runnable app" >&2\nexit 1\n',
  );
  const wire = options.fuseWire
    ? Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, DEFAULT_WIRE.length]), Buffer.from(DEFAULT_WIRE)])
    : Buffer.alloc(0);
  const file = join(dir, 'electron');
  writeFileSync(file, Buffer.concat([script, wire]));
  chmodSync(file, 0o755);
  return file;
}
