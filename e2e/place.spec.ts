import { test, expect } from './host-fixture';
import { card, createFromTemplate, panel } from './journey-map.helpers';
import { ready } from './workbench';

/**
 * The place is in the address: section, journey, selected card, coverage tab
 * and the touchpoint being written. Reload, back and forward and a copied link
 * (same browser: the host's token became a cookie) come back to it; each
 * section opens at its top.
 */

const JOURNEY = 'Research online, buy in the store';

test('reload, back and forward and a copied link return to the place', async ({ page, host, context }) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^Research online, buy in the store/);
  await card(page, 'Advice in the store').click();
  await expect(page).toHaveURL(/#\/journeys\/[^?]+\?tp=/);

  // Reload: the journey with the same card open.
  await page.reload();
  await ready(page);
  await expect(page.getByRole('heading', { level: 1, name: JOURNEY })).toBeVisible();
  await expect(panel(page).getByRole('textbox', { name: 'Title' })).toHaveValue('Advice in the store');

  // The journey page's tab is part of the place too: reload keeps it, back returns to the map.
  await page.getByRole('tab', { name: 'Name, persona & stages' }).click();
  await expect(page).toHaveURL(/#\/journeys\/[^?]+\?tab=settings/);
  await page.reload();
  await ready(page);
  await expect(page.getByRole('tab', { name: 'Name, persona & stages' })).toHaveAttribute('aria-selected', 'true');
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel(page).getByRole('textbox', { name: 'Title' })).toHaveValue('Advice in the store');

  // Coverage, on the findings tab of this journey.
  await page.getByRole('navigation').getByRole('button', { name: 'Coverage', exact: true }).click();
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: JOURNEY });
  await page.getByRole('tab', { name: /^Findings/ }).click();
  await expect(page).toHaveURL(/#\/coverage\/findings\?journey=/);
  await page.reload();
  await ready(page);
  await expect(page.getByRole('tab', { name: /^Findings/ })).toHaveAttribute('aria-selected', 'true');

  // Messages, writing one touchpoint.
  await page.getByRole('navigation').getByRole('button', { name: 'Messages', exact: true }).click();
  await page.getByRole('tab', { name: 'Write' }).click();
  await page
    .getByRole('button', { name: /^Checkout/ })
    .first()
    .click();
  await expect(page).toHaveURL(/#\/messages\/write\?journey=[^&]+&tp=/);
  const writing = page.getByRole('heading', { level: 2, name: /Checkout/ });
  await expect(writing).toBeVisible();
  const messageLink = page.url();

  // Back, step by step: the findings, the overview of the journey, of the workspace, the journey with its card.
  const scope = page.getByRole('combobox', { name: 'Show' });
  await page.goBack();
  await expect(page.getByRole('tab', { name: /^Findings/ })).toHaveAttribute('aria-selected', 'true');
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
  await expect(scope.locator('option:checked')).toHaveText(JOURNEY);
  await page.goBack();
  await expect(scope.locator('option:checked')).toHaveText('Whole workspace');
  await page.goBack();
  await expect(panel(page).getByRole('textbox', { name: 'Title' })).toHaveValue('Advice in the store');
  // And forward again to the message.
  for (let i = 0; i < 4; i++) await page.goForward();
  await expect(writing).toBeVisible();

  // A copied link, opened in another tab of the same browser.
  const other = await context.newPage();
  await other.goto(messageLink);
  await ready(other);
  await expect(other.getByRole('heading', { level: 2, name: /Checkout/ })).toBeVisible();
  await other.close();
});

test('each section opens at its top', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^Research online, buy in the store/);
  const scroller = page.locator('main.page');
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  // The journey page fills the window with its map, so it scrolls only a little; any scroll shows the point.
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(50);
  await page.getByRole('navigation').getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  expect(await scroller.evaluate((el) => el.scrollTop)).toBe(0);
});
