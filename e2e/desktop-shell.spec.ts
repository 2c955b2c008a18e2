import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, PAGE_META_POLICY } from '../src/main/csp';
import { OpenedFiles } from '../src/main/opened-files';
import { appResources } from '../src/main/resources';
import { loadMigrations } from '../src/main/store/migrate';
import type { Row } from '../src/shared/schema/tables';
import { startWebHost, type WebHost } from '../src/main/web/host';
import { seedTemplate, workspaceIdOf } from './coverage-seed';
import { test, expect, type HostControl } from './host-fixture';
import { openJourney } from './journey-map.helpers';
import { goTo, ready } from './workbench';

/**
 * The page's side of the desktop shell, in the browser host: the native menu's
 * commands arrive as the `menu` event (pushed here by the host as the Electron
 * shell does), files "opened by the OS" wait in the same queue the shell
 * fills. Also: the narrowed Content Security Policy breaks no screen.
 * SHOTS_DIR=… keeps screenshots to look at (not committed).
 */
const shots = process.env.SHOTS_DIR;
async function shot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`) });
}

const CLICK_AND_COLLECT = 'Click & collect: buy online, pick up in the store';

/** Collects CSP violations the page reports, from the first script on. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  return async () => [...console, ...(await page.evaluate(() => (globalThis as unknown as { __csp: string[] }).__csp))];
}

test('the narrowed CSP (style attributes only) leaves map, charts, presentation and messages intact', async ({
  page,
  host,
}) => {
  const violations = await watchCsp(page);
  const response = await page.goto(host.current.openUrl);
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self';");
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/style-src [^;]*unsafe-inline/);
  // The page carries the same policy itself, for a window that opens it without the header.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', PAGE_META_POLICY);
  expect(PAGE_META_POLICY).not.toMatch(/style-src [^;]*unsafe-inline/);
  await ready(page);
  await seedTemplate(host, await workspaceIdOf(host), 'click-and-collect', 'en');

  await openJourney(page, CLICK_AND_COLLECT);
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.locator('.recharts-surface, svg').first()).toBeVisible();
  await page.keyboard.press('Escape');

  await goTo(page, 'Coverage');
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: CLICK_AND_COLLECT });
  await expect(page.getByTestId('verdict')).toBeVisible();
  const chart = page.locator('.recharts-surface').first();
  await expect(chart).toBeVisible();
  // The charts are drawn: a real size and shapes inside.
  const box = await chart.boundingBox();
  expect(box!.width).toBeGreaterThan(100);
  expect(await page.locator('.recharts-surface path, .recharts-surface rect').count()).toBeGreaterThan(3);
  await shot(page, 'csp-coverage');

  await goTo(page, 'Messages');
  await goTo(page, 'Review');
  // zod probes once whether eval is allowed (new Function("") in a try) and does without it: that
  // report is expected; no style of the app may be refused.
  expect((await violations()).filter((v) => !v.startsWith('script-src eval'))).toEqual([]);

  // The watch itself works: a <style> element is what the policy now refuses.
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 3px solid red; }';
    document.head.append(style);
  });
  await expect.poll(async () => (await violations()).some((v) => v.startsWith('style-src-elem'))).toBe(true);
});

test('menu commands: About, new journey, present, settings and the app undo', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  const menu = (command: Parameters<WebHost['emit']>[1] & object) => host.current.emit('menu', command as never);

  menu({ command: 'app.about' });
  const about = page.getByRole('dialog', { name: 'About Omnichannel Workbench' });
  await expect(about).toBeVisible();
  await expect(about).toContainText('Version test');
  await expect(about).toContainText(host.dataDir);
  await expect(about.getByRole('link', { name: 'Font licence' })).toHaveAttribute(
    'href',
    'https://dejavu-fonts.github.io/License.html',
  );
  await shot(page, 'about-en');
  await about.getByRole('button', { name: 'Close' }).click();
  await expect(about).toBeHidden();

  menu({ command: 'journey.present' });
  await expect(page.getByRole('status').filter({ hasText: 'Open a journey first' })).toBeVisible();
  await shot(page, 'present-needs-journey');

  menu({ command: 'journey.new' });
  await expect(page.getByRole('heading', { level: 1, name: 'New journey' })).toBeVisible();

  const workspaceId = await workspaceIdOf(host);
  await seedTemplate(host, workspaceId, 'click-and-collect', 'en');
  await openJourney(page, CLICK_AND_COLLECT);
  menu({ command: 'journey.present' });
  await expect(page.locator('.deck, [data-testid="deck"], .presentation').first()).toBeVisible();
  await page.keyboard.press('Escape');

  // Undo from the menu with no text field focused: the app's undo takes the journey back.
  await goTo(page, 'Journeys');
  await expect(page.getByRole('table').getByRole('button', { name: CLICK_AND_COLLECT, exact: true })).toBeVisible();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  menu({ command: 'history.undo' });
  await expect(page.getByRole('table').getByRole('button', { name: CLICK_AND_COLLECT, exact: true })).toBeHidden();
  menu({ command: 'history.redo' });
  await expect(page.getByRole('table').getByRole('button', { name: CLICK_AND_COLLECT, exact: true })).toBeVisible();

  menu({ command: 'settings.open' });
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  // German follows the app language.
  await page.getByRole('tab', { name: 'General' }).click();
  await page.getByRole('radio', { name: 'Deutsch' }).check();
  menu({ command: 'app.about' });
  await expect(page.getByRole('dialog', { name: 'Über Omnichannel Workbench' })).toBeVisible();
  await shot(page, 'about-de');
});

test.describe('files opened by the operating system', () => {
  const root = resolve(__dirname, '..');

  async function hostWithQueue() {
    const openedFiles = new OpenedFiles();
    const host = await startWebHost({
      dataDir: mkdtempSync(join(tmpdir(), 'workbench-open-')),
      rendererDir: join(root, 'out', 'renderer'),
      migrations: loadMigrations(appResources().migrations),
      version: 'test',
      openedFiles,
    });
    return { host, openedFiles };
  }

  async function exportedWorkspace(name: string): Promise<string> {
    const { host } = await hostWithQueue();
    const { id } = await host.service.handlers['workspaces.create']({ name, language: 'de' });
    const { content } = await host.service.handlers['workspaces.exportFile']({ workspaceId: id });
    await host.close();
    return content;
  }

  test('a journey file opened by the operating system goes to the journey import, not the workspace import', async ({
    page,
  }) => {
    // A journey file written by another installation.
    const source = await hostWithQueue();
    let yaml: string;
    try {
      const { id } = await source.host.service.handlers['workspaces.create']({ name: 'Quelle', language: 'en' });
      await seedTemplate({ current: source.host } as HostControl, id, 'click-and-collect', 'en');
      ({ content: yaml } = await source.host.service.handlers['interchange.exportYaml']({
        workspaceId: id,
        journeyId: null,
      }));
    } finally {
      await source.host.close();
    }
    const { host, openedFiles } = await hostWithQueue();
    try {
      await page.goto(host.openUrl);
      await ready(page);
      const before = await host.service.handlers['workspaces.list']({});
      openedFiles.add({ name: 'click-and-collect.journey.yaml', content: yaml });
      const dialog = page.getByRole('dialog', { name: 'Import journey file' });
      await expect(dialog.getByRole('heading', { name: `New journey “${CLICK_AND_COLLECT}”` })).toBeVisible();
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(dialog.getByRole('status')).toContainText('Imported.');
      // Into the open workspace, as one journey; no workspace was made of it.
      expect(await host.service.handlers['workspaces.list']({})).toEqual(before);
      const journeys = await host.service.handlers['rows.list']({
        workspaceId: before[0]!.id,
        table: 'journeys',
        includeDeleted: false,
      });
      expect((journeys as Row<'journeys'>[]).map((j) => j.name)).toEqual([CLICK_AND_COLLECT]);
      expect(await host.service.handlers['shell.takeOpenedFiles']({})).toEqual([]);
    } finally {
      await host.close();
    }
  });

  test('a file opened before the page is ready, and one opened while it runs, go through the import', async ({
    page,
  }) => {
    const content = await exportedWorkspace('Fahrradhandel Süd');
    const { host, openedFiles } = await hostWithQueue();
    try {
      openedFiles.add({ name: 'Fahrradhandel.owb.json', content });
      await page.goto(host.openUrl);
      await ready(page);
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      await expect(
        page.getByRole('status').filter({ hasText: 'Created workspace “Fahrradhandel Süd” from the file' }),
      ).toBeVisible();
      await shot(page, 'file-open-imported');

      const before = await host.service.handlers['workspaces.list']({});
      openedFiles.add({ name: 'Kaputt.owb.json', content: content.slice(0, content.length / 2) });
      const alert = page.getByRole('alert').filter({ hasText: 'Kaputt.owb.json was not imported' });
      await expect(alert).toBeVisible();
      await expect(alert).toContainText('incomplete (cut off)');
      await shot(page, 'file-open-refused');
      openedFiles.add({
        name: 'Neuer.owb.json',
        content: content.replace('"formatVersion": 1', '"formatVersion": 99'),
      });
      await expect(page.getByRole('alert').filter({ hasText: 'Neuer.owb.json was not imported' })).toContainText(
        'newer version of the app',
      );
      openedFiles.add({ name: 'Weg.owb.json', problem: 'unreadable', detail: 'ENOENT' });
      await expect(page.getByRole('alert').filter({ hasText: 'Weg.owb.json was not imported' })).toContainText(
        'The file could not be read.',
      );
      expect(await host.service.handlers['workspaces.list']({})).toEqual(before);
      expect(await host.service.handlers['shell.takeOpenedFiles']({})).toEqual([]);
    } finally {
      await host.close();
    }
  });
});
