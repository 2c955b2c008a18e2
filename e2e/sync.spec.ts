import { join } from 'node:path';
import { test, expect, type Locator, type Page } from '@playwright/test';
import { openServerTab, signUp, syncButton, syncNow, withTwoClients } from './sync.helpers';
import { departmentName, openCatalogue, rename } from './workbench';

/** The pictures in docs/screenshots are taken only when asked for (SCREENSHOTS=1), as in the other specs. */
async function shot(target: Page | Locator, name: string, fullPage = false): Promise<void> {
  if (!process.env.SCREENSHOTS) return;
  const path = join(__dirname, '..', 'docs', 'screenshots', `sync-${name}.png`);
  await ('goto' in target ? target.screenshot({ path, fullPage }) : target.screenshot({ path }));
}

async function renameDepartment(page: Page, from: string, to: string): Promise<void> {
  await openCatalogue(page);
  await rename(departmentName(page, from), to);
  await expect(departmentName(page, to)).toHaveValue(to);
}

test('two clients sync through one server, merge offline edits and restore a lost one', async ({ browser }) => {
  test.setTimeout(90_000);
  await withTwoClients(browser, async ({ server, a, b }) => {
    // A: first account on the server (admin), uploads its workspace, invites B.
    await openServerTab(a);
    await shot(a, 'server-signed-out');
    await signUp(a, server.url, 'anna@example.com', 'Anna');
    await a.getByRole('button', { name: 'Upload this workspace' }).click();
    await expect(syncButton(a)).toHaveAttribute('data-state', 'synced');
    await a.getByRole('button', { name: 'Create invitation' }).click();
    const code = await a.getByTestId('invitation-code').inputValue();
    expect(code.length).toBeGreaterThan(8);
    await a.locator('main.page').evaluate((el) => el.scrollTo(0, 0));
    await shot(a, 'server-signed-in');

    // B: signs up with the invitation and downloads the workspace.
    await signUp(b, server.url, 'ben@example.com', 'Ben', code);
    await b.getByRole('button', { name: /^Download / }).click();
    await expect(b.getByText('Synced with', { exact: false }).first()).toBeVisible();
    await expect(syncButton(b)).toHaveAttribute('data-state', 'synced');

    // Live: an edit on A shows on B within seconds.
    await renameDepartment(a, 'Management', 'Leadership');
    await openCatalogue(b);
    await expect(departmentName(b, 'Leadership')).toHaveValue('Leadership', { timeout: 10_000 });
    await shot(a.locator('.topbar'), 'indicator-synced');

    // Offline: both edit the same field, and one other field each.
    await server.stop();
    await renameDepartment(a, 'Sales', 'Sales North');
    await renameDepartment(a, 'E-commerce', 'Online shop');
    await renameDepartment(b, 'Customer service', 'Support');
    await renameDepartment(b, 'Sales', 'Sales South');
    await expect(syncButton(a)).toHaveAttribute('data-state', /offline|pending/);
    await expect(syncButton(b)).toHaveAttribute('data-state', /offline|pending/);
    await expect(syncButton(a)).toHaveAttribute('data-state', 'offline', { timeout: 10_000 });
    await shot(a.locator('.topbar'), 'indicator-offline');

    // Back online: B's later rename of Sales wins; the other edits merge on both.
    await server.start();
    await syncNow(a);
    await syncNow(b);
    await syncNow(a);
    for (const page of [a, b]) {
      await expect(departmentName(page, 'Sales South')).toHaveValue('Sales South', { timeout: 10_000 });
      await expect(departmentName(page, 'Online shop')).toHaveValue('Online shop', { timeout: 10_000 });
      await expect(departmentName(page, 'Support')).toHaveValue('Support', { timeout: 10_000 });
    }

    // A's edit lost: the indicator counts it and leads to the conflict log.
    // Exactly one: B's rename of a value it had already seen is not a conflict.
    await expect(syncButton(a)).toContainText(/(^|\D)1 conflict(?!s)/);
    await shot(a.locator('.topbar'), 'indicator-conflict');
    await syncButton(a).click();
    await a.getByRole('button', { name: 'Show conflicts' }).click();
    const entry = a.getByTestId('conflict').filter({ hasText: 'Sales North' });
    await expect(entry).toContainText('Sales South');
    await expect(entry).toContainText('Department “Sales South” · Name');
    await shot(a, 'conflict-log');
    await entry.getByRole('button', { name: /^Restore mine: / }).click();
    await expect(a.getByRole('button', { name: 'Undo: Restore overwritten value' })).toBeEnabled();

    // The restore is a new change: it wins on both.
    await openCatalogue(a);
    await expect(departmentName(a, 'Sales North')).toHaveValue('Sales North');
    await expect(departmentName(b, 'Sales North')).toHaveValue('Sales North', { timeout: 10_000 });

    // German, for the docs.
    await a.getByRole('navigation').getByRole('button', { name: 'Settings', exact: true }).click();
    await a.getByRole('tab', { name: 'General' }).click();
    await a.getByRole('radio', { name: 'Deutsch' }).check();
    await a.getByRole('tab', { name: 'Server' }).click();
    await expect(a.getByRole('heading', { name: 'Sync-Server' })).toBeVisible();
    await shot(a, 'server-de', true);
    await a.getByRole('tab', { name: 'Konflikte' }).click();
    await a.getByLabel('Verworfene Einträge zeigen').check();
    await expect(a.getByTestId('conflict').first()).toBeVisible();
    await shot(a, 'conflict-log-de');
  });
});
