import { test, expect } from './host-fixture';
import { channelName, departmentName, openCatalogue, ready, rename } from './workbench';

test('a change made in another window shows at once, and so does its undo', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await openCatalogue(page);

  const other = await page.context().newPage();
  await host.open(other);
  await ready(other);
  await openCatalogue(other);

  await rename(departmentName(other, 'Marketing (analog)'), 'Print marketing');
  await other.getByRole('button', { name: 'Archive channel Shop window' }).click();
  // No reload: the first window hears the `changed` event and reloads those tables.
  await expect(departmentName(page, 'Print marketing')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Archived channels' })).toContainText('Shop window');
  await expect(page.getByRole('button', { name: 'Undo: Archive channel' })).toBeEnabled();

  await page.getByRole('button', { name: 'Undo: Archive channel' }).click();
  await expect(channelName(other, 'Shop window')).toBeVisible();
  await expect(channelName(page, 'Shop window')).toBeVisible();
  await other.close();
});
