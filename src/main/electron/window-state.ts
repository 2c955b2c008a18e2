import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

/**
 * The main window's size and position, kept across starts in
 * `<user data>/window-state.json`. Plain Node: the Electron side hands in the
 * displays' work areas. A position that no longer lies on any display (a
 * monitor was unplugged, the resolution shrank) is corrected: the window is
 * centred on the primary display and made to fit it.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState extends Rect {
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1440, height: 900 } as const;
export const MIN_SIZE = { width: 1024, height: 680 } as const;
/** How much of the window (its title bar) must lie on a display to count as reachable. */
const GRAB = { width: 120, height: 40 } as const;

const stateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean().default(false),
});

export function windowStateFile(dataDir: string): string {
  return join(dataDir, 'window-state.json');
}

/** The saved state, or null when there is none or it cannot be read (the window then opens at its default). */
export function readWindowState(file: string): WindowState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  const parsed = stateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export function writeWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  // Written beside and renamed, so a crash mid-write never leaves half a file.
  const temp = `${file}.tmp`;
  writeFileSync(temp, JSON.stringify(stateSchema.parse(state)), 'utf8');
  renameSync(temp, file);
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** Where the title bar is: the top strip of the window. */
function titleBar(r: Rect): Rect {
  return { x: r.x, y: r.y, width: r.width, height: Math.min(r.height, GRAB.height) };
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.max(Math.min(size.width, area.width), Math.min(MIN_SIZE.width, area.width));
  const height = Math.max(Math.min(size.height, area.height), Math.min(MIN_SIZE.height, area.height));
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

/**
 * The bounds to open the window with. `workAreas` are the displays' usable
 * areas, the primary one first.
 */
export function restoreBounds(saved: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (!saved) return { ...centred(DEFAULT_SIZE, primary), maximized: false };
  const home = workAreas.find((area) => {
    const o = overlap(titleBar(saved), area);
    return o.width >= Math.min(GRAB.width, saved.width) && o.height >= Math.min(GRAB.height, saved.height) / 2;
  });
  if (!home) return { ...centred(saved, primary), maximized: saved.maximized };
  // On a display, but maybe larger than it now is: shrink to fit and pull inside.
  const width = Math.min(Math.max(saved.width, MIN_SIZE.width), home.width);
  const height = Math.min(Math.max(saved.height, MIN_SIZE.height), home.height);
  const x = Math.min(Math.max(saved.x, home.x), home.x + home.width - width);
  const y = Math.min(Math.max(saved.y, home.y), home.y + home.height - height);
  return { x, y, width, height, maximized: saved.maximized };
}
