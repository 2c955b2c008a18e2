import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../store/test-support';
import { readWindowState, restoreBounds, windowStateFile, writeWindowState, type Rect } from './window-state';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1050 };
const monitorRight: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('window state', () => {
  it('keeps size, position and maximised across a restart', () => {
    const file = windowStateFile(tempDir());
    expect(readWindowState(file)).toBeNull();
    writeWindowState(file, { x: 2100, y: 80, width: 1600, height: 1000, maximized: true });
    const saved = readWindowState(file);
    expect(saved).toEqual({ x: 2100, y: 80, width: 1600, height: 1000, maximized: true });
    expect(restoreBounds(saved, [laptop, monitorRight])).toEqual(saved);
  });

  it('first start: default size, centred on the primary display', () => {
    expect(restoreBounds(null, [laptop])).toEqual({ x: 240, y: 75, width: 1440, height: 900, maximized: false });
  });

  it('a window left on an unplugged monitor comes back centred on the primary display', () => {
    const saved = { x: 2100, y: 80, width: 1600, height: 1000, maximized: false };
    expect(restoreBounds(saved, [laptop])).toEqual({ x: 160, y: 25, width: 1600, height: 1000, maximized: false });
  });

  it('a title bar above the screen or far off to the left is pulled back', () => {
    expect(restoreBounds({ x: 100, y: -500, width: 1200, height: 800, maximized: false }, [laptop])).toMatchObject({
      x: 360,
      y: 125,
    });
    expect(restoreBounds({ x: -1150, y: 100, width: 1200, height: 800, maximized: false }, [laptop])).toMatchObject({
      x: 360,
    });
  });

  it('partly off screen but reachable: moved fully onto its display, shrunk to fit a smaller one', () => {
    expect(restoreBounds({ x: 1500, y: 300, width: 1200, height: 900, maximized: false }, [laptop])).toEqual({
      x: 720,
      y: 150,
      width: 1200,
      height: 900,
      maximized: false,
    });
    const small: Rect = { x: 0, y: 0, width: 1280, height: 720 };
    expect(restoreBounds({ x: 10, y: 10, width: 1600, height: 1000, maximized: false }, [small])).toEqual({
      x: 0,
      y: 0,
      width: 1280,
      height: 720,
      maximized: false,
    });
  });

  it('a damaged or foreign state file is ignored, and the window opens at its default', () => {
    const dir = tempDir();
    const file = join(dir, 'window-state.json');
    for (const text of [
      '{"x": 1',
      '[]',
      '{"x":"a","y":0,"width":100,"height":100}',
      '{"x":0,"y":0,"width":-5,"height":10}',
    ]) {
      writeFileSync(file, text);
      expect(readWindowState(file), text).toBeNull();
    }
    expect(() => writeWindowState(file, { x: 0.5, y: 0, width: 10, height: 10, maximized: false })).toThrow();
    expect(readFileSync(file, 'utf8')).toContain('"width":-5');
  });
});
