import type { Page } from '@playwright/test';
import { test, expect } from './host-fixture';
import { createFromTemplate } from './journey-map.helpers';
import { ready } from './workbench';

async function shot(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.waitForTimeout(200);
  await page.screenshot({ path: `/tmp/shots/${name}.png` });
}

test('scratch', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^A complaint escalates/);
  await shot(page, 'a-complaint');
  await page.getByRole('checkbox', { name: 'Thinks & feels' }).check();
  await shot(page, 'b-thoughts');
  await page.locator('.tp-card').first().click();
  await shot(page, 'c-panel');
  await expect(page.locator('.tp-card').first()).toBeVisible();
});
