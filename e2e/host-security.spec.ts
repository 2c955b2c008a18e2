import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from './host-fixture';
import { ready } from './workbench';

/**
 * Another page on this machine (another port of 127.0.0.1, so the same site
 * and the user's cookie goes along) tries to create a workspace in the
 * browser host — with a no-cors fetch and a text/plain form — and requests a
 * malformed URL as an image. Nothing is created and the host keeps serving.
 */

function attackerPage(target: string): string {
  return `<!doctype html><meta charset="utf-8"><title>Cheap flights</title>
<iframe name="sink" style="display:none"></iframe>
<form id="form" method="POST" action="${target}/api/workspaces.create" enctype="text/plain" target="sink">
  <input name='{"name":"Forged by form","language":"en","x":"' value='"}'>
</form>
<img src="${target}/%E0%A4%A" alt="">
<img src="${target}/assets/%E0%A4.js" alt="">
<script>
  fetch('${target}/api/workspaces.create', {
    method: 'POST', mode: 'no-cors', credentials: 'include',
    body: JSON.stringify({ name: 'Forged by fetch', language: 'en' }),
  }).finally(() => { document.getElementById('form').submit(); document.title = 'sent'; });
</script>`;
}

test('a page on another port cannot create a workspace with the user’s cookie, nor stop the host', async ({
  page,
  host,
}) => {
  await host.open(page);
  await ready(page);
  const before = await host.current.service.handlers['workspaces.list']({});
  const target = host.current.url.replace(/\/$/, '');

  let evil: Server | null = null;
  try {
    evil = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(attackerPage(target));
    });
    await new Promise<void>((resolve) => evil!.listen(0, '127.0.0.1', () => resolve()));
    const evilUrl = `http://127.0.0.1:${(evil.address() as AddressInfo).port}/`;

    // What became of each forged request: its status, or why the browser dropped it.
    const outcome: [string, string][] = [];
    const watched = (url: string) =>
      url.startsWith(target) && (url.endsWith('/api/workspaces.create') || url.includes('%E0'));
    page.on('response', (r) => {
      if (watched(r.url())) outcome.push([`${r.request().method()} ${r.url()}`, String(r.status())]);
    });
    page.on('requestfailed', (r) => {
      if (watched(r.url())) outcome.push([`${r.method()} ${r.url()}`, r.failure()?.errorText ?? 'failed']);
    });
    const formPosted = page.waitForRequest(
      (r) => r.url().endsWith('/api/workspaces.create') && r.frame() !== page.mainFrame(),
    );
    await page.goto(evilUrl);
    await expect(page).toHaveTitle('sent');
    await formPosted;
    // Both forged calls (fetch and form) are answered 403; the malformed images are answered too (the
    // browser then drops the error text as an image). No reset connection, no server error.
    const refusedCalls = () => outcome.filter(([r, result]) => r.startsWith('POST') && result === '403').length;
    await expect.poll(refusedCalls, { timeout: 10_000 }).toBe(2);
    await expect.poll(() => outcome.filter(([r]) => r.includes('%E0')).length, { timeout: 10_000 }).toBe(2);
    for (const [request, result] of outcome)
      expect(result, request).toMatch(/^(4\d\d|net::ERR_BLOCKED_BY_ORB|net::ERR_ABORTED)$/);

    expect(await host.current.service.handlers['workspaces.list']({})).toEqual(before);
    // The host still serves the app to its own page.
    await host.open(page);
    await ready(page);
  } finally {
    await new Promise<void>((resolve) => (evil ? evil.close(() => resolve()) : resolve()));
  }
});
