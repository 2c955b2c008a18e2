import { pathToFileURL } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_LINKS } from '../../shared/contract';
import { tempDir } from '../store/test-support';
import { createErrorLog, logsDir } from './error-log';
import { isAppLink } from './external-links';
import { devRendererUrl, ownPage, permissionAllowed } from './permissions';

describe('links to the browser', () => {
  it('opens only the http(s) links the app shows', () => {
    expect(isAppLink(APP_LINKS[0])).toBe(true);
    for (const url of [
      'https://evil.example/',
      'https://dejavu-fonts.github.io/License.html.evil.example/',
      'https://user@dejavu-fonts.github.io/License.html',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'http://127.0.0.1:5199/api/workspaces.create',
      'not a url',
    ]) {
      expect(isAppLink(url), url).toBe(false);
    }
  });
});

describe('own page, permissions and the dev URL', () => {
  const page = pathToFileURL('/opt/app/resources/app.asar/out/renderer/index.html').href;

  it('knows its own page and nothing else', () => {
    const own = ownPage(page);
    expect(own(page)).toBe(true);
    expect(own(`${page}#/settings`)).toBe(true);
    expect(own(pathToFileURL('/tmp/evil/index.html').href)).toBe(false);
    expect(own('https://example.org/')).toBe(false);
    const dev = ownPage('http://localhost:5173/');
    expect(dev('http://localhost:5173/index.html')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
  });

  it('grants full screen and clipboard writing to the own page only; refuses everything else', () => {
    expect(permissionAllowed('fullscreen', true)).toBe(true);
    expect(permissionAllowed('clipboard-sanitized-write', true)).toBe(true);
    expect(permissionAllowed('fullscreen', false)).toBe(false);
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'hid', 'usb']) {
      expect(permissionAllowed(p, true), p).toBe(false);
    }
  });

  it('loads the dev server only when not packaged, and only from this machine', () => {
    expect(devRendererUrl(false, 'http://localhost:5173')).toBe('http://localhost:5173/');
    expect(devRendererUrl(true, 'http://localhost:5173')).toBeNull();
    expect(devRendererUrl(false, 'https://evil.example/')).toBeNull();
    expect(devRendererUrl(false, 'file:///tmp/x.html')).toBeNull();
    expect(devRendererUrl(false, undefined)).toBeNull();
  });
});

describe('error log', () => {
  it('writes unexpected errors with time and stack into logs/main.log and rolls over at its size limit', () => {
    const dataDir = tempDir();
    const log = createErrorLog(dataDir, { maxBytes: 400, now: () => new Date('2026-12-01T09:00:00Z') });
    expect(log.file).toBe(join(logsDir(dataDir), 'main.log'));
    log.write('uncaughtException', new TypeError('Cannot read properties of undefined'));
    const first = readFileSync(log.file, 'utf8');
    expect(first).toMatch(/^2026-12-01T09:00:00.000Z \[uncaughtException\] TypeError: Cannot read properties/);
    expect(first).toContain('    at ');
    for (let i = 0; i < 5; i++) log.write('unhandledRejection', `reason ${i}`);
    expect(readFileSync(`${log.file}.1`, 'utf8').length).toBeGreaterThan(0);
    expect(readFileSync(log.file, 'utf8')).toContain('reason 4');
  });

  it('never throws, even when the log folder cannot be made', () => {
    const dataDir = tempDir();
    const blocker = join(dataDir, 'logs');
    // A file where the folder should be.
    writeFileSync(blocker, 'x');
    expect(() => createErrorLog(dataDir).write('x', new Error('y'))).not.toThrow();
  });
});
