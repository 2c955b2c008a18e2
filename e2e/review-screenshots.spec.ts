import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test as plain, type Page } from '@playwright/test';
import { test, expect } from './host-fixture';
import { card, createFromTemplate, openJourney, panel } from './journey-map.helpers';
import { approvalBar, comment, journeyComments } from './review.helpers';
import { joinAndDownload, syncButton, uploadAndInvite, withTwoClients } from './sync.helpers';
import { ready } from './workbench';

/**
 * The review screens at 1280×800. Run on purpose:
 *   SCREENSHOTS=1 npx playwright test e2e/review-screenshots.spec.ts
 */
test.skip(!process.env.SCREENSHOTS, 'writes docs/screenshots; set SCREENSHOTS=1 to run');
plain.skip(!process.env.SCREENSHOTS, 'writes docs/screenshots; set SCREENSHOTS=1 to run');

const out = resolve(__dirname, '..', 'docs', 'screenshots');
const JOURNEY = 'Research online, buy in the store';

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(out, `review-${name}.png`) });
}

/** Scroll the page's own scroll area (not the window, which would shift the shell) to an element. */
async function scrollTo(page: Page, selector: string): Promise<void> {
  await page.locator('main.page').evaluate((main, sel) => {
    const target = main.querySelector(sel);
    if (target) main.scrollBy(0, target.getBoundingClientRect().top - main.getBoundingClientRect().top - 8);
  }, selector);
}

test('review screens', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await host.open(page);
  await ready(page);
  await page.getByRole('navigation').getByRole('button', { name: 'Review', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Nothing to review yet' })).toBeVisible();
  await shot(page, 'empty');

  await createFromTemplate(page, /^Click & collect/);
  await createFromTemplate(page, /^Research online, buy in the store/);
  await comment(
    page,
    journeyComments(page),
    'Is the store price the same as online? The flyer and the website disagreed last spring.',
    'Dana Weber',
  );
  const thread = journeyComments(page).getByRole('article').first();
  await thread.getByRole('button', { name: 'Reply' }).click();
  await thread.getByRole('textbox', { name: /^Reply to/ }).fill('Yes: both read the price from the fact library now.');
  await thread.getByRole('button', { name: 'Send reply' }).click();
  await card(page, 'Advice in the store').click();
  const tpThreads = panel(page).getByRole('region', { name: 'Comments' });
  await comment(page, tpThreads, 'Can the advisor see which models he compared online?');
  const tpThread = tpThreads.getByRole('article').first();
  await tpThread.getByRole('button', { name: 'Reply' }).click();
  await tpThread
    .getByRole('textbox', { name: /^Reply to/ })
    .fill('Not yet — the store tablet has no access to the wish list.');
  await tpThread.getByRole('button', { name: 'Send reply' }).click();
  // The map at the top of the window, the panel scrolled to its comments.
  await scrollTo(page, '.journey-map');
  await panel(page).evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await shot(page, 'thread-panel');

  await approvalBar(page).getByRole('button', { name: 'Approve' }).click();
  await expect(approvalBar(page)).toContainText('Approved');
  await panel(page).getByRole('textbox', { name: 'Title' }).fill('Advice and test ride');
  await panel(page).getByRole('textbox', { name: 'Title' }).press('Enter');
  await panel(page)
    .getByRole('checkbox', { name: /^Back channel/ })
    .uncheck();
  await panel(page).getByRole('button', { name: 'Close details' }).click();
  await page.getByRole('region', { name: 'Snapshots' }).getByRole('button', { name: 'Compare with now' }).click();
  await expect(page.getByRole('dialog', { name: /^Changes since sign-off/ })).toContainText('Advice and test ride');
  await shot(page, 'compare');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  await openJourney(page, 'Click & collect: buy online, pick up in the store');
  await approvalBar(page).getByRole('button', { name: 'Send for review' }).click();
  await page.getByRole('navigation').getByRole('button', { name: 'Review', exact: true }).click();
  await page.getByRole('table').getByRole('button', { name: JOURNEY }).click();
  await shot(page, 'filled');

  await page.getByRole('navigation').getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('tab', { name: 'General' }).click();
  await page.getByRole('radio', { name: 'Deutsch' }).check();
  await page.getByRole('navigation').getByRole('button', { name: 'Freigabe', exact: true }).click();
  await page.getByRole('table').getByRole('button', { name: JOURNEY }).click();
  await shot(page, 'de');
});

plain('viewer map', async ({ browser }) => {
  plain.setTimeout(120_000);
  await withTwoClients(
    browser,
    async ({ server, a, b }) => {
      await createFromTemplate(a, /^Research online, buy in the store/);
      const code = await uploadAndInvite(a, server.url, 'viewer');
      await joinAndDownload(b, server.url, 'victor@example.com', 'Victor', code);
      await expect(syncButton(b)).toHaveAttribute('data-state', 'synced');
      await openJourney(b, JOURNEY);
      await card(b, 'Advice in the store').click();
      await comment(b, panel(b).getByRole('region', { name: 'Comments' }), 'Please show the stock level here.');
      // The comment went out: nothing pending (a viewer's comments are sent).
      await expect(syncButton(b)).not.toContainText('pending', { timeout: 10_000 });
      await expect(syncButton(b)).toHaveAttribute('data-state', 'synced');
      await scrollTo(b, '.journey-page');
      await panel(b).evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await shot(b, 'viewer-map');
    },
    { viewport: { width: 1280, height: 800 } },
  );
});
