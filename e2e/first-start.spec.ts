import { test, expect } from './host-fixture';
import { channelName, departmentName, goTo, openCatalogue, ready, workspaceSwitcher } from './workbench';

test('first start creates a workspace with the default catalogue', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Journeys' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No journeys yet' })).toBeVisible();
  await expect(workspaceSwitcher(page)).toHaveAccessibleName('Workspace: My workspace');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await openCatalogue(page);
  const departments = page.getByRole('textbox', { name: /^Name of department / });
  const channels = page.getByRole('textbox', { name: /^Name of channel / });
  await expect(departmentName(page, 'Customer service')).toBeVisible();
  await expect(channelName(page, 'Call centre')).toBeVisible();
  expect(await departments.count()).toBeGreaterThanOrEqual(7);
  expect(await channels.count()).toBeGreaterThanOrEqual(14);
  for (const name of ['Management', 'Marketing (digital)', 'Sales', 'E-commerce', 'Store operations']) {
    await expect(departmentName(page, name)).toBeVisible();
  }
  for (const name of [
    'Website',
    'Online shop',
    'Email newsletter',
    'Physical store',
    'Shop window',
    'Reseller & dealer',
  ]) {
    await expect(channelName(page, name)).toBeVisible();
  }
  // Channel kinds and ownership are shown translated, not as stored codes.
  await expect(page.getByRole('combobox', { name: 'Ownership of Reseller & dealer' })).toHaveValue('third_party');
  await expect(
    page.getByRole('combobox', { name: 'Ownership of Reseller & dealer' }).locator('option:checked'),
  ).toHaveText('Third party');
});

test('opening the app again does not create another workspace', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await host.restart();
  await host.open(page);
  await ready(page);
  await goTo(page, 'Settings');
  await page.getByRole('tab', { name: 'Workspaces' }).click();
  await expect(page.getByRole('list', { name: 'Workspaces on this device' }).getByRole('listitem')).toHaveCount(1);
});

test('the sections without content say what they will hold and lead to the journeys', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  for (const [section, empty] of [
    ['Messages', 'No messages yet'],
    ['Coverage', 'Nothing to measure yet'],
    ['Review', 'Nothing to review yet'],
  ]) {
    await goTo(page, section!);
    await expect(page.getByRole('heading', { name: empty! })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Go to journeys' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journeys' })).toBeVisible();
});
