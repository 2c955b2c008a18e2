import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative } from 'node:path';

/**
 * Where the files the app reads at run time live (migrations, PDF fonts, the
 * window icon). One answer for every way the app runs:
 *
 * - `source`: a checkout — `npm start`/`npm run dev` (bundle in out/main), the
 *   browser host and the tests (tsx from src/). Files come from where they are
 *   kept: migrations from src/main/store/migrations, the fonts from the
 *   dejavu-fonts-ttf package, the icon from resources/.
 * - `packaged`: an installed app. electron-builder copies the same files next
 *   to app.asar as extraResources (electron-builder.ts), so they are plain
 *   files on disk under `process.resourcesPath`, outside the archive.
 *
 * The packaged names below and the extraResources in electron-builder.ts must
 * agree; `npm run test:pack` checks every path against a real packed layout.
 */

export type ResourceLayout = { kind: 'source'; root: string } | { kind: 'packaged'; resourcesPath: string };

export interface ResourcePaths {
  /** Folder of numbered .sql migrations of the local store. */
  migrations: string;
  /** DejaVu Sans, embedded in exported PDFs. */
  fonts: { regular: string; bold: string };
  /** The app icon as PNG (window icon on Linux; the OS packages carry their own formats). */
  icon: string;
}

/** Folder names inside process.resourcesPath of a packaged app. */
export const PACKAGED = {
  migrations: 'migrations',
  fonts: 'fonts',
  icons: 'icons',
} as const;

export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;
export const ICON_FILE = '512x512.png';
const PACKAGE_NAME = 'omnichannel-workbench';

export function resourcePaths(layout: ResourceLayout): ResourcePaths {
  if (layout.kind === 'packaged') {
    const at = (...parts: string[]) => join(layout.resourcesPath, ...parts);
    return {
      migrations: at(PACKAGED.migrations),
      fonts: { regular: at(PACKAGED.fonts, FONT_FILES.regular), bold: at(PACKAGED.fonts, FONT_FILES.bold) },
      icon: at(PACKAGED.icons, ICON_FILE),
    };
  }
  const { root } = layout;
  // Resolved like a require from the project, so a hoisted or nested install both work.
  const fontDir = join(
    dirname(createRequire(join(root, 'package.json')).resolve('dejavu-fonts-ttf/package.json')),
    'ttf',
  );
  return {
    migrations: join(root, 'src', 'main', 'store', 'migrations'),
    fonts: { regular: join(fontDir, FONT_FILES.regular), bold: join(fontDir, FONT_FILES.bold) },
    icon: join(root, 'resources', 'icons', ICON_FILE),
  };
}

function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * The layout this code runs in. `from` is the running file's folder; Electron
 * sets `process.resourcesPath` (also in development, where it points into the
 * electron package), so "packaged" means: this code sits inside the app
 * archive (or unpacked app folder) under that path.
 */
export function detectLayout(
  from: string = __dirname,
  resourcesPath: string | undefined = (process as { resourcesPath?: string }).resourcesPath,
): ResourceLayout {
  if (resourcesPath) {
    for (const app of ['app.asar', 'app']) {
      if (isInside(join(resourcesPath, app), from)) return { kind: 'packaged', resourcesPath };
    }
  }
  return { kind: 'source', root: findProjectRoot(from) };
}

/** The nearest folder upwards that holds this project's package.json. */
export function findProjectRoot(from: string): string {
  let dir = from;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME) return dir;
      } catch {
        // Not ours (or unreadable): keep looking upwards.
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the app's files: no ${PACKAGE_NAME} package.json above ${from}`);
    dir = up;
  }
}

/** The resources of the running app. */
export function appResources(from: string = __dirname): ResourcePaths {
  return resourcePaths(detectLayout(from));
}

/** The files among `paths` that are not on disk (empty when the layout is complete). */
export function missingResources(paths: ResourcePaths): string[] {
  return [paths.migrations, paths.fonts.regular, paths.fonts.bold, paths.icon].filter((p) => !existsSync(p));
}
