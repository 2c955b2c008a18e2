import { test, expect } from './host-fixture';
import { card, createFromTemplate, openJourney, panel } from './journey-map.helpers';
import { ready } from './workbench';

/**
 * Undo acts where the user can see it: an undo of an edit made elsewhere first
 * takes the user to that place and says what was undone. A notice that says
 * "… archived. Undo brings it back." goes once the archive is undone.
 */

const A = 'Research online, buy in the store';
const B = 'Complaint journey B';

test('an undo of an edit in journey A, pressed in journey B, goes to A and says what it undid', async ({
  page,
  host,
}) => {
  test.setTimeout(90_000);
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^Research online, buy in the store/);
  await createFromTemplate(page, /^A complaint escalates/, B);

  await openJourney(page, A);
  await page.getByRole('tab', { name: 'Name, persona & stages' }).click();
  await page.getByRole('textbox', { name: 'New stage' }).fill('Aftercare');
  await page.getByRole('button', { name: 'Add stage', exact: true }).click();
  const stageList = page.locator('.stage-list');
  await expect(stageList.getByRole('textbox', { name: /^Name of stage \d+$/ }).last()).toHaveValue('Aftercare');

  await openJourney(page, B);
  await expect(page.getByRole('heading', { level: 1, name: B })).toBeVisible();
  await page.getByRole('button', { name: 'Undo: Add stage' }).click();

  // Taken to A, the stage gone there, and told so.
  await expect(page.getByRole('heading', { level: 1, name: A })).toBeVisible();
  await expect(page).toHaveURL(/#\/journeys\//);
  await expect(page.locator('.stage-list input[value="Aftercare"]')).toHaveCount(0);
  await expect(page.getByRole('status', { name: 'Messages from the workbench' })).toContainText(
    `Undone: Add stage in “${A}”`,
  );

  // Redo from B again brings it back in A.
  await openJourney(page, B);
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.getByRole('heading', { level: 1, name: A })).toBeVisible();
  await page.getByRole('tab', { name: 'Name, persona & stages' }).click();
  await expect(stageList.getByRole('textbox', { name: /^Name of stage \d+$/ }).last()).toHaveValue('Aftercare');
  await expect(page.getByRole('status', { name: 'Messages from the workbench' })).toContainText(
    `Redone: Add stage in “${A}”`,
  );
});

test('“… archived. Undo brings it back.” goes away once undone', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^Research online, buy in the store/);
  await card(page, 'Advice in the store').click();
  await panel(page).getByRole('button', { name: 'Archive touchpoint' }).click();
  // Its backstage step serves only this card: the map asks what becomes of it.
  await page
    .getByRole('dialog', { name: 'Archive “Advice in the store”' })
    .getByRole('button', { name: 'Archive touchpoint' })
    .click();
  const notices = page.getByRole('status', { name: 'Messages from the workbench' });
  const archived = notices.getByText('“Advice in the store” archived. Undo brings it back.');
  await expect(archived).toBeVisible();
  await expect(card(page, 'Advice in the store')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo: Archive touchpoint' }).click();
  await expect(card(page, 'Advice in the store')).toBeVisible();
  await expect(archived).toHaveCount(0);
});
