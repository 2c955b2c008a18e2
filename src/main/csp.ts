/**
 * One Content Security Policy for the desktop window and the browser host:
 * scripts only from the app itself, no eval, no remote connections. Style
 * sheets only from the app (no <style> elements); inline style attributes stay
 * allowed because React and the chart library (recharts) render `style="…"`
 * on elements (e2e/desktop-shell.spec.ts walks the screens and counts violations).
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/**
 * The same policy written into the page itself (a <meta> in the built
 * index.html, see electron.vite.config.ts), so the page is as narrow when it
 * is opened without the header. A <meta> cannot carry frame-ancestors (the
 * browser ignores it there, with a warning); the header does.
 */
export const PAGE_META_POLICY = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');

/**
 * The development server's page (`electron-vite dev`) only: Vite puts CSS in
 * <style> elements and talks to the page over a WebSocket for hot reload.
 */
export const DEV_PAGE_META_POLICY = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors'))
  .map((d) => (d === "style-src 'self'" ? "style-src 'self' 'unsafe-inline'" : d))
  .map((d) => (d === "connect-src 'self'" ? "connect-src 'self' ws://localhost:*" : d))
  .join('; ');
