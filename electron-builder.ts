import { Arch, type Configuration } from 'electron-builder';
import { APP_ID } from './src/main/electron/app-id';
import { applyFuses, packagedExecutable } from './scripts/packaging/fuses';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Installers for Linux (AppImage, deb), Windows (NSIS) and macOS (dmg, x64 and
 * arm64). `npm run dist` builds what this OS can build, `npm run dist:dir` the
 * unpacked app only. README › "Installers, data and logs" says what each OS needs.
 */
const EXECUTABLE = 'omnichannel-workbench';
/** Set by the pack test, which packs with a placeholder Electron that has no real fuse wire to flip. */
const PLACEHOLDER = process.env.WORKBENCH_PLACEHOLDER_ELECTRON === '1';

const config: Configuration = {
  appId: APP_ID,
  productName: 'Omnichannel Workbench',
  executableName: EXECUTABLE,
  copyright: 'Copyright © Omnichannel Workbench',
  directories: { output: 'dist', buildResources: 'resources' },
  // Only the built bundles and the manifest; production dependencies are added by electron-builder.
  files: [
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    'package.json',
    '!**/*.map',
    '!**/*.{test,spec}.{js,cjs,mjs,ts,tsx}',
    '!node_modules/**/{test,tests,__tests__,__mocks__}/**',
    // Type definitions are for the compiler; some packages list them as (optional) dependencies.
    '!node_modules/@types/**',
    // The sync server's database drivers ship with the server, not the desktop app.
    '!node_modules/@electric-sql/**',
    '!node_modules/pg{,-*}/**',
    // sqlite3 needs its lib/ and the compiled .node file at run time; sources and build leftovers stay behind.
    '!node_modules/sqlite3/{deps,src,node-addon-api,tools}/**',
    '!node_modules/sqlite3/build/{deps,Release/obj,Release/obj.target,Release/.deps,Release/node-addon-api}/**',
    '!node_modules/sqlite3/build/Release/*.a',
    '!node_modules/{node-gyp,prebuild-install}/**',
  ],
  // Read at run time through src/main/resources.ts (PACKAGED names), outside the archive.
  extraResources: [
    { from: 'src/main/store/migrations', to: 'migrations', filter: ['*.sql'] },
    {
      from: 'node_modules/dejavu-fonts-ttf/ttf',
      to: 'fonts',
      filter: ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'],
    },
    { from: 'node_modules/dejavu-fonts-ttf/LICENSE', to: 'fonts/LICENSE' },
    { from: 'resources/icons/512x512.png', to: 'icons/512x512.png' },
  ],
  asar: true,
  // A native module cannot be loaded from inside an archive.
  asarUnpack: ['node_modules/sqlite3/build/Release/*.node'],
  // sqlite3 6 is an N-API module: its one binary loads in Node and in Electron alike, whatever their
  // ABI versions, so nothing is rebuilt against Electron's headers at pack time (and no compiler is needed).
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  // Double-click opens the app and starts the import with its checks (see README on Windows/macOS).
  fileAssociations: [
    {
      ext: 'owb.json',
      name: 'OmnichannelWorkbenchWorkspace',
      description: 'Omnichannel Workbench workspace',
      mimeType: 'application/vnd.omnichannel-workbench.workspace+json',
      role: 'Editor',
    },
  ],
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'resources/icons',
    synopsis: 'Customer journeys, channel messages and coverage for marketing teams',
    maintainer: 'Omnichannel Workbench <workbench@example.invalid>',
    executableArgs: [],
  },
  deb: { priority: 'optional' },
  win: {
    target: [{ target: 'nsis', arch: ['x64', 'arm64'] }],
    icon: 'resources/icon.ico',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    installerLanguages: ['de_DE', 'en_US'],
    multiLanguageInstaller: true,
    deleteAppDataOnUninstall: false,
  },
  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    category: 'public.app-category.business',
    icon: 'resources/icon.icns',
    hardenedRuntime: true,
  },
  // No update feed: see README › "Updates".
  publish: null,
  async afterPack(context) {
    const platform = context.electronPlatformName;
    const arch = Arch[context.arch];
    const executable = packagedExecutable(context.appOutDir, platform, {
      executableName: EXECUTABLE,
      productFilename: context.packager.appInfo.productFilename,
    });
    const outcome = await applyFuses(executable, platform, arch, { allowMissingWire: PLACEHOLDER });
    // Beside the unpacked app, not inside it: what the hook did, for the pack test and the build log.
    writeFileSync(join(context.outDir, `fuses-${platform}-${arch}.json`), JSON.stringify(outcome, null, 2));
    console.log(outcome.written ? `  • fuses flipped in ${executable}` : `  • ${outcome.reason}`);
  },
};

export default config;
