import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { card, createFromTemplate, openJourney } from './journey-map.helpers';
import { approvalBar } from './review.helpers';
import { openServerTab, signUp, syncButton, syncNow, uploadAndInvite, withTwoClients } from './sync.helpers';
import { departmentName, goTo, openCatalogue, rename } from './workbench';

/**
 * Defect 10: a workspace imported from a file joins the server's copy of the
 * same workspace — for every role — and both histories merge.
 */

const JOURNEY = 'Research online, buy in the store';

async function exportWorkspace(page: Page): Promise<string> {
  await goTo(page, 'Settings');
  await page.getByRole('tab', { name: 'Workspaces' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export “.*” to a file$/ }).click();
  const saved = await download;
  const path = join(mkdtempSync(join(tmpdir(), 'workbench-join-')), saved.suggestedFilename());
  await saved.saveAs(path);
  return path;
}

async function importAndOpen(page: Page, path: string): Promise<void> {
  await goTo(page, 'Settings');
  await page.getByRole('tab', { name: 'Workspaces' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import from file…' }).click();
  await (await chooser).setFiles(path);
  await page.getByRole('button', { name: /^Open “/ }).click();
}

for (const role of ['editor', 'viewer'] as const) {
  test(`an imported workspace connects to the server’s copy and both histories merge (${role})`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    await withTwoClients(browser, async ({ server, a, b }) => {
      await createFromTemplate(a, /^Research online, buy in the store/);
      const code = await uploadAndInvite(a, server.url, role);
      const file = await exportWorkspace(a);
      // After the file was made, the team goes on working on the server's copy.
      await openCatalogue(a);
      await rename(departmentName(a, 'Sales'), 'Sales & service');
      await syncNow(a);

      // The colleague got the file first, works on it offline, then joins the server.
      await importAndOpen(b, file);
      await openJourney(b, JOURNEY);
      if (role === 'editor') {
        await openCatalogue(b);
        await rename(departmentName(b, 'Store operations'), 'Stores & branches');
      } else {
        await approvalBar(b).getByRole('button', { name: 'Send for review' }).click();
        const name = b.getByRole('dialog', { name: 'Your name' });
        if (await name.isVisible()) {
          await name.getByRole('textbox', { name: 'Name' }).fill('Vera');
          await name.getByRole('button', { name: 'Save and continue' }).click();
        }
        await expect(approvalBar(b)).toContainText('In review');
      }
      await signUp(b, server.url, `${role}@example.com`, role === 'editor' ? 'Ed' : 'Vera', code);
      await openServerTab(b);
      const card0 = b.getByRole('region', { name: 'This workspace' });
      await expect(card0).toContainText(
        `The server holds a copy of this workspace (your role there: ${role === 'editor' ? 'Editor' : 'Viewer'})`,
      );
      await expect(card0.getByRole('button', { name: 'Upload this workspace' })).toHaveCount(0);
      await card0.getByRole('button', { name: 'Connect to the server’s copy' }).click();
      await expect(syncButton(b)).toHaveAttribute('data-state', 'synced', { timeout: 20_000 });

      // Both histories: the server's later rename here, and what was done here on the server.
      await openCatalogue(b);
      await expect(departmentName(b, 'Sales & service')).toHaveValue('Sales & service');
      await syncNow(a);
      if (role === 'editor') {
        await expect(departmentName(b, 'Stores & branches')).toHaveValue('Stores & branches');
        await openCatalogue(a);
        await expect(departmentName(a, 'Stores & branches')).toHaveValue('Stores & branches', { timeout: 10_000 });
      } else {
        await openJourney(a, JOURNEY);
        await expect(approvalBar(a)).toContainText('In review', { timeout: 10_000 });
      }
      await openJourney(b, JOURNEY);
      await expect(card(b, 'Advice in the store')).toBeVisible();
    });
  });
}
