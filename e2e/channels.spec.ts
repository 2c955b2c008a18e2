import { test, expect } from './host-fixture';
import { channelName, openCatalogue, ready } from './workbench';

test('archiving and restoring a channel', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await openCatalogue(page);
  const table = page.getByRole('table', { name: 'Channels' });
  await expect(table.getByRole('row')).toHaveCount(15); // header + 14 channels

  await page.getByRole('button', { name: 'Archive channel Call centre' }).click();
  await expect(channelName(page, 'Call centre')).toHaveCount(0);
  await expect(table.getByRole('row')).toHaveCount(14);
  await expect(page.getByRole('list', { name: 'Archived channels' })).toContainText('Call centre');

  await host.restart();
  await host.open(page);
  await ready(page);
  await openCatalogue(page);
  await expect(channelName(page, 'Call centre')).toHaveCount(0);
  await page.getByRole('button', { name: 'Restore channel Call centre' }).click();
  await expect(channelName(page, 'Call centre')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Archived channels' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Channels' }).getByRole('row')).toHaveCount(15);
});

test('channel properties and new channels are saved', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await openCatalogue(page);
  await page.getByRole('combobox', { name: 'Kind of Print & catalogue' }).selectOption({ label: 'Other' });
  await page.getByRole('combobox', { name: 'Online or offline: Print & catalogue' }).selectOption({ label: 'Online' });
  await page.getByRole('combobox', { name: 'Ownership of Print & catalogue' }).selectOption({ label: 'Paid' });
  await page.getByRole('checkbox', { name: 'Print & catalogue has a back channel' }).check();
  await page.getByRole('checkbox', { name: 'Print & catalogue is monitored' }).check();
  await page.getByRole('checkbox', { name: 'Print & catalogue is controlled by the company' }).uncheck();

  const channels = page.getByRole('region', { name: 'Channels' });
  await channels.getByRole('textbox', { name: 'New channel' }).fill('WhatsApp');
  await channels.getByRole('combobox', { name: 'Kind', exact: true }).selectOption({ label: 'Social media' });
  await channels.getByRole('button', { name: 'Add channel' }).click();
  await expect(channelName(page, 'WhatsApp')).toBeVisible();

  await host.restart();
  await host.open(page);
  await ready(page);
  await openCatalogue(page);
  await expect(page.getByRole('combobox', { name: 'Kind of Print & catalogue' })).toHaveValue('other');
  await expect(page.getByRole('combobox', { name: 'Online or offline: Print & catalogue' })).toHaveValue('online');
  await expect(page.getByRole('combobox', { name: 'Ownership of Print & catalogue' })).toHaveValue('paid');
  await expect(page.getByRole('checkbox', { name: 'Print & catalogue has a back channel' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Print & catalogue is monitored' })).toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: 'Print & catalogue is controlled by the company' }),
  ).not.toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Kind of WhatsApp' })).toHaveValue('social');
  await expect(page.getByRole('combobox', { name: 'Ownership of WhatsApp' })).toHaveValue('earned');
});
