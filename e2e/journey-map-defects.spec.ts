import { test, expect, type Page } from './host-fixture';
import { card, createFromTemplate, escape } from './journey-map.helpers';
import { goTo, ready } from './workbench';

/** Issue #12, defects 1–3 of the journey map: each test failed on the map before its fix. */

const JOURNEY = 'Research online, buy in the store';

function laneHead(page: Page, channel: string) {
  return page
    .locator('.lane-head')
    .filter({ has: page.locator('.lane-head-name', { hasText: new RegExp(`^${escape(channel)}$`) }) });
}

/** Every card's centre lies in the band of its own lane's label. */
async function expectLabelsBesideTheirLanes(page: Page, cards: [string, string][]): Promise<void> {
  for (const [title, channel] of cards) {
    const c = (await card(page, title).boundingBox())!;
    const head = (await laneHead(page, channel).boundingBox())!;
    const middle = c.y + c.height / 2;
    expect(middle, `${title} beside ${channel}`).toBeGreaterThanOrEqual(head.y);
    expect(middle, `${title} beside ${channel}`).toBeLessThanOrEqual(head.y + head.height);
  }
}

/** As a keyboard user does: the lane form gets the focus (wherever the map is scrolled), a channel, Enter. */
async function openLane(page: Page, channel: string): Promise<void> {
  const choice = page.getByRole('combobox', { name: 'Channel for a new lane' });
  await choice.focus();
  await choice.selectOption({ label: channel });
  await page.getByRole('button', { name: 'Open lane', exact: true }).click();
}

test('defect 1: lane labels stay beside their lanes after opening a lane', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^Research online, buy in the store/);
  const cards: [string, string][] = [
    ['Advice in the store', 'Physical store'],
    ['Product page and comparison', 'Website'],
  ];
  await expectLabelsBesideTheirLanes(page, cards);
  await openLane(page, 'SMS');
  await expect(laneHead(page, 'SMS')).toBeVisible();
  await expectLabelsBesideTheirLanes(page, cards);
  // And once more with the window scrolled to the lane form's end of the map.
  await openLane(page, 'Push notification');
  await expect(laneHead(page, 'Push notification')).toBeVisible();
  await expectLabelsBesideTheirLanes(page, cards);
});

/** Nothing outside the map scrolled: the top bar at the top, the page's frame where it was. */
async function expectWindowInPlace(page: Page): Promise<void> {
  const shifted = await page.evaluate(() => {
    const scrolled = [document.scrollingElement, ...document.querySelectorAll('.shell, .shell-main, main.page')]
      .filter((el): el is Element => el !== null)
      .map((el) => el.scrollTop);
    return { scrolled, top: document.querySelector('.topbar')!.getBoundingClientRect().top };
  });
  expect(shifted.top).toBe(0);
  expect(shifted.scrolled.every((s) => s === 0)).toBe(true);
}

test('defect 2: search + Enter and "Show on the map" move the map, not the window', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^Research online, buy in the store/);
  const search = page.getByRole('searchbox', { name: 'Search touchpoints' });
  await search.fill('store');
  await search.press('Enter');
  await expect(page.locator('.tp-card.is-selected')).toHaveCount(1);
  await expectWindowInPlace(page);
  await search.press('Enter');
  await search.press('Enter');
  await expectWindowInPlace(page);

  await goTo(page, 'Coverage');
  await page.getByRole('tab', { name: 'Findings' }).click();
  const show = page.getByRole('button', { name: /^Open “.+” in its journey$/ }).first();
  const title = ((await show.getAttribute('aria-label')) ?? '').replace(/^Open “(.+)” in its journey$/, '$1');
  await show.click();
  await expect(page.getByRole('heading', { level: 1, name: JOURNEY })).toBeVisible();
  await expect(card(page, title)).toHaveClass(/is-selected/);
  await expectWindowInPlace(page);
});

test('defect 3: a lane opened but still empty stays with its journey until it is closed', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^Research online, buy in the store/);
  await openLane(page, 'SMS');
  await expect(laneHead(page, 'SMS')).toBeVisible();

  // Leaving the journey and coming back.
  await page.getByRole('button', { name: 'All journeys' }).click();
  await page.getByRole('table').getByRole('button', { name: JOURNEY, exact: true }).click();
  await expect(laneHead(page, 'SMS')).toBeVisible();
  // Reloading.
  await page.reload();
  await ready(page);
  await page.getByRole('navigation').getByRole('button', { name: 'Journeys' }).click();
  await page.getByRole('table').getByRole('button', { name: JOURNEY, exact: true }).click();
  await expect(laneHead(page, 'SMS')).toBeVisible();
  // Another journey does not get it.
  await createFromTemplate(page, /^Click & collect/);
  await expect(laneHead(page, 'SMS')).toHaveCount(0);

  // Closing it.
  await page.getByRole('button', { name: 'All journeys' }).click();
  await page.getByRole('table').getByRole('button', { name: JOURNEY, exact: true }).click();
  await laneHead(page, 'SMS').getByRole('button', { name: 'Close the empty lane SMS' }).click();
  await expect(laneHead(page, 'SMS')).toHaveCount(0);
  await page.reload();
  await ready(page);
  await page.getByRole('navigation').getByRole('button', { name: 'Journeys' }).click();
  await page.getByRole('table').getByRole('button', { name: JOURNEY, exact: true }).click();
  await expect(card(page, 'Advice in the store')).toBeVisible();
  await expect(laneHead(page, 'SMS')).toHaveCount(0);
});

test('in a narrow window: the title keeps its width, and a stage wider than the map keeps its name in view while scrolling', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 800, height: 800 });
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^Click & collect/);
  // In a window this narrow the page's actions go below its title, not beside a title one letter wide.
  expect((await page.getByRole('heading', { level: 1 }).boundingBox())!.width).toBeGreaterThan(300);
  // The top bar fits: undo and redo keep their arrows (their names stay for screen readers), nothing runs off the edge.
  const redo = (await page.getByRole('button', { name: /^Redo/ }).boundingBox())!;
  expect(redo.x + redo.width).toBeLessThanOrEqual(800);
  const head = page.locator('.stage-head').first();
  const viewport = page.locator('.map-viewport');
  const view = (await viewport.boundingBox())!;
  // Zoomed in until the first stage is much wider than the window.
  for (let i = 0; i < 8 && (await head.boundingBox())!.width < view.width + 250; i++)
    await page.getByRole('button', { name: 'Zoom in' }).click();
  const width = (await head.boundingBox())!.width;
  expect(width).toBeGreaterThan(view.width + 250);

  await viewport.evaluate((el, x) => el.scrollTo(x, el.scrollTop), Math.round(width / 2));
  const name = head.locator('.stage-head-name');
  await expect
    .poll(async () => {
      const box = (await name.boundingBox())!;
      return box.x >= view.x && box.x + 40 <= view.x + view.width;
    })
    .toBe(true);
  await page.screenshot({ path: test.info().outputPath('stage-name-pinned.png') });
  // Back at the start, the name stands where it always did.
  await viewport.evaluate((el) => el.scrollTo(0, el.scrollTop));
  await expect.poll(async () => (await name.boundingBox())!.x - (await head.boundingBox())!.x).toBeLessThan(60);
});
