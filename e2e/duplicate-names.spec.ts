import { test, expect } from './host-fixture';
import { channelName, departmentName, nav, openCatalogue, ready } from './workbench';

/**
 * Defect 11: the catalogue refuses a second department or channel of the same
 * name; journeys and stages of one name are allowed with a warning, and lists
 * tell them apart.
 */

test('the catalogue refuses a department or channel named like another', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await openCatalogue(page);

  // Adding: refused, with the reason, nothing added.
  const newDepartment = page.getByRole('textbox', { name: 'New department' });
  await newDepartment.fill(' sales ');
  await expect(page.getByRole('alert').filter({ hasText: 'Another department is called “Sales”' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add department' })).toBeDisabled();
  await newDepartment.press('Enter');
  await expect(
    page.getByRole('list', { name: 'Departments' }).getByRole('textbox', { name: /^Name of department / }),
  ).toHaveCount(7);
  await newDepartment.fill('');

  // Renaming: refused while typed, and the saved name comes back when the field is left.
  const analog = departmentName(page, 'Marketing (analog)');
  await analog.fill('SALES');
  await expect(analog).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'Another department is called “Sales”' })).toBeVisible();
  await analog.press('Tab');
  await expect(departmentName(page, 'Marketing (analog)')).toHaveValue('Marketing (analog)');

  // Channels alike, archived ones included.
  await page.getByRole('button', { name: 'Archive channel SMS' }).click();
  const newChannel = page.getByRole('textbox', { name: 'New channel' });
  await newChannel.fill('sms');
  await expect(page.getByRole('alert').filter({ hasText: 'An archived channel is called “SMS”' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add channel' })).toBeDisabled();
  await newChannel.fill('');
  await channelName(page, 'Website').fill('Online shop');
  await expect(page.getByRole('alert').filter({ hasText: 'Another channel is called “Online shop”' })).toBeVisible();
  await channelName(page, 'Website').press('Escape');
  await expect(channelName(page, 'Website')).toHaveValue('Website');

  // Nothing of it was saved.
  await page.reload();
  await ready(page);
  await openCatalogue(page);
  await expect(departmentName(page, 'Marketing (analog)')).toBeVisible();
  await expect(channelName(page, 'Website')).toBeVisible();
});

test('journeys and stages of one name are allowed with a warning, and lists tell them apart', async ({
  page,
  host,
}) => {
  await host.open(page);
  await ready(page);
  for (const round of [1, 2]) {
    await nav(page, 'Journeys').click();
    await page.getByRole('button', { name: /^(New journey|Create the first journey)$/ }).click();
    await page.getByRole('textbox', { name: 'Journey name' }).fill('Bike purchase');
    const warning = page.getByText('A journey called “Bike purchase” exists already.', { exact: false });
    if (round === 1) await expect(warning).toHaveCount(0);
    else await expect(warning).toBeVisible();
    await page.getByRole('button', { name: 'Create journey', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Bike purchase' })).toBeVisible();
  }

  // The Messages picker no longer shows two identical lines.
  await nav(page, 'Messages').click();
  const options = await page.getByRole('combobox', { name: 'Journey' }).locator('option').allTextContents();
  expect(options).toHaveLength(2);
  expect(new Set(options).size).toBe(2);
  expect(options.every((o) => o.startsWith('Bike purchase'))).toBe(true);

  // A second stage of one name: said, and allowed.
  await nav(page, 'Journeys').click();
  await page.getByRole('table').getByRole('button', { name: 'Bike purchase (1)', exact: true }).click();
  await page.getByRole('tab', { name: 'Name, persona & stages' }).click();
  await page.getByRole('textbox', { name: 'New stage' }).fill('research');
  await expect(page.getByText('Two stages are called “Research”.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Add stage', exact: true }).click();
  const stageNames = page.locator('.stage-list').getByRole('textbox', { name: /^Name of stage \d+$/ });
  await expect(stageNames.last()).toHaveValue('research');

  // The map's add form tells the two stages apart.
  await page.getByRole('tab', { name: 'Map' }).click();
  await page.getByRole('button', { name: 'Add touchpoint', exact: true }).first().click();
  const stageChoice = page.getByRole('dialog').getByRole('combobox', { name: 'Stage', exact: true });
  const labels = await stageChoice.locator('option').allTextContents();
  const research = labels.filter((l) => l.toLowerCase().startsWith('research'));
  expect(research).toHaveLength(2);
  expect(new Set(research).size).toBe(2);
});
