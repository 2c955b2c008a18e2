import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Browser, type BrowserContextOptions, type Locator, type Page } from '@playwright/test';
import { openPglite } from '../src/server/sql-pglite';
import { startSyncServer, type SyncServer } from '../src/server/app';
import type { Sql } from '../src/server/sql';
import { startHost } from './host-fixture';
import { ready } from './workbench';

// Cheap password hashing and no rate limits, as the server's own tests use (testing.ts is not
// importable here: it needs Node's stream types, the e2e build has the DOM's).
const FAST = {
  passwordCost: { N: 2 ** 10, r: 8, p: 1 },
  rateLimit: { burst: 10_000, perSecond: 10_000 },
  anonymousRateLimit: { burst: 10_000, perSecond: 10_000 },
};

/** A sync server on PGlite in a folder of its own; stop and start it again on the same port and data. */
export interface ServerControl {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startServer(): Promise<ServerControl> {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-sync-e2e-'));
  let sql: Sql | null = await openPglite(dir);
  let server: SyncServer | null = await startSyncServer({ ...FAST, sql, host: '127.0.0.1', port: 0 });
  const port = server.port;
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await server?.close();
      await sql?.close();
      server = null;
      sql = null;
    },
    async start() {
      sql = await openPglite(dir);
      server = await startSyncServer({ ...FAST, sql, host: '127.0.0.1', port });
    },
  };
}

export function syncButton(page: Page): Locator {
  return page.getByRole('button', { name: /^Sync status:/ });
}

export async function openServerTab(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('tab', { name: 'Server' }).click();
  await expect(page.getByRole('heading', { name: 'Sync server' })).toBeVisible();
}

export async function signUp(
  page: Page,
  server: string,
  email: string,
  name: string,
  invitation?: string,
): Promise<void> {
  await openServerTab(page);
  await page.getByLabel('Server address').fill(server);
  await page.getByRole('button', { name: 'Create a new account' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Password').fill('long enough password');
  if (invitation) await page.getByLabel('Invitation code').fill(invitation);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('sync-signed-in')).toContainText(email);
}

/**
 * Signs up as the server's first account (its admin), uploads the open
 * workspace and creates an invitation to it for `role`; returns the code.
 */
export async function uploadAndInvite(
  page: Page,
  server: string,
  role: 'viewer' | 'editor' | 'admin',
): Promise<string> {
  await signUp(page, server, 'anna@example.com', 'Anna');
  await page.getByRole('button', { name: 'Upload this workspace' }).click();
  await expect(syncButton(page)).toHaveAttribute('data-state', 'synced');
  await page.getByLabel('Role for the invitation').selectOption(role);
  await page.getByRole('button', { name: 'Create invitation' }).click();
  return page.getByTestId('invitation-code').inputValue();
}

/** Signs up with an invitation and downloads the workspace it opens. */
export async function joinAndDownload(
  page: Page,
  server: string,
  email: string,
  name: string,
  invitation: string,
): Promise<void> {
  await signUp(page, server, email, name, invitation);
  await page.getByRole('button', { name: /^Download / }).click();
}

/** Ask for a round from the indicator until the workspace is synced (retries back off while the server was away). */
export async function syncNow(page: Page): Promise<void> {
  const button = syncButton(page);
  await expect(async () => {
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await page
      .getByRole('region', { name: 'Sync status' })
      .getByRole('button', { name: 'Sync now' })
      .click({ timeout: 3_000 });
    await expect(button).toHaveAttribute('data-state', 'synced', { timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  if ((await button.getAttribute('aria-expanded')) === 'true') await button.click();
}

export interface TwoClients {
  server: ServerControl;
  /** Client A and client B: browser hosts with data folders of their own. */
  a: Page;
  b: Page;
}

/**
 * A sync server and two browser-host clients, all closed afterwards. Both hosts
 * live on 127.0.0.1 and cookies ignore the port, so each page gets a browser
 * context of its own.
 */
export async function withTwoClients(
  browser: Browser,
  run: (clients: TwoClients) => Promise<void>,
  contextOptions: BrowserContextOptions = {},
): Promise<void> {
  const server = await startServer();
  const hostA = await startHost(mkdtempSync(join(tmpdir(), 'workbench-e2e-a-')));
  const hostB = await startHost(mkdtempSync(join(tmpdir(), 'workbench-e2e-b-')));
  const contextA = await browser.newContext(contextOptions);
  const contextB = await browser.newContext(contextOptions);
  try {
    const a = await contextA.newPage();
    const b = await contextB.newPage();
    await a.goto(hostA.openUrl);
    await b.goto(hostB.openUrl);
    await ready(a);
    await ready(b);
    await run({ server, a, b });
  } finally {
    await contextA.close();
    await contextB.close();
    await hostA.close();
    await hostB.close();
    await server.stop();
  }
}
