import { expect, type Locator, type Page } from '@playwright/test';

/** Locators and steps of the journey-map specs. */

export function card(page: Page, title: string): Locator {
  return page
    .locator('.tp-card')
    .filter({ has: page.locator('.tp-title', { hasText: new RegExp(`^${escape(title)}$`) }) });
}

export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Create a journey from one of the templates (by the name shown on its option). */
export async function createFromTemplate(page: Page, template: RegExp, name?: string): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^(Journeys|Kundenreisen)$/ })
    .click();
  await page
    .getByRole('button', {
      name: /^(New journey|Create the first journey|Neue Kundenreise|Erste Kundenreise anlegen)$/,
    })
    .click();
  await page.getByRole('radio', { name: template }).check();
  if (name) await page.getByRole('textbox', { name: /^(Journey name|Name der Kundenreise)$/ }).fill(name);
  await page.getByRole('button', { name: /^(Create journey|Kundenreise anlegen)$/ }).click();
  await expect(page.locator('.tp-card').first()).toBeVisible();
}

/** The centre of the map cell at this stage and channel, in page coordinates. */
export async function cellPoint(
  page: Page,
  stage: string,
  channel: string,
  dy = 24,
): Promise<{ x: number; y: number }> {
  const stageBox = await page.locator('.stage-head', { hasText: stage }).first().boundingBox();
  const laneBox = await page
    .locator('.lane-head', { has: page.locator('.lane-head-name', { hasText: new RegExp(`^${escape(channel)}$`) }) })
    .boundingBox();
  if (!stageBox || !laneBox) throw new Error(`no cell ${stage} × ${channel}`);
  return { x: stageBox.x + stageBox.width / 2, y: laneBox.y + dy };
}

/** Drag a card (HTML5 drag and drop) to a point of the map. */
export async function dragCardTo(page: Page, title: string, to: { x: number; y: number }): Promise<void> {
  const canvas = page.locator('.map-canvas');
  const box = (await canvas.boundingBox())!;
  await card(page, title).dragTo(canvas, { targetPosition: { x: to.x - box.x, y: to.y - box.y }, force: true });
}

/** Draw a hand-off arrow with the pointer: from the handle on the card's right edge to the other card. */
export async function drawArrow(page: Page, from: string, to: string): Promise<void> {
  const source = card(page, from);
  await source.scrollIntoViewIfNeeded();
  await source.hover();
  const handle = (await source.locator('.tp-handle').boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  const target = (await card(page, to).boundingBox())!;
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 8 });
  await page.mouse.up();
}

export function panel(page: Page): Locator {
  return page.getByRole('complementary', { name: /^(Touchpoint details|Details des Kontaktpunkts)$/ });
}

export function handoffPanel(page: Page): Locator {
  return page.getByRole('complementary', { name: /^(Hand-off details|Details der Übergabe)$/ });
}

export function notice(page: Page): Locator {
  return page.locator('.map-notice:not(.connect)');
}

export async function openJourney(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^(Journeys|Kundenreisen)$/ })
    .click();
  await page.getByRole('table').getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.locator('.tp-card').first()).toBeVisible();
}
