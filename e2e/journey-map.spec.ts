import { test, expect } from './host-fixture';
import {
  card,
  cellPoint,
  createFromTemplate,
  dragCardTo,
  drawArrow,
  handoffPanel,
  notice,
  openJourney,
  panel,
} from './journey-map.helpers';
import { goTo, ready } from './workbench';

const JOURNEY = 'Research online, buy in the store';

test('a journey from a template: add, edit, drag in time, connect, undo, redo, restart, German', async ({
  page,
  host,
}) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^Research online, buy in the store/);
  await expect(page.getByRole('heading', { level: 1, name: JOURNEY })).toBeVisible();
  await expect(page.locator('.tp-card')).toHaveCount(7);
  await expect(
    page.getByRole('button', {
      name: /^Advice in the store\. Physical store, Purchase\. Owner: Store operations\. Emotion: positive\.$/,
    }),
  ).toBeVisible();
  // Its backstage stands below the line of visibility, in department lanes.
  await expect(page.locator('.lane-head.visibility')).toBeAttached();
  await expect(page.getByRole('list', { name: 'Backstage departments' })).toContainText('Store operations');
  // Name, persona and stages live in their own tab beside the map.
  await page.getByRole('tab', { name: 'Name, persona & stages' }).click();
  await expect(page.getByRole('combobox', { name: 'Persona of this journey' }).locator('option:checked')).toHaveText(
    'Thomas, 52, likes to buy from a local shop',
  );
  await page.getByRole('tab', { name: 'Map' }).click();

  // Add a touchpoint with the keyboard-friendly dialog.
  await page.getByRole('button', { name: 'Add touchpoint', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add touchpoint' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Price alert');
  await dialog.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Research' });
  await dialog
    .getByRole('combobox', { name: 'When' })
    .selectOption({ label: 'After step 1: Product page and comparison' });
  await dialog.getByRole('combobox', { name: 'Channel' }).selectOption({ label: 'Email newsletter' });
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(card(page, 'Price alert')).toBeVisible();
  await expect(panel(page).getByRole('textbox', { name: 'Title' })).toHaveValue('Price alert');
  // In time: after the product page, before the stock check.
  await expect(panel(page)).toContainText('Research · Email newsletter · step 2');
  const x = async (title: string) => (await card(page, title).boundingBox())!.x;
  expect(await x('Product page and comparison')).toBeLessThan(await x('Price alert'));
  expect(await x('Price alert')).toBeLessThan(await x('Checking stock in the store'));

  // Edit every field in the side panel.
  const details = panel(page);
  await details
    .getByRole('textbox', { name: 'What the customer does' })
    .fill('Sets an alert for the model he compared.');
  await details
    .getByRole('textbox', { name: 'How the company responds' })
    .fill('Emails when the price drops, with the store that has it.');
  await details.getByRole('combobox', { name: 'Owner department' }).selectOption({ label: 'Marketing (digital)' });
  await details.getByRole('checkbox', { name: 'Customer service' }).check();
  await details.getByRole('radio', { name: '+2 very positive' }).check();
  await details.getByRole('textbox', { name: 'KPI' }).fill('Alert sign-ups');
  await details.getByRole('checkbox', { name: /^Back channel/ }).check();
  await details.getByRole('checkbox', { name: 'Knows the customer’s earlier activity' }).check();
  await details.getByRole('textbox', { name: 'Notes' }).fill('Needs consent for email.');
  await details.getByRole('textbox', { name: 'The customer thinks' }).fill('Maybe it gets cheaper next week.');
  await details.getByRole('textbox', { name: 'Title' }).click();
  await expect(
    page.getByRole('button', {
      name: /^Price alert\. Email newsletter, Research\. Owner: Marketing \(digital\)\. Emotion: very positive\.$/,
    }),
  ).toBeVisible();

  // An empty title is refused and the old one kept.
  await details.getByRole('textbox', { name: 'Title' }).fill('');
  await details.getByRole('textbox', { name: 'Title' }).press('Enter');
  await expect(details.getByRole('alert')).toHaveText('A touchpoint needs a title. The previous title was kept.');
  await expect(details.getByRole('textbox', { name: 'Title' })).toHaveValue('Price alert');

  // Drag it to another cell; a drop on the add-channel lane is refused with a reason.
  await details.getByRole('button', { name: 'Close details' }).click();
  await expect(card(page, 'Price alert')).toBeFocused();
  // Fit the whole map into the window: every cell, and the add-channel lane, in view.
  await page.getByRole('button', { name: 'Fit to window' }).click();
  await expect(page.getByRole('button', { name: 'Zoom to 100%' })).not.toHaveText('100 %');
  await dragCardTo(page, 'Price alert', await cellPoint(page, 'Purchase', 'Email newsletter'));
  await expect(page.getByRole('button', { name: /^Price alert\. Email newsletter, Purchase\./ })).toBeVisible();
  const addLane = (await page.locator('.lane-head.add').first().boundingBox())!;
  const purchase = await cellPoint(page, 'Loyalty', 'Email newsletter');
  await dragCardTo(page, 'Price alert', { x: purchase.x, y: addLane.y + addLane.height / 2 });
  await expect(notice(page)).toContainText('A touchpoint needs a channel.');
  await expect(page.getByRole('button', { name: /^Price alert\. Email newsletter, Purchase\./ })).toBeVisible();

  // Draw a hand-off and mark it as carrying context.
  await drawArrow(page, 'Price alert', 'Checkout');
  const handoff = handoffPanel(page);
  await expect(handoff).toBeVisible();
  await expect(handoff).toContainText('Crosses departments without context');
  await handoff.getByRole('checkbox', { name: /^Carries context/ }).check();
  await expect(handoff).toContainText('The next touchpoint knows what happened before.');
  // Carried hand-offs: four between touchpoints now, one backstage.
  await expect(page.locator('.map-legend .legend-handoff').first()).toContainText('4 + 1');

  // The same arrow again, or an arrow to itself, is refused.
  await handoff.getByRole('button', { name: 'Close details' }).click();
  await drawArrow(page, 'Price alert', 'Checkout');
  await expect(notice(page)).toContainText('This hand-off already exists.');
  await card(page, 'Price alert').focus();
  await page.keyboard.press('c');
  await page.keyboard.press('Enter');
  await expect(notice(page)).toContainText('A hand-off needs two different touchpoints');

  // Undo and redo the context switch with the keyboard.
  await card(page, 'Price alert').focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Z');
  await expect(page.getByRole('button', { name: 'Redo: Change hand-off' })).toBeEnabled();
  await expect(page.locator('.map-legend .legend-handoff').first()).toContainText('3 + 1');
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.getByRole('button', { name: 'Undo: Change hand-off' })).toBeEnabled();
  await expect(page.locator('.map-legend .legend-handoff').first()).toContainText('4 + 1');

  // Everything is saved: after a restart it is all there.
  await host.restart();
  await host.open(page);
  await ready(page);
  await openJourney(page, JOURNEY);
  // The map draws the cards near the view; fitted to the window, that is all of them.
  await page.getByRole('button', { name: 'Fit to window' }).click();
  await expect(page.locator('.tp-card')).toHaveCount(8);
  await card(page, 'Price alert').click();
  await expect(
    page.getByRole('button', {
      name: /^Price alert\. Email newsletter, Purchase\. Owner: Marketing \(digital\)\. Emotion: very positive\.$/,
    }),
  ).toBeVisible();
  await expect(details.getByRole('textbox', { name: 'KPI' })).toHaveValue('Alert sign-ups');
  await expect(details.getByRole('textbox', { name: 'Notes' })).toHaveValue('Needs consent for email.');
  await expect(details.getByRole('textbox', { name: 'The customer thinks' })).toHaveValue(
    'Maybe it gets cheaper next week.',
  );
  await expect(details.getByRole('checkbox', { name: 'Customer service' })).toBeChecked();
  await expect(details.getByRole('checkbox', { name: 'Knows the customer’s earlier activity' })).toBeChecked();
  await expect(details.getByRole('checkbox', { name: 'Hand-off to Checkout carries context' })).toBeChecked();

  // In German the map speaks German (the data stays as written).
  await goTo(page, 'Settings');
  await page.getByRole('tab', { name: 'General' }).click();
  await page.getByRole('radio', { name: 'Deutsch' }).check();
  await openJourney(page, JOURNEY);
  await expect(page.getByRole('region', { name: 'Kundenreisekarte' })).toBeVisible();
  await expect(
    page.getByRole('toolbar', { name: 'Werkzeuge der Karte' }).getByRole('button', { name: 'Kontaktpunkt hinzufügen' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Legende' })).toContainText('Abteilungswechsel ohne Kontext');
  await expect(page.locator('.map-curve-label')).toContainText('Emotionskurve');
  await card(page, 'Price alert').click();
  await expect(panel(page).getByRole('textbox', { name: 'Was die Kundschaft tut' })).toHaveValue(
    'Sets an alert for the model he compared.',
  );
  await expect(
    page.getByRole('button', {
      name: /^Price alert\. Email newsletter, Purchase\. Verantwortlich: Marketing \(digital\)\. Emotion: sehr positiv\.$/,
    }),
  ).toBeVisible();
});
