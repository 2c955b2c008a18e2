import { test, expect } from './host-fixture';
import { departmentName, openCatalogue, ready, rename, workspaceSwitcher } from './workbench';

test('a second workspace has its own catalogue, and switching keeps them apart', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await workspaceSwitcher(page).click();
  await page.getByRole('button', { name: 'New workspace…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workspace' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Second brand');
  await dialog.getByRole('button', { name: 'Create workspace' }).click();
  await expect(dialog).toBeHidden();
  await expect(workspaceSwitcher(page)).toHaveAccessibleName('Workspace: Second brand');

  await openCatalogue(page);
  await rename(departmentName(page, 'Sales'), 'Brand B sales');
  await expect(departmentName(page, 'Brand B sales')).toBeVisible();

  await workspaceSwitcher(page).click();
  const list = page.getByRole('list', { name: 'Workspaces' });
  await expect(list.getByRole('button')).toHaveCount(2);
  await list.getByRole('button', { name: 'My workspace' }).click();
  await expect(workspaceSwitcher(page)).toHaveAccessibleName('Workspace: My workspace');
  await openCatalogue(page);
  await expect(departmentName(page, 'Sales')).toBeVisible();
  await expect(departmentName(page, 'Brand B sales')).toHaveCount(0);

  // The undo history belongs to the workspace it was made in.
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();

  await workspaceSwitcher(page).click();
  await page.getByRole('list', { name: 'Workspaces' }).getByRole('button', { name: 'Second brand' }).click();
  await expect(departmentName(page, 'Brand B sales')).toBeVisible();

  // The last workspace opened is the one the app opens next time.
  await host.restart();
  await host.open(page);
  await ready(page);
  await expect(workspaceSwitcher(page)).toHaveAccessibleName('Workspace: Second brand');
  await openCatalogue(page);
  await expect(departmentName(page, 'Brand B sales')).toBeVisible();
});

test('renaming the workspace shows in the switcher', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('tab', { name: 'General' }).click();
  await rename(page.getByRole('textbox', { name: 'Workspace name' }), 'Velo Retail GmbH');
  await expect(workspaceSwitcher(page)).toHaveAccessibleName('Workspace: Velo Retail GmbH');
  await host.restart();
  await host.open(page);
  await ready(page);
  await expect(workspaceSwitcher(page)).toHaveAccessibleName('Workspace: Velo Retail GmbH');
});
