import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { bigJourneyEdits } from '../bench/map-seed';
import type { Row } from '../src/shared/schema/tables';
import { test, expect, type HostControl } from './host-fixture';
import { card, createFromTemplate, openJourney } from './journey-map.helpers';
import { ready } from './workbench';

/**
 * The journey map's screenshots, at 1280×800 and 1920×1080. Run on purpose:
 *   SCREENSHOTS=1 npx playwright test e2e/journey-map-screenshots.spec.ts
 */
test.skip(!process.env.SCREENSHOTS, 'writes docs/screenshots; set SCREENSHOTS=1 to run');

// SCREENSHOT_DIR: somewhere to look at them without touching the README's pictures.
const out = process.env.SCREENSHOT_DIR ?? resolve(__dirname, '..', 'docs', 'screenshots');
const WIDE = { width: 1920, height: 1080 };

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  // No caret or hover state in the picture.
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(out, `${name}.png`) });
}

async function seedBig(host: HostControl): Promise<void> {
  const h = host.current.service.handlers;
  const [workspace] = await h['workspaces.list']({});
  const workspaceId = workspace!.id;
  const channels = (
    (await h['rows.list']({ workspaceId, table: 'channels', includeDeleted: false })) as Row<'channels'>[]
  ).sort((a, b) => (a.sort_key < b.sort_key ? -1 : 1));
  const departments = (await h['rows.list']({
    workspaceId,
    table: 'departments',
    includeDeleted: false,
  })) as Row<'departments'>[];
  await h['edits.apply']({
    workspaceId,
    label: 'createJourney',
    edits: bigJourneyEdits('big-journey-0001', 'Omnichannel programme 2030 (500 touchpoints)', channels, departments),
  });
}

test('map screens in English', async ({ page, host }) => {
  await host.open(page);
  await ready(page);

  await page.getByRole('button', { name: 'Create the first journey' }).click();
  await page.getByRole('radio', { name: /^Switching devices/ }).focus();
  await shot(page, 'map-new-journey');
  await page.getByRole('textbox', { name: 'Journey name' }).fill('First bicycle purchase');
  await page.getByRole('button', { name: 'Create journey' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'First bicycle purchase' })).toBeVisible();
  await expect(page.getByText('An empty map')).toBeVisible();
  await shot(page, 'map-empty');

  await createFromTemplate(page, /^A complaint escalates/);
  await shot(page, 'map-template');
  await page.locator('.map-viewport').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await shot(page, 'map-backstage');
  await page.locator('.map-viewport').evaluate((el) => el.scrollTo(0, 0));
  await card(page, 'Calling the hotline').click();
  await shot(page, 'map-panel');
  await page.locator('.map-arrows .arrow.silo').first().dispatchEvent('click');
  await expect(page.getByRole('complementary', { name: 'Hand-off details' })).toBeVisible();
  await shot(page, 'map-handoff');

  await page.setViewportSize(WIDE);
  await page.getByRole('button', { name: 'Close details' }).click();
  await page.locator('.map-viewport').evaluate((el) => el.scrollTo(0, 0));
  await shot(page, 'map-template-1920');

  await seedBig(host);
  await openJourney(page, 'Omnichannel programme 2030 (500 touchpoints)');
  // The map draws only the cards near its view: some, never all 500.
  await expect(page.locator('.tp-card').first()).toBeVisible();
  expect(await page.locator('.tp-card').count()).toBeLessThan(500);
  await shot(page, 'map-500-1920');
  await page.getByRole('button', { name: 'Fit to window' }).click();
  await shot(page, 'map-500-fit-1920');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Zoom to 100%' }).click();
  await page.locator('.map-viewport').evaluate((el) => el.scrollTo(0, 0));
  await shot(page, 'map-500');

  // The list with one journey reviewed today and one reviewed long ago.
  await page.getByRole('button', { name: 'Mark as reviewed' }).click();
  const h = host.current.service.handlers;
  const [workspace] = await h['workspaces.list']({});
  const journeys = (await h['rows.list']({
    workspaceId: workspace!.id,
    table: 'journeys',
    includeDeleted: false,
  })) as Row<'journeys'>[];
  const complaint = journeys.find((j) => j.name.startsWith('A complaint'))!;
  const longAgo = new Date(Date.now() - 140 * 24 * 3600 * 1000).toISOString();
  await h['edits.apply']({
    workspaceId: workspace!.id,
    label: 'markJourneyReviewed',
    edits: [{ table: 'journeys', row: complaint.id, column: 'last_reviewed_at', value: longAgo }],
  });
  await page.getByRole('button', { name: 'All journeys' }).click();
  await expect(page.getByText('Review overdue')).toBeVisible();
  await shot(page, 'map-journeys-list');
});

test.describe('German', () => {
  test.use({ locale: 'de-DE' });

  test('map screens in German', async ({ page, host }) => {
    await host.open(page);
    await ready(page);
    await createFromTemplate(page, /^Beschwerde eskaliert/);
    await shot(page, 'map-de');
    // The backstage below the line of visibility.
    await page.locator('.map-viewport').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await shot(page, 'map-backstage-de');
    await page.locator('.map-viewport').evaluate((el) => el.scrollTo(0, 0));
    await card(page, 'Anruf bei der Hotline').click();
    await shot(page, 'map-panel-de');
    await page.setViewportSize(WIDE);
    await shot(page, 'map-panel-de-1920');
  });
});
