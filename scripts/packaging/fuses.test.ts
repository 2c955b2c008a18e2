import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../src/main/store/test-support';
import { applyFuses, intendedFuses, packagedExecutable, readFuses } from './fuses';
import { FUSE_SENTINEL, writePlaceholderElectron } from './placeholder-electron';

describe('fuses', () => {
  it('the intended set: no run-as-node, no NODE_OPTIONS or --inspect, cookie encryption, asar only', () => {
    for (const platform of ['linux', 'win32', 'darwin']) {
      const config = intendedFuses(platform, 'x64');
      expect(config[FuseV1Options.RunAsNode]).toBe(false);
      expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
      expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
      expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
      expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    }
    // Asar integrity where Electron checks it (electron-builder embeds the hashes there).
    expect(intendedFuses('win32', 'x64')[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(intendedFuses('darwin', 'arm64')[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(intendedFuses('linux', 'x64')[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(false);
    expect(intendedFuses('darwin', 'arm64').resetAdHocDarwinSignature).toBe(true);
    expect(intendedFuses('darwin', 'x64').resetAdHocDarwinSignature).toBe(false);
  });

  it('names the executable as electron-builder lays it out', () => {
    const names = { executableName: 'omnichannel-workbench', productFilename: 'Omnichannel Workbench' };
    expect(packagedExecutable('/o', 'linux', names)).toBe('/o/omnichannel-workbench');
    expect(packagedExecutable('/o', 'win32', names)).toBe('/o/Omnichannel Workbench.exe');
    expect(packagedExecutable('/o', 'darwin', names)).toBe('/o/Omnichannel Workbench.app');
  });

  it('writes the set into an executable that carries a fuse wire, and reads it back', async () => {
    const exe = writePlaceholderElectron(join(tempDir(), 'electron-dist'), { fuseWire: true });
    expect(readFileSync(exe).includes(Buffer.from(FUSE_SENTINEL))).toBe(true);
    expect(await readFuses(exe)).toMatchObject({ RunAsNode: '1', EnableCookieEncryption: '0' });
    const outcome = await applyFuses(exe, 'win32', 'x64', { allowMissingWire: false });
    expect(outcome.written).toBe(true);
    expect(await readFuses(exe)).toEqual({
      RunAsNode: '0',
      EnableCookieEncryption: '1',
      EnableNodeOptionsEnvironmentVariable: '0',
      EnableNodeCliInspectArguments: '0',
      EnableEmbeddedAsarIntegrityValidation: '1',
      OnlyLoadAppFromAsar: '1',
      // Not ours to change: left as Electron ships them.
      LoadBrowserProcessSpecificV8Snapshot: '0',
      GrantFileProtocolExtraPrivileges: '1',
      WasmTrapHandlers: '1',
    });
  });

  it('an executable without a fuse wire fails the pack, unless it is declared a placeholder (then: nothing written, said so)', async () => {
    const exe = writePlaceholderElectron(join(tempDir(), 'electron-dist'), { fuseWire: false });
    const before = readFileSync(exe);
    await expect(applyFuses(exe, 'linux', 'x64', { allowMissingWire: false })).rejects.toThrow(/sentinel/);
    const outcome = await applyFuses(exe, 'linux', 'x64', { allowMissingWire: true });
    expect(outcome).toEqual({
      written: false,
      reason: expect.stringMatching(/no fuse wire \(placeholder Electron\): no fuses written/),
    });
    expect(readFileSync(exe)).toEqual(before);
  });
});
