import { test, expect } from './host-fixture';
import { departmentName, openCatalogue, ready, rename } from './workbench';

test('undo and redo a rename with the buttons', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await openCatalogue(page);
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  await rename(departmentName(page, 'Sales'), 'Sales & key accounts');
  await expect(departmentName(page, 'Sales & key accounts')).toBeVisible();

  await page.getByRole('button', { name: 'Undo: Rename department' }).click();
  await expect(departmentName(page, 'Sales')).toHaveValue('Sales');
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();

  await page.getByRole('button', { name: 'Redo: Rename department' }).click();
  await expect(departmentName(page, 'Sales & key accounts')).toHaveValue('Sales & key accounts');
  await expect(page.getByRole('button', { name: 'Redo', exact: true })).toBeDisabled();

  // What the undo wrote is saved like any edit.
  await page.getByRole('button', { name: 'Undo: Rename department' }).click();
  await expect(departmentName(page, 'Sales')).toBeVisible();
  await host.restart();
  await host.open(page);
  await ready(page);
  await openCatalogue(page);
  await expect(departmentName(page, 'Sales')).toHaveValue('Sales');
});

test('undo and redo with the keyboard, but not while typing in a field', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await openCatalogue(page);
  await rename(departmentName(page, 'Sales'), 'Vertrieb');
  await expect(departmentName(page, 'Vertrieb')).toBeVisible();

  // In the text field Ctrl+Z is the field's own undo: the saved name stays.
  await departmentName(page, 'Vertrieb').focus();
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Undo: Rename department' })).toBeEnabled();
  await expect(departmentName(page, 'Vertrieb')).toHaveValue('Vertrieb');

  // Outside text fields the shortcuts work on the workspace.
  await page.getByRole('button', { name: 'Archive department Vertrieb' }).focus();
  await page.keyboard.press('Control+Z');
  await expect(departmentName(page, 'Sales')).toHaveValue('Sales');
  await page.keyboard.press('Control+Shift+Z');
  await expect(departmentName(page, 'Vertrieb')).toHaveValue('Vertrieb');
  await page.keyboard.press('Control+Z');
  await expect(departmentName(page, 'Sales')).toHaveValue('Sales');
  await page.keyboard.press('Control+Y');
  await expect(departmentName(page, 'Vertrieb')).toHaveValue('Vertrieb');
  await page.keyboard.press('Meta+Z');
  await expect(departmentName(page, 'Sales')).toHaveValue('Sales');
});

test('undo of an archive brings the channel back', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await openCatalogue(page);
  await page.getByRole('button', { name: 'Archive channel SMS' }).click();
  await expect(page.getByRole('list', { name: 'Archived channels' })).toContainText('SMS');
  await page.getByRole('button', { name: 'Undo: Archive channel' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of channel SMS' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Archived channels' })).toHaveCount(0);
});
