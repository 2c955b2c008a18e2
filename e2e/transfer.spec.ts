import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost, test, expect, type Page } from './host-fixture';
import { createFromTemplate } from './journey-map.helpers';
import { goTo, ready, rename, workspaceSwitcher } from './workbench';

/**
 * A workspace handed on as a file: exported on one device (host A), imported on
 * a second one with its own data folder (host B), imported again, and a cut-off
 * copy refused.
 */

async function openWorkspacesSettings(page: Page): Promise<void> {
  await goTo(page, 'Settings');
  await page.getByRole('tab', { name: 'Workspaces' }).click();
  await expect(page.getByRole('heading', { name: 'Hand on as a file' })).toBeVisible();
}

async function importFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import from file…' }).click();
  await (await chooser).setFiles(path);
}

async function journeyCount(page: Page): Promise<number> {
  await goTo(page, 'Journeys');
  await expect(page.getByRole('table')).toBeVisible();
  return page.getByRole('table').getByRole('row').count();
}

test('a workspace goes to another device as a file; importing again or a cut-off copy changes nothing', async ({
  page,
  host,
  browser,
}) => {
  const files = mkdtempSync(join(tmpdir(), 'workbench-transfer-'));
  await host.open(page);
  await ready(page);
  await goTo(page, 'Settings');
  await page.getByRole('tab', { name: 'General' }).click();
  await rename(page.getByRole('textbox', { name: 'Workspace name' }), 'Muster GmbH');
  await createFromTemplate(page, /^Click & collect/, 'Bicycle click & collect');
  const cards = await page.locator('.tp-card').count();
  expect(cards).toBeGreaterThan(3);

  await openWorkspacesSettings(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export “Muster GmbH” to a file' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^Muster-GmbH-\d{4}-\d{2}-\d{2}\.owb\.json$/);
  const filePath = join(files, saved.suggestedFilename());
  await saved.saveAs(filePath);
  await expect(page.getByRole('status').filter({ hasText: `Saved ${saved.suggestedFilename()}.` })).toBeVisible();

  // The colleague's device: a fresh data folder.
  const hostB = await startHost(mkdtempSync(join(tmpdir(), 'workbench-e2e-b-')));
  const other = await browser.newPage();
  try {
    await other.goto(hostB.openUrl);
    await ready(other);
    await openWorkspacesSettings(other);
    await importFile(other, filePath);
    const status = other.getByRole('status').filter({ hasText: 'Muster GmbH' });
    await expect(status).toContainText(/Created workspace “Muster GmbH” from the file \([\d,]+ changes\)\./);
    await status.getByRole('button', { name: 'Open “Muster GmbH”' }).click();
    await expect(workspaceSwitcher(other)).toHaveAccessibleName('Workspace: Muster GmbH');
    expect(await journeyCount(other)).toBe(2); // header row and the journey
    await other.getByRole('table').getByRole('button', { name: 'Bicycle click & collect', exact: true }).click();
    await expect(other.locator('.tp-card').first()).toBeVisible();
    await expect(other.locator('.tp-card')).toHaveCount(cards);

    // The same file again: nothing new, nothing doubled.
    await openWorkspacesSettings(other);
    await importFile(other, filePath);
    await expect(other.getByRole('status').filter({ hasText: 'Nothing new' })).toContainText(
      /Nothing new: all [\d,]+ changes in the file are already in “Muster GmbH”\. Nothing was changed\./,
    );
    await expect(other.getByRole('list', { name: 'Workspaces on this device' }).getByRole('listitem')).toHaveCount(2);
    expect(await journeyCount(other)).toBe(2);

    // A copy cut off halfway: refused with the reason, nothing changed.
    const text = readFileSync(filePath, 'utf8');
    const cutPath = join(files, 'Muster-GmbH-cut.owb.json');
    writeFileSync(cutPath, text.slice(0, Math.floor(text.length / 2)));
    await openWorkspacesSettings(other);
    await importFile(other, cutPath);
    const alert = other.getByRole('alert').filter({ hasText: 'was not imported' });
    await expect(alert).toContainText('Muster-GmbH-cut.owb.json was not imported. Nothing was changed.');
    await expect(alert).toContainText('The file is incomplete (cut off)');
    await expect(other.getByRole('list', { name: 'Workspaces on this device' }).getByRole('listitem')).toHaveCount(2);
    expect(await journeyCount(other)).toBe(2);
    await other.getByRole('table').getByRole('button', { name: 'Bicycle click & collect', exact: true }).click();
    await expect(other.locator('.tp-card')).toHaveCount(cards);
  } finally {
    await other.close();
    await hostB.close();
  }
});
