import { test, expect } from './host-fixture';
import type { Page } from '@playwright/test';
import { card, createFromTemplate, escape, openJourney } from './journey-map.helpers';
import { ready } from './workbench';

/** The journey page's views: the map, the journey's details, its comments. */
async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
}

const JOURNEY = 'Click & collect: buy online, pick up in the store';

test('journey list: persona, duplicate, review date, stale flag and interval', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^Click & collect/);
  await page.getByRole('button', { name: 'Mark as reviewed' }).click();
  await expect(page.getByText('Last reviewed: today')).toBeVisible();

  await page.getByRole('button', { name: 'All journeys' }).click();
  const table = page.getByRole('table', { name: 'Active journeys' });
  // The original's row (its name is followed by the persona; the copy's by "(copy)").
  const row = table.getByRole('row', { name: new RegExp(`^${escape(JOURNEY)} Aylin`) });
  await expect(row).toContainText('Aylin, 28, plans her errands precisely');
  await expect(row).not.toContainText('Review overdue');

  // Duplicate: an independent copy with the whole map opens.
  await page.getByRole('button', { name: `Duplicate journey ${JOURNEY}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${JOURNEY} (copy)` })).toBeVisible();
  await expect(page.locator('.tp-card')).toHaveCount(7);
  await expect(page.locator('.map-arrows .arrow')).toHaveCount(6);
  await expect(page.getByText('Last reviewed: not reviewed yet')).toBeVisible();

  // A review long ago is flagged in the list; the interval is the workspace's, and editable there.
  const service = host.current.service.handlers;
  const [workspace] = await service['workspaces.list']({});
  const journeys = await service['rows.list']({ workspaceId: workspace!.id, table: 'journeys', includeDeleted: false });
  const original = journeys.find((j) => 'name' in j && j.name === JOURNEY)!;
  const longAgo = new Date(Date.now() - 200 * 24 * 3600 * 1000).toISOString();
  await service['edits.apply']({
    workspaceId: workspace!.id,
    label: 'test',
    edits: [{ table: 'journeys', row: original.id, column: 'last_reviewed_at', value: longAgo }],
  });
  await page.getByRole('button', { name: 'All journeys' }).click();
  await expect(row).toContainText('Review overdue');
  await expect(page.getByText('1 journey is due for a review.')).toBeVisible();
  await expect(table.getByRole('row', { name: /\(copy\)/ })).toContainText('Not reviewed yet');
  const interval = page.getByRole('spinbutton', { name: 'Flag journeys not reviewed for' });
  await interval.fill('365');
  await interval.press('Enter');
  await expect(row).not.toContainText('Review overdue');
  await interval.fill('0');
  await interval.press('Enter');
  await expect(page.getByText('Enter a number of days between 1 and 3650.')).toBeVisible();
  await expect(interval).toHaveValue('365');

  // Archive and restore from the list.
  await page.getByRole('button', { name: `Archive journey ${JOURNEY} (copy)` }).click();
  await page.getByRole('button', { name: `Restore journey ${JOURNEY} (copy)` }).click();
  await expect(table.getByRole('row', { name: /\(copy\)/ })).toBeVisible();
});

test('persona: edit it, choose the preferred channels; it survives a restart', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^Research online, buy in the store/, 'Bicycle in the shop');
  await tab(page, 'Name, persona & stages');
  await page.getByRole('textbox', { name: 'Persona name' }).fill('Thomas, 53');
  await page.getByRole('textbox', { name: 'Goals' }).fill('A bike he can ride home today.');
  await page.getByRole('checkbox', { name: 'Mobile app' }).check();
  await page.getByRole('textbox', { name: 'Persona name' }).click();
  await expect(page.getByRole('combobox', { name: 'Persona of this journey' }).locator('option:checked')).toHaveText(
    'Thomas, 53',
  );

  await host.restart();
  await host.open(page);
  await ready(page);
  await openJourney(page, 'Bicycle in the shop');
  await tab(page, 'Name, persona & stages');
  await expect(page.getByRole('textbox', { name: 'Goals' })).toHaveValue('A bike he can ride home today.');
  await expect(page.getByRole('checkbox', { name: 'Mobile app' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Physical store' })).toBeChecked();
});

test('removing a stage with touchpoints asks, then moves or archives them; undo brings it all back', async ({
  page,
  host,
}) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^Click & collect/);

  await tab(page, 'Name, persona & stages');
  await page.getByRole('button', { name: 'Remove stage Waiting' }).click();
  const ask = page.getByRole('dialog', { name: 'Remove stage “Waiting”?' });
  await expect(ask).toContainText('This stage holds 2 touchpoints.');
  await ask.getByRole('combobox', { name: 'Stage to move them to' }).selectOption({ label: 'Pick-up' });
  await ask.getByRole('button', { name: 'Remove stage' }).click();
  await tab(page, 'Map');
  await expect(page.getByRole('button', { name: /^Picking in the store\. Physical store, Pick-up\./ })).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^Push: your order is ready\. Push notification, Pick-up\./ }),
  ).toBeVisible();
  await expect(page.locator('.stage-head')).toHaveCount(3);

  await page.getByRole('button', { name: 'Undo: Remove stage and move its touchpoints' }).click();
  await expect(page.locator('.stage-head')).toHaveCount(4);
  await expect(page.getByRole('button', { name: /^Picking in the store\. Physical store, Waiting\./ })).toBeVisible();

  await tab(page, 'Name, persona & stages');
  await page.getByRole('button', { name: 'Remove stage Service' }).click();
  const again = page.getByRole('dialog', { name: 'Remove stage “Service”?' });
  await again.getByRole('radio', { name: /^Archive them/ }).check();
  await again.getByRole('button', { name: 'Remove stage' }).click();
  await tab(page, 'Map');
  await expect(card(page, 'Return in the store')).toHaveCount(0);
  await expect(page.getByText('2 archived touchpoints')).toBeVisible();
  // Restored, an archived card goes back onto the map although its stage is gone.
  await page.getByText('2 archived touchpoints').click();
  await page.getByRole('button', { name: 'Restore touchpoint Return in the store' }).click();
  await expect(page.getByRole('button', { name: /^Return in the store\. Physical store, Purchase\./ })).toBeVisible();

  // Cancel leaves everything as it was.
  await tab(page, 'Name, persona & stages');
  await page.getByRole('button', { name: 'Remove stage Purchase' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await tab(page, 'Map');
  await expect(page.locator('.stage-head')).toHaveCount(3);
});
