import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startHost, test, expect, type HostControl, type Page } from './host-fixture';
import { apply, seedTemplate } from './coverage-seed';
import { goTo, ready } from './workbench';

/**
 * Settings › Workspaces with an import result and with a refused file, in
 * English and German (docs/screenshots/transfer-*.png). Run on purpose:
 * SCREENSHOTS=1 npx playwright test e2e/transfer-screenshots.spec.ts
 */
test.skip(!process.env.SCREENSHOTS, 'writes docs/screenshots; set SCREENSHOTS=1 to run');

const out = join(resolve(__dirname, '..'), 'docs', 'screenshots');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  await page.locator('.transfer').scrollIntoViewIfNeeded();
  await page.locator('.transfer').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(out, `${name}.png`) });
}

async function importText(page: Page, name: string, text: string, button: RegExp): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('workspace file import: result and refusal, English and German', async ({ page, host }) => {
  // The colleague's device, driven through its services: a workspace with two journeys.
  const dataDir = mkdtempSync(join(tmpdir(), 'workbench-shots-a-'));
  const origin: HostControl = {
    current: await startHost(dataDir),
    dataDir,
    restart: () => Promise.reject(new Error('not needed here')),
    open: () => Promise.reject(new Error('not needed here')),
  };
  try {
    const handlers = origin.current.service.handlers;
    const { id } = await handlers['workspaces.create']({ name: 'Muster GmbH', language: 'de' });
    await seedTemplate(origin, id, 'click-and-collect', 'de');
    const exportText = async () => (await handlers['workspaces.exportFile']({ workspaceId: id })).content;
    const first = await exportText();
    const renameJourney = async (name: string) => {
      const [journey] = await handlers['rows.list']({ workspaceId: id, table: 'journeys', includeDeleted: false });
      await apply(origin, id, [{ table: 'journeys', row: journey!.id, column: 'name', value: name }], 'renameJourney');
    };

    await host.open(page);
    await ready(page);
    await goTo(page, 'Settings');
    await page.getByRole('tab', { name: 'Workspaces' }).click();
    await importText(page, 'Muster-GmbH-2026-11-20.owb.json', first, /^Import from file/);
    await expect(page.getByRole('status').filter({ hasText: 'Muster GmbH' })).toContainText(
      'Created workspace “Muster GmbH”',
    );
    await seedTemplate(origin, id, 'complaint-escalation', 'de');
    await renameJourney('Click & Collect (Workshop Hamburg)');
    await importText(page, 'Muster-GmbH-2026-11-23.owb.json', await exportText(), /^Import from file/);
    await expect(page.getByRole('status').filter({ hasText: 'Muster GmbH' })).toContainText(
      /Merged into “Muster GmbH”: [\d,]+ new changes/,
    );
    await shot(page, 'transfer-import-en');

    const truncated = first.slice(0, Math.floor(first.length * 0.6));
    await importText(page, 'Muster-GmbH-kopie.owb.json', truncated, /^Import from file/);
    await expect(page.getByRole('alert').filter({ hasText: 'was not imported' })).toBeVisible();
    await shot(page, 'transfer-error-en');

    await page.getByRole('tab', { name: 'General' }).click();
    await page.getByRole('radio', { name: 'Deutsch' }).check();
    await page.getByRole('tab', { name: 'Workspaces' }).click();
    await renameJourney('Click & Collect (Workshop München)');
    await importText(page, 'Muster-GmbH-2026-11-24.owb.json', await exportText(), /^Aus Datei importieren/);
    await expect(page.getByRole('status').filter({ hasText: 'Muster GmbH' })).toContainText(
      'In „Muster GmbH“ übernommen',
    );
    await shot(page, 'transfer-import-de');

    const tampered = first.replace('"Click & Collect', '"Klick & Abholung');
    await importText(page, 'Muster-GmbH-bearbeitet.owb.json', tampered, /^Aus Datei importieren/);
    await expect(page.getByRole('alert').filter({ hasText: 'wurde nicht importiert' })).toContainText('beschädigt');
    await page.getByText('Technische Details').click();
    await shot(page, 'transfer-error-de');
  } finally {
    await origin.current.close();
  }
});
