/**
 * One Content Security Policy for the desktop window and the browser host:
 * scripts only from the app itself, no eval, no remote connections. Style
 * sheets only from the app (no <style> elements); inline style attributes stay
 * allowed because React and the chart library (recharts) render `style="…"`
 * on elements (e2e/desktop-shell.spec.ts walks the screens and counts violations).
 */
export const CONTENT_SECURITY_POLICY = [
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
].join('; ');
