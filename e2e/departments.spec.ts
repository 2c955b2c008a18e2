import { test, expect } from './host-fixture';
import { departmentName, openCatalogue, ready, rename } from './workbench';

const LONG = 'Kundendienstleistungsabteilungsleitung';

test('renaming a department survives a restart', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await openCatalogue(page);
  await rename(departmentName(page, 'Sales'), LONG);
  await expect(departmentName(page, LONG)).toHaveValue(LONG);
  await expect(page.getByRole('button', { name: 'Undo: Rename department' })).toBeEnabled();

  await host.restart();
  await host.open(page);
  await ready(page);
  await openCatalogue(page);
  await expect(departmentName(page, LONG)).toHaveValue(LONG);
  await expect(departmentName(page, 'Sales')).toHaveCount(0);
  // A long German word stays inside its card.
  const field = await departmentName(page, LONG).boundingBox();
  const card = await page.getByRole('region', { name: 'Departments' }).boundingBox();
  expect(field && card && field.x + field.width <= card.x + card.width).toBe(true);
});

test('an empty name is refused and the saved name comes back', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await openCatalogue(page);
  const field = departmentName(page, 'Sales');
  await field.fill('   ');
  await field.press('Enter');
  await expect(field).toHaveValue('Sales');
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
});

test('adding, archiving and restoring a department', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await openCatalogue(page);
  const departments = page.getByRole('region', { name: 'Departments' });
  await departments.getByRole('textbox', { name: 'New department' }).fill('Partner management');
  await departments.getByRole('button', { name: 'Add department' }).click();
  await expect(departmentName(page, 'Partner management')).toBeVisible();
  await expect(departments.getByRole('textbox', { name: 'New department' })).toHaveValue('');

  await page.getByRole('button', { name: 'Archive department Partner management' }).click();
  const archived = page.getByRole('list', { name: 'Archived departments' });
  await expect(archived).toContainText('Partner management');
  await expect(departmentName(page, 'Partner management')).toHaveCount(0);

  await host.restart();
  await host.open(page);
  await ready(page);
  await openCatalogue(page);
  await expect(page.getByRole('list', { name: 'Archived departments' })).toContainText('Partner management');
  await page.getByRole('button', { name: 'Restore department Partner management' }).click();
  await expect(departmentName(page, 'Partner management')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Archived departments' })).toHaveCount(0);
});
