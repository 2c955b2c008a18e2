import { test, expect, type Page } from './host-fixture';
import { goTo, ready, rename } from './workbench';

const EXPECTED = ['Inspiration', 'Online research', 'Evaluation', 'Delivery', 'Purchase', 'Loyalty', 'Referral'];

async function stageNames(page: Page, field: RegExp): Promise<string[]> {
  const fields = page.getByRole('textbox', { name: field });
  return fields.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
}

test('creating a journey with stages survives a restart', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await page.getByRole('button', { name: 'Create the first journey' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New journey' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Journey name' })).toBeFocused();

  // The stages start as the default journey, in the interface language.
  expect(await stageNames(page, /^Stage \d+$/)).toEqual([
    'Inspiration',
    'Research',
    'Evaluation',
    'Purchase',
    'Delivery',
    'Service',
    'Loyalty',
  ]);

  // Without a name nothing is created.
  await page.getByRole('button', { name: 'Create journey' }).click();
  await expect(page.getByText('Give the journey a name.')).toBeVisible();

  await page.getByRole('textbox', { name: 'Journey name' }).fill('First bicycle purchase');
  await page.getByRole('textbox', { name: 'Owner (optional)' }).fill('Marketing (digital)');
  await page.getByRole('textbox', { name: 'Stage 2' }).fill('Online research');
  await page.getByRole('button', { name: 'Move stage Delivery up' }).click();
  await expect(page.getByRole('button', { name: 'Move stage Delivery up' })).toBeFocused();
  await page.getByRole('button', { name: 'Remove stage Service' }).click();
  await page.getByRole('button', { name: 'Add stage' }).click();
  await expect(page.getByRole('textbox', { name: 'Stage 7' })).toBeFocused();
  await page.getByRole('textbox', { name: 'Stage 7' }).fill('Referral');
  expect(await stageNames(page, /^Stage \d+$/)).toEqual(EXPECTED);
  await page.getByRole('button', { name: 'Create journey' }).click();

  // The journey opens; its stages are in the order chosen.
  await expect(page.getByRole('heading', { level: 1, name: 'First bicycle purchase' })).toBeVisible();
  await page.getByRole('tab', { name: 'Name, persona & stages' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of stage 1', exact: true })).toBeVisible();
  expect(await stageNames(page, /^Name of stage \d+$/)).toEqual(EXPECTED);
  await expect(page.getByRole('button', { name: 'Undo: Create journey' })).toBeEnabled();

  await host.restart();
  await host.open(page);
  await ready(page);
  const row = page.getByRole('table', { name: 'Active journeys' }).getByRole('row', { name: /First bicycle purchase/ });
  await expect(row).toContainText('7 stages');
  await expect(row).toContainText('Marketing (digital)');
  await row.getByRole('button', { name: 'First bicycle purchase', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'First bicycle purchase' })).toBeVisible();
  await page.getByRole('tab', { name: 'Name, persona & stages' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of stage 1', exact: true })).toBeVisible();
  expect(await stageNames(page, /^Name of stage \d+$/)).toEqual(EXPECTED);
  await expect(page.getByRole('textbox', { name: 'Owner', exact: true })).toHaveValue('Marketing (digital)');
});

test('editing a journey: name, stages, archive and restore', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await page.getByRole('button', { name: 'Create the first journey' }).click();
  await page.getByRole('textbox', { name: 'Journey name' }).fill('Store visit');
  await page.getByRole('button', { name: 'Create journey' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Store visit' })).toBeVisible();
  await page.getByRole('tab', { name: 'Name, persona & stages' }).click();

  await rename(page.getByRole('textbox', { name: 'Journey name' }), 'Store visit with consultation');
  await expect(page.getByRole('heading', { level: 1, name: 'Store visit with consultation' })).toBeVisible();
  await rename(page.getByRole('textbox', { name: 'Name of stage 1' }), 'Trigger');
  await page.getByRole('button', { name: 'Move stage Loyalty up' }).click();
  await expect(page.getByRole('button', { name: 'Move stage Loyalty up' })).toBeFocused();
  await page.getByRole('button', { name: 'Remove stage Delivery' }).click();
  await page.getByRole('textbox', { name: 'New stage' }).fill('Recommendation');
  await page.getByRole('button', { name: 'Add stage' }).click();
  const expected = ['Trigger', 'Research', 'Evaluation', 'Purchase', 'Loyalty', 'Service', 'Recommendation'];
  await expect.poll(() => stageNames(page, /^Name of stage \d+$/)).toEqual(expected);

  await page.getByRole('button', { name: 'Archive journey' }).click();
  await expect(page.getByText('This journey is archived.')).toBeVisible();
  await page.getByRole('button', { name: 'All journeys' }).click();
  await expect(page.getByRole('table', { name: 'Active journeys' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Archived journeys' })).toContainText('Store visit with consultation');

  await host.restart();
  await host.open(page);
  await ready(page);
  await page.getByRole('button', { name: 'Restore journey Store visit with consultation' }).click();
  const row = page
    .getByRole('table', { name: 'Active journeys' })
    .getByRole('row', { name: /Store visit with consultation/ });
  await expect(row).toContainText('7 stages');
  await row.getByRole('button', { name: 'Store visit with consultation', exact: true }).click();
  await page.getByRole('tab', { name: 'Name, persona & stages' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of stage 1', exact: true })).toBeVisible();
  expect(await stageNames(page, /^Name of stage \d+$/)).toEqual(expected);
});

test('a journey needs stages with names', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await goTo(page, 'Journeys');
  await page.getByRole('button', { name: 'Create the first journey' }).click();
  await page.getByRole('textbox', { name: 'Journey name' }).fill('Empty one');
  await page.getByRole('textbox', { name: 'Stage 3' }).fill('');
  await page.getByRole('button', { name: 'Create journey' }).click();
  await expect(page.getByText('Every stage needs a name; remove the empty ones.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Stage 3' })).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'No journeys yet' })).toBeVisible();
});
