import type { Row } from '../src/shared/schema/tables';
import { test, expect, type Page } from './host-fixture';
import { card, notice, panel } from './journey-map.helpers';
import { goTo, ready } from './workbench';

/**
 * Issue #11 end to end: a journey built in the customer's time order — three
 * steps in one stage in a chosen order, two touchpoints in parallel — with
 * thoughts and a backstage step whose hand-off loses the context; the map
 * shows that order and the silo finding names the backstage hand-off.
 */

const JOURNEY = 'Parcel arrives damaged';

async function addTouchpoint(
  page: Page,
  title: string,
  channel: string,
  when: RegExp,
  newChannel?: { name: string; kind: string },
): Promise<void> {
  await page.getByRole('button', { name: 'Add touchpoint', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add touchpoint' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Delivery' });
  const whenSelect = dialog.getByRole('combobox', { name: 'When' });
  const option = whenSelect.locator('option').filter({ hasText: when });
  await whenSelect.selectOption((await option.first().getAttribute('value')) ?? '');
  await dialog.getByRole('combobox', { name: 'Channel' }).selectOption({ label: channel });
  if (newChannel) {
    await dialog.getByRole('textbox', { name: 'Name of the new channel' }).fill(newChannel.name);
    await dialog.getByRole('combobox', { name: 'Kind of channel' }).selectOption({ label: newChannel.kind });
  }
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(card(page, title)).toBeVisible();
}

/** Card titles by their left edge: one list per step column, in time order. */
async function steps(page: Page, titles: string[]): Promise<string[][]> {
  const at = new Map<number, string[]>();
  for (const title of titles) {
    const x = Math.round((await card(page, title).boundingBox())!.x);
    at.set(x, [...(at.get(x) ?? []), title]);
  }
  return [...at.entries()].sort((a, b) => a[0] - b[0]).map(([, list]) => list.sort());
}

test('a journey in time: order, parallel steps, thoughts, backstage, and the silo it shows', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await page.getByRole('button', { name: 'Create the first journey' }).click();
  await page.getByRole('textbox', { name: 'Journey name' }).fill(JOURNEY);
  await page.getByRole('button', { name: 'Create journey' }).click();
  await expect(page.getByRole('heading', { level: 1, name: JOURNEY })).toBeVisible();

  // Three steps in the stage, in the order the customer meets them; a missing channel is made on the way.
  await addTouchpoint(page, 'Confirmation email', 'Email newsletter', /^At the start/);
  await addTouchpoint(page, 'Hotline call', 'Call centre', /^After step 1: Confirmation email$/);
  await addTouchpoint(page, 'Chat with the bot', 'Website', /^Together with step 2: Hotline call$/);
  await addTouchpoint(
    page,
    'Delivery survey',
    'New channel…',
    /^After step 2: Chat with the bot \+ Hotline call$|^After step 2/,
    {
      name: 'Parcel e-mails',
      kind: 'Email',
    },
  );
  const all = ['Confirmation email', 'Hotline call', 'Chat with the bot', 'Delivery survey'];
  // Polled: the map may still be scrolling to the card just added while the cards are measured.
  await expect
    .poll(() => steps(page, all))
    .toEqual([['Confirmation email'], ['Chat with the bot', 'Hotline call'], ['Delivery survey']]);

  // The new e-mail channel has subject and preheader limits from the start, and its touchpoint a back channel.
  const h = host.current.service.handlers;
  const [workspace] = await h['workspaces.list']({});
  const channels = (await h['rows.list']({
    workspaceId: workspace!.id,
    table: 'channels',
    includeDeleted: false,
  })) as Row<'channels'>[];
  const parcel = channels.find((c) => c.name === 'Parcel e-mails')!;
  expect(parcel.kind).toBe('email');
  expect(parcel.constraints).toMatchObject({ subject: true, preheader: true, subjectMax: 60, preheaderMax: 100 });
  await card(page, 'Delivery survey').click();
  await expect(panel(page).getByRole('checkbox', { name: /^Back channel/ })).toBeChecked();

  // The customer did it the other way round: hotline and chat first, then the confirmation. Alt+← moves a card
  // earlier in time (out of a shared step first), Alt+Shift+← makes it happen together with the step before.
  await card(page, 'Hotline call').press('Alt+ArrowLeft');
  await expect
    .poll(() => steps(page, all))
    .toEqual([['Confirmation email'], ['Hotline call'], ['Chat with the bot'], ['Delivery survey']]);
  await card(page, 'Hotline call').press('Alt+ArrowLeft');
  await expect
    .poll(() => steps(page, all))
    .toEqual([['Hotline call'], ['Confirmation email'], ['Chat with the bot'], ['Delivery survey']]);
  await card(page, 'Chat with the bot').press('Alt+ArrowLeft');
  await card(page, 'Chat with the bot').press('Alt+Shift+ArrowLeft');
  await expect
    .poll(() => steps(page, all))
    .toEqual([['Chat with the bot', 'Hotline call'], ['Confirmation email'], ['Delivery survey']]);

  // Messages walk the journey in the same order: the outline lists the touchpoints as the map now shows them.
  await page.getByRole('navigation').getByRole('button', { name: 'Messages', exact: true }).click();
  await page.getByRole('tab', { name: 'Write' }).click();
  const outline = page.getByRole('navigation', { name: `Touchpoints of ${JOURNEY}` }).locator('.tp-title');
  await expect(outline).toHaveCount(4);
  const listed = await outline.allTextContents();
  expect([...listed.slice(0, 2)].sort()).toEqual(['Chat with the bot', 'Hotline call']);
  expect(listed.slice(2)).toEqual(['Confirmation email', 'Delivery survey']);
  await page.getByRole('navigation').getByRole('button', { name: 'Journeys', exact: true }).click();
  await page.getByRole('table').getByRole('button', { name: JOURNEY, exact: true }).click();
  await expect(card(page, 'Hotline call')).toBeVisible();

  // What the customer says at the hotline: on the card, and in the thoughts row.
  await card(page, 'Hotline call').click();
  await panel(page).getByRole('textbox', { name: 'The customer says' }).fill('I already explained all this!');
  await panel(page).getByRole('textbox', { name: 'The customer feels' }).fill('angry');
  await panel(page).getByRole('textbox', { name: 'Title' }).click();
  await expect(card(page, 'Hotline call')).toContainText('“I already explained all this!”');
  await page.locator('.layers-menu summary').click();
  await page.getByRole('checkbox', { name: 'Thinks & feels' }).check();
  await page.locator('.layers-menu summary').click();
  await expect(page.locator('.thought-cell').first()).toContainText('I already explained all this!');

  // Backstage: the hotline opens a ticket; the store prepares the exchange; the ticket does not reach the store.
  const backstage = panel(page).getByRole('region', { name: 'Backstage' });
  await backstage.getByRole('textbox', { name: 'New backstage step' }).fill('Open a ticket');
  await backstage
    .getByRole('combobox', { name: 'Department', exact: true })
    .selectOption({ label: 'Customer service' });
  await backstage.getByRole('button', { name: 'Add', exact: true }).click();
  const step = page.getByRole('complementary', { name: 'Backstage step details' });
  await expect(step.getByRole('textbox', { name: 'What happens behind the scenes' })).toHaveValue('Open a ticket');
  await card(page, 'Confirmation email').click();
  await panel(page).getByRole('textbox', { name: 'New backstage step' }).fill('Prepare the exchange');
  await panel(page)
    .getByRole('combobox', { name: 'Department', exact: true })
    .selectOption({ label: 'Store operations' });
  await panel(page).getByRole('button', { name: 'Add', exact: true }).click();
  await expect(step).toBeVisible();
  await page.locator('.bs-card', { hasText: 'Open a ticket' }).click();
  await step.getByRole('combobox', { name: 'Hand on to…' }).selectOption({ label: 'Prepare the exchange' });
  await step.getByRole('button', { name: 'Add hand-off' }).click();
  const handoff = page.getByRole('complementary', { name: 'Backstage hand-off details' });
  await expect(handoff).toContainText('Another department takes over without the context');
  await expect(handoff.getByRole('checkbox', { name: /^Carries context/ })).not.toBeChecked();
  // The backstage step stands in the column of the touchpoint it serves.
  const ticket = (await page.locator('.bs-card', { hasText: 'Open a ticket' }).boundingBox())!;
  expect(Math.round(ticket.x)).toBe(Math.round((await card(page, 'Hotline call').boundingBox())!.x));

  // A hand-off to itself is refused with the reason.
  await page.locator('.bs-card', { hasText: 'Open a ticket' }).click();
  await page.locator('.bs-card', { hasText: 'Open a ticket' }).press('c');
  await page.locator('.bs-card', { hasText: 'Open a ticket' }).press('Enter');
  await expect(notice(page)).toContainText('a step cannot hand off to itself');

  // The silo finding names the backstage hand-off.
  await goTo(page, 'Coverage');
  await page.getByRole('tab', { name: 'Findings' }).click();
  await expect(
    page.getByText(
      'Backstage: Customer service hands “Open a ticket” to Store operations for “Prepare the exchange” without the context (Delivery).',
    ),
  ).toBeVisible();

  // Deleting a touchpoint asks about its backstage step; kept, it is listed as serving nothing.
  await page.getByRole('navigation').getByRole('button', { name: 'Journeys' }).click();
  await page.getByRole('table').getByRole('button', { name: JOURNEY, exact: true }).click();
  await card(page, 'Confirmation email').click();
  await card(page, 'Confirmation email').press('Delete');
  const ask = page.getByRole('dialog', { name: 'Archive “Confirmation email”' });
  await expect(ask).toContainText('One backstage step serves only this touchpoint.');
  await ask.getByRole('button', { name: 'Archive touchpoint' }).click();
  await expect(card(page, 'Confirmation email')).toHaveCount(0);
  await expect(page.getByText('1 backstage step serves no touchpoint')).toBeVisible();
  await expect(page.locator('.bs-card', { hasText: 'Prepare the exchange' })).toHaveClass(/is-unlinked/);
});
