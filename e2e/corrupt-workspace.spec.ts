import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './host-fixture';
import { departmentName, openCatalogue, ready, rename, workspaceSwitcher } from './workbench';

test('a corrupt workspace file is listed as unavailable, left untouched, and the app still works', async ({
  page,
  host,
}) => {
  const dir = join(host.dataDir, 'workspaces');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${randomUUID()}.sqlite`);
  const bytes = randomBytes(64 * 1024);
  writeFileSync(file, bytes);

  await host.open(page);
  await ready(page);
  // No usable workspace: the app made one and works with it.
  await expect(workspaceSwitcher(page)).toHaveAccessibleName('Workspace: My workspace');
  await expect(workspaceSwitcher(page)).toHaveAccessibleDescription('1 workspace cannot be opened');
  await openCatalogue(page);
  await rename(departmentName(page, 'Sales'), 'Sales & partners');
  await expect(departmentName(page, 'Sales & partners')).toBeVisible();

  await workspaceSwitcher(page).click();
  const list = page.getByRole('list', { name: 'Workspaces' });
  const broken = list.getByRole('listitem').filter({ hasText: 'Unavailable' });
  await expect(broken).toHaveAttribute('aria-disabled', 'true');
  await expect(broken).toContainText('The file is damaged or is not a workspace database.');
  await expect(broken).toContainText(file);
  await expect(broken.getByRole('button')).toHaveCount(0);
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Workspaces' }).click();
  const entry = page
    .getByRole('list', { name: 'Workspaces on this device' })
    .getByRole('listitem')
    .filter({ hasText: 'Unavailable' });
  await expect(entry).toContainText('The file is damaged or is not a workspace database.');
  await entry.getByText('Technical details').click();
  await expect(entry.locator('code')).not.toBeEmpty();

  await host.restart();
  await host.open(page);
  await ready(page);
  await expect(workspaceSwitcher(page)).toHaveAccessibleName('Workspace: My workspace');
  await openCatalogue(page);
  await expect(departmentName(page, 'Sales & partners')).toBeVisible();
  expect(readFileSync(file).equals(bytes)).toBe(true);
});
