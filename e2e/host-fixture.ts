import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { appResources } from '../src/main/resources';
import { loadMigrations } from '../src/main/store/migrate';
import { startWebHost, type WebHost } from '../src/main/web/host';

const root = resolve(__dirname, '..');

export interface HostControl {
  /** The running browser host (restart replaces it). */
  current: WebHost;
  dataDir: string;
  /** Stop the host and start a new one on the same data folder: an app restart. */
  restart(): Promise<WebHost>;
  /** Open the app in the page (trading the token for the cookie). */
  open(page: Page): Promise<void>;
}

export async function startHost(dataDir: string): Promise<WebHost> {
  return startWebHost({
    dataDir,
    rendererDir: join(root, 'out', 'renderer'),
    migrations: loadMigrations(appResources().migrations),
    version: 'test',
  });
}

/** Each test gets its own data folder and browser host. */
export const test = base.extend<{ host: HostControl }>({
  host: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'workbench-e2e-'));
    const control: HostControl = {
      current: await startHost(dataDir),
      dataDir,
      async restart() {
        await control.current.close();
        control.current = await startHost(dataDir);
        return control.current;
      },
      async open(page) {
        await page.goto(control.current.openUrl);
      },
    };
    await use(control);
    await control.current.close();
  },
});

export { expect } from '@playwright/test';
export type { Page } from '@playwright/test';
