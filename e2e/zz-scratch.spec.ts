import type { Page } from '@playwright/test';
import { test, expect } from './host-fixture';
import { createFromTemplate } from './journey-map.helpers';
import { ready } from './workbench';

async function shot(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/shots/${name}.png` });
}

test('scratch', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^A complaint escalates/);
  await shot(page, 'a-complaint');
  await page.locator('.layers-menu summary').click();
  await page.getByRole('checkbox', { name: 'Thinks & feels' }).check();
  await page.locator('.layers-menu summary').click();
  await shot(page, 'b-thoughts');
  await page.locator('.map-viewport').evaluate((v) => v.scrollTo(0, 400));
  await shot(page, 'b2-backstage');
  await page.getByRole('button', { name: 'Fit to window' }).click();
  await shot(page, 'b3-fit');
  await page.getByRole('button', { name: 'Zoom to 100%' }).click();
  await page.locator('.tp-card').first().click();
  await shot(page, 'c-panel');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await shot(page, 'd-wide');
  await expect(page.locator('.tp-card').first()).toBeVisible();
});
