import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, getCurrentFuseWire, type FuseConfig } from '@electron/fuses';

/**
 * Electron's fuses: switches compiled into the executable, flipped once at
 * pack time (afterPack, before signing), so an installed app cannot be turned
 * into a general Node runtime or debugged by whoever starts it.
 */

/** Embedded asar integrity exists on macOS and Windows only; electron-builder writes the hashes there. */
export function supportsAsarIntegrity(platform: string): boolean {
  return platform === 'darwin' || platform === 'mas' || platform === 'win32';
}

export function intendedFuses(platform: string, arch: string): FuseConfig {
  return {
    version: FuseVersion.V1,
    // Flipping changes the binary: on Apple silicon an unsigned binary must carry a fresh ad-hoc signature to start.
    resetAdHocDarwinSignature: platform === 'darwin' && arch === 'arm64',
    // ELECTRON_RUN_AS_NODE would make the app a Node interpreter for any script.
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS (--require …) and --inspect would let anyone inject code into the main process.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: supportsAsarIntegrity(platform),
    // Only the signed archive, never a loose app/ folder placed beside it.
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
  };
}

/** The file that carries the fuse wire, as electron-builder names the packaged executable. */
export function packagedExecutable(
  appOutDir: string,
  platform: string,
  names: { executableName: string; productFilename: string },
): string {
  if (platform === 'darwin' || platform === 'mas') return join(appOutDir, `${names.productFilename}.app`);
  if (platform === 'win32') return join(appOutDir, `${names.productFilename}.exe`);
  return join(appOutDir, names.executableName);
}

export type FuseOutcome = { written: true; config: FuseConfig } | { written: false; reason: string };

const NO_SENTINEL = /Could not find sentinel/;

/**
 * Flips the intended fuses in `executable`. An executable without a fuse wire
 * is refused unless `allowMissingWire` says it is a stand-in (the placeholder
 * Electron CI packs with): then nothing is written and the outcome says so.
 */
export async function applyFuses(
  executable: string,
  platform: string,
  arch: string,
  options: { allowMissingWire: boolean },
): Promise<FuseOutcome> {
  const config = intendedFuses(platform, arch);
  try {
    await flipFuses(executable, config);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (options.allowMissingWire && NO_SENTINEL.test(message)) {
      return { written: false, reason: `${executable} has no fuse wire (placeholder Electron): no fuses written` };
    }
    throw err;
  }
  return { written: true, config };
}

/** The fuse states an executable carries now, by option name ('0' off, '1' on). */
export async function readFuses(executable: string): Promise<Record<string, string>> {
  const wire = await getCurrentFuseWire(executable);
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(wire)) {
    if (key === 'version') continue;
    out[FuseV1Options[Number(key)] ?? key] = String.fromCharCode(value as number);
  }
  return out;
}
