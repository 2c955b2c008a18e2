import { test, expect } from './host-fixture';
import { card, createFromTemplate, panel } from './journey-map.helpers';
import { rowsOf } from './editing.helpers';
import { ready } from './workbench';

/**
 * Fields save while the user types (after a short pause), and at once when the
 * field is left, the place changes or the page goes away: a reload or closing
 * the page right after the last keystroke loses nothing. One field edit is one
 * undo step, however many saves it took.
 */

const RESPONSE = 'How the company responds';

test('what is typed survives a reload within a second of the last keystroke; the place comes back too', async ({
  page,
  host,
}) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^Research online, buy in the store/);
  await card(page, 'Advice in the store').click();
  const field = panel(page).getByRole('textbox', { name: RESPONSE });
  await field.click();
  await field.press('Control+End');
  await field.pressSequentially(' The advisor shows the online comparison.', { delay: 20 });
  const typedAt = Date.now();
  await page.reload({ waitUntil: 'commit' });
  expect(Date.now() - typedAt).toBeLessThan(1000);
  await ready(page);
  // The address kept the journey and the card: the panel opens on it again.
  await expect(panel(page).getByRole('textbox', { name: RESPONSE })).toHaveValue(
    /The advisor shows the online comparison\.$/,
  );
});

test('the top bar says Saving… while typing and Saved after; a message body survives closing the page', async ({
  page,
  host,
  browser,
}) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^Research online, buy in the store/);
  await page.getByRole('navigation').getByRole('button', { name: 'Messages', exact: true }).click();
  await page.getByRole('tab', { name: 'Write' }).click();
  const body = page.getByRole('textbox', { name: 'Body, core message', exact: true });
  const state = page.locator('.save-status');
  await body.click();
  await body.pressSequentially('Compare at home, try it in the store.', { delay: 15 });
  await expect(state).toHaveAttribute('data-state', /saving|saved/);
  await expect(state).toHaveText(/Saved/);
  await body.pressSequentially(' Same price on every channel.', { delay: 15 });
  const typedAt = Date.now();
  await page.close({ runBeforeUnload: true });
  expect(Date.now() - typedAt).toBeLessThan(1000);

  // Another browser (no shared storage), the same host: the text is in the workspace.
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(host.current.openUrl);
  await ready(second);
  await expect
    .poll(async () => (await rowsOf(host, 'messages')).map((m) => m.body))
    .toContain('Compare at home, try it in the store. Same price on every channel.');
  await second.getByRole('navigation').getByRole('button', { name: 'Messages', exact: true }).click();
  await expect(second.getByRole('textbox', { name: 'Body, core message', exact: true })).toHaveValue(
    'Compare at home, try it in the store. Same price on every channel.',
  );
  await other.close();
});

test('one field edit is one undo step, however many saves it took', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^Research online, buy in the store/);
  await card(page, 'Advice in the store').click();
  const field = panel(page).getByRole('textbox', { name: RESPONSE });
  const before = await field.inputValue();
  await field.click();
  await field.press('Control+End');
  // Pauses longer than the save delay: several saves while typing.
  for (const word of [' First', ' second', ' third.']) {
    await field.pressSequentially(word, { delay: 10 });
    await expect(page.locator('.save-status')).toHaveAttribute('data-state', 'saved');
  }
  await expect
    .poll(async () => (await rowsOf(host, 'touchpoints')).some((t) => String(t.company_response).endsWith('third.')))
    .toBe(true);
  await field.blur();
  await page.getByRole('button', { name: 'Undo: Edit touchpoint' }).click();
  await expect(field).toHaveValue(before);
  await expect(page.getByRole('button', { name: 'Undo: Edit touchpoint' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo: Edit touchpoint' }).click();
  await expect(field).toHaveValue(`${before} First second third.`);
});
