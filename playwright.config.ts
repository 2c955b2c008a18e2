import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests run the built renderer in the browser host, in Debian's
 * Chromium (Playwright's own browser download is not reachable here).
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const reportDir = process.env.CI_REPORT_DIR;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: reportDir ? [['list'], ['json', { outputFile: join(reportDir, 'playwright.json') }]] : [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    launchOptions: {
      executablePath: existsSync(chromium) ? chromium : undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--test-type',
      ],
    },
    trace: 'off',
  },
});
