import { test, expect } from './host-fixture';
import { card, cellPoint, createFromTemplate, panel } from './journey-map.helpers';
import { ready } from './workbench';

test('the map by keyboard: walk, move, move to, connect, add, archive and restore', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^Click & collect/);

  // Tab reaches the map's first card; arrows walk the journey in time.
  await card(page, 'Order for store pick-up').focus();
  await page.keyboard.press('ArrowRight');
  await expect(card(page, 'Confirmation with pick-up code')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(card(page, 'Picking in the store')).toBeFocused();
  // Down walks the step column: below the line of visibility, the backstage step serving it.
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.bs-card', { hasText: 'Pick the goods and set them aside' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(card(page, 'Collection at the desk')).toBeFocused();

  // Alt+→ moves the card later in time — at the end of its stage into the next one; focus stays on it.
  const x = async (title: string) => (await card(page, title).boundingBox())!.x;
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByRole('button', { name: /^Collection at the desk\. Physical store, Service\./ })).toBeFocused();
  await expect.poll(async () => (await x('Collection at the desk')) < (await x('Return in the store'))).toBe(true);
  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(async () => (await x('Collection at the desk')) > (await x('Return in the store'))).toBe(true);
  // Alt+Shift+← makes it happen together with the step before: the same column as the return.
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect.poll(async () => (await x('Collection at the desk')) === (await x('Return in the store'))).toBe(true);
  await expect(card(page, 'Collection at the desk')).toBeFocused();

  // "Move to…" puts it anywhere, also onto a channel that has no lane yet.
  await page.keyboard.press('m');
  const move = page.getByRole('dialog', { name: 'Move “Collection at the desk”' });
  await move.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Pick-up' });
  await move.getByRole('combobox', { name: 'Channel' }).selectOption({ label: 'Mobile app' });
  await move.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Collection at the desk\. Mobile app, Pick-up\./ })).toBeVisible();
  await expect(page.locator('.lane-head-name', { hasText: 'Mobile app' })).toBeVisible();

  // C starts a hand-off, arrows choose the target, Enter ends it.
  await card(page, 'Collection at the desk').focus();
  await page.keyboard.press('c');
  await expect(page.getByText('Hand-off from “Collection at the desk”: choose the next touchpoint.')).toBeVisible();
  await card(page, 'Refund confirmed').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Hand-off details' })).toContainText('Refund confirmed');

  // N adds a touchpoint right after the focused card, on its channel.
  await card(page, 'Refund confirmed').focus();
  await page.keyboard.press('n');
  const add = page.getByRole('dialog', { name: 'Add touchpoint' });
  await expect(add.getByRole('combobox', { name: 'Stage' }).locator('option:checked')).toHaveText('Service');
  await expect(add.getByRole('combobox', { name: 'When' }).locator('option:checked')).toHaveText(
    /^After step \d: Refund confirmed$/,
  );
  await expect(add.getByRole('combobox', { name: 'Channel' }).locator('option:checked')).toHaveText('Email newsletter');
  await add.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(add.getByRole('alert')).toHaveText('Give the touchpoint a title.');
  await add.getByRole('textbox', { name: 'Title' }).fill('Satisfaction survey');
  await add.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Satisfaction survey\. Email newsletter, Service\./ })).toBeVisible();
  expect(await x('Satisfaction survey')).toBeGreaterThan(await x('Refund confirmed'));

  // Delete archives; the card can be restored from the list under the map.
  await card(page, 'Satisfaction survey').focus();
  await page.keyboard.press('Delete');
  await expect(card(page, 'Satisfaction survey')).toHaveCount(0);
  await expect(page.getByRole('status', { name: 'Messages from the workbench' })).toContainText(
    '“Satisfaction survey” archived.',
  );
  await page.getByText('1 archived touchpoint').click();
  await page.getByRole('button', { name: 'Restore touchpoint Satisfaction survey' }).click();
  await expect(card(page, 'Satisfaction survey')).toBeVisible();

  // A touchpoint served by a backstage step of its own: Delete asks what happens to that step.
  await card(page, 'Return in the store').focus();
  await page.keyboard.press('Delete');
  const ask = page.getByRole('dialog', { name: 'Archive “Return in the store”' });
  await ask.getByRole('radio', { name: 'Archive it too' }).check();
  await ask.getByRole('button', { name: 'Archive touchpoint' }).click();
  await expect(page.getByText('1 archived backstage step')).toBeVisible();
});

test('double-click a cell to add, search, highlight and zoom', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^A complaint escalates/);

  const point = await cellPoint(page, 'Delivery', 'Email newsletter');
  await page.mouse.dblclick(point.x, point.y);
  const title = panel(page).getByRole('textbox', { name: 'Title' });
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('New touchpoint');
  await title.fill('Delivery delay notice');
  await title.press('Enter');
  await expect(
    page.getByRole('button', { name: /^Delivery delay notice\. Email newsletter, Delivery\./ }),
  ).toBeVisible();

  // Search finds text in any field, without accents or case; the others dim.
  const search = page.getByRole('searchbox', { name: 'Search touchpoints' });
  await search.fill('PHOTOS');
  await expect(page.getByText('3 matches')).toBeVisible();
  await expect(page.locator('.tp-card.is-hit')).toHaveCount(3);
  await expect(card(page, 'Delivery delay notice')).toHaveClass(/is-dimmed/);
  await search.press('Enter');
  await expect(card(page, 'Complaint by email')).toHaveClass(/is-selected/);
  await search.fill('');

  // Highlight one department from the legend: its cards stay, the others dim.
  await page.getByRole('button', { name: /^Highlight Marketing \(digital\)/ }).click();
  await expect(card(page, 'Public post')).not.toHaveClass(/is-dimmed/);
  await expect(card(page, 'Calling the hotline')).toHaveClass(/is-dimmed/);
  await page.getByRole('combobox', { name: 'Highlight channel' }).selectOption({ label: 'Call centre' });
  await expect(card(page, 'Public post')).toHaveClass(/is-dimmed/);
  await page.getByRole('button', { name: /^Highlight Marketing \(digital\)/ }).click();
  await expect(card(page, 'Calling the hotline')).not.toHaveClass(/is-dimmed/);

  // Zoom steps and the overview.
  const level = page.getByRole('button', { name: 'Zoom to 100%' });
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(level).toHaveText('90 %');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(level).toHaveText('110 %');
  await page.getByRole('button', { name: 'Overview' }).click();
  await expect(page.getByRole('img', { name: /^Overview of the whole map/ })).toBeVisible();
  await expect(page.locator('.overview-viewport')).toHaveAttribute('width', /^[1-9]/);
});

test.describe('German', () => {
  test.use({ locale: 'de-DE' });

  test('the map’s Keys panel says what each key does, in the interface language', async ({ page, host }) => {
    await host.open(page);
    await ready(page);
    await createFromTemplate(page, /^Click & Collect/);

    const keys = page.locator('summary', { hasText: 'Tasten auf der Karte' });
    await keys.click();
    const panelBox = page.locator('.keys-panel');
    await expect(panelBox).toBeVisible();
    const row = (shortcut: string) =>
      panelBox.locator('dt', { hasText: shortcut }).locator('xpath=following-sibling::dd[1]');
    await expect(row('Alt+Umschalt+← / Alt+Umschalt+→')).toHaveText(
      'Gleichzeitig mit dem Schritt davor oder danach geschehen lassen',
    );
    await expect(row('Entf / Rücktaste')).toHaveText('Archivieren');
    await page.screenshot({ path: test.info().outputPath('map-keys-de.png') });
    // Esc folds it away and leaves focus on its button.
    await page.keyboard.press('Escape');
    await expect(panelBox).toBeHidden();
    await expect(keys).toBeFocused();

    // The panel's promise holds: B on a touchpoint opens "add a backstage step" for it.
    await card(page, 'Bestellung mit Filialabholung').focus();
    await page.keyboard.press('b');
    await expect(page.getByRole('dialog')).toBeVisible();
  });
});
