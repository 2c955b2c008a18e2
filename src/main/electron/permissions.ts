import { fileURLToPath } from 'node:url';

/**
 * What the page may ask Chromium for. Only our own page, and only what the
 * app uses: full screen (presentation, workshop board) and writing to the
 * clipboard (Mermaid text, invitation codes). Camera, microphone, location,
 * notifications and the rest are refused, both when asked for
 * (request handler) and when merely checked (check handler).
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['fullscreen', 'clipboard-sanitized-write']);

/**
 * Whether `url` is the app's own page: the bundled index.html (any hash or
 * query), or in development the dev server's origin.
 */
export function ownPage(appUrl: string): (url: string) => boolean {
  const app = new URL(appUrl);
  return (url: string) => {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return false;
    }
    if (app.protocol === 'file:') return u.protocol === 'file:' && fileURLToPath(u) === fileURLToPath(app);
    return u.origin === app.origin;
  };
}

export function permissionAllowed(permission: string, fromOwnPage: boolean): boolean {
  return fromOwnPage && ALLOWED_PERMISSIONS.has(permission);
}

/**
 * The development server's URL (electron-vite sets ELECTRON_RENDERER_URL), used
 * only in an unpackaged app and only on this machine: a packaged app never
 * loads its page from anywhere but its own archive.
 */
export function devRendererUrl(packaged: boolean, value: string | undefined): string | null {
  if (packaged || !value) return null;
  try {
    const u = new URL(value);
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
    return (u.protocol === 'http:' || u.protocol === 'https:') && local ? u.href : null;
  } catch {
    return null;
  }
}
