import { test, expect, type Page } from './host-fixture';
import { apply, row, seedJourney } from './messages-seed';
import { nav, ready } from './workbench';

/** The Messages section end to end: facts, core message, variants, limits, conditions, simulator, previews. */

const JOURNEY = {
  Inspiration: [['Spring newsletter', 'email']],
  Purchase: [
    ['Order confirmation', 'sms'],
    ['Pickup in store', 'store'],
  ],
} as const;

async function openMessages(page: Page, tab: 'Write' | 'Simulate' | 'Consistency' | 'Facts'): Promise<void> {
  await nav(page, 'Messages').click();
  await page.getByRole('tab', { name: tab }).click();
}

async function addFact(page: Page, label: string, value: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Label', exact: true }).fill(label);
  await page.getByRole('textbox', { name: 'Value', exact: true }).fill(value);
  await page.getByRole('button', { name: 'Add fact', exact: true }).click();
}

async function write(page: Page, name: string, text: string): Promise<void> {
  const field = page.getByRole('textbox', { name, exact: true });
  await field.fill(text);
  await field.blur();
}

async function addVariant(page: Page, channel: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Channel for a new variant' }).selectOption({ label: channel });
  await page.getByRole('button', { name: 'Add variant', exact: true }).click();
}

test('a fact, a core message and its channel variants, checked, conditioned, simulated and previewed', async ({
  page,
  host,
}) => {
  await host.open(page);
  await ready(page);
  await seedJourney(host, 'Bicycle purchase', JOURNEY);

  // A fact, defined once.
  await openMessages(page, 'Facts');
  await addFact(page, 'Price', '49,90 €');
  await expect(page.getByRole('textbox', { name: 'Key of Price' })).toHaveValue('price');

  // The core message of the first touchpoint; the fact goes in through the picker.
  await page.getByRole('tab', { name: 'Write' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Spring newsletter' })).toBeVisible();
  await write(page, 'Headline, core message', 'Spring offer: {{price}}');
  const body = page.getByRole('textbox', { name: 'Body, core message', exact: true });
  await body.fill('Your new bike for ');
  await page.getByRole('button', { name: 'Insert a fact into Body, core message' }).click();
  await page.getByRole('button', { name: /\{\{price\}\}/ }).click();
  await expect(body).toHaveValue('Your new bike for {{price}}');
  await body.press('End');
  await body.pressSequentially(', ready in two days.');
  await write(page, 'Call to action, core message', 'Shop now');
  await expect(body).toHaveValue('Your new bike for {{price}}, ready in two days.');

  // Variants for e-mail (the touchpoint's channel, suggested first), SMS and the store.
  await expect(page.getByRole('combobox', { name: 'Channel for a new variant' })).toHaveValue(
    await channelValue(page, 'Email newsletter (this touchpoint)'),
  );
  await page.getByRole('button', { name: 'Add variant', exact: true }).click();
  const email = page.getByRole('region', { name: 'Email newsletter · Default' });
  await expect(email.getByRole('textbox', { name: 'Subject, Email newsletter variant' })).toHaveValue(
    'Spring offer: {{price}}',
  );
  await expect(email.getByRole('figure', { name: 'Preview: Email newsletter · Default' })).toContainText(
    'Your new bike for 49,90 €, ready in two days.',
  );

  await addVariant(page, 'SMS');
  const sms = page.getByRole('region', { name: 'SMS · Default' });
  // Curly quotes force Unicode; the panel names them and replaces them in one click.
  await write(page, 'Body, SMS variant', 'Your new bike for {{price}} – „ready“ in two days.');
  await expect(sms.getByRole('region', { name: 'SMS count' })).toContainText('Unicode');
  await expect(sms.getByRole('list', { name: 'Characters that force Unicode' })).toContainText('U+201E');
  await sms.getByRole('button', { name: /^Replace 3 quotes, dashes or spaces$/ }).click();
  await expect(page.getByRole('textbox', { name: 'Body, SMS variant' })).toHaveValue(
    'Your new bike for {{price}} - "ready" in two days.',
  );
  await expect(sms.getByRole('region', { name: 'SMS count' })).toContainText('GSM-7');

  await addVariant(page, 'Physical store');
  const store = page.getByRole('region', { name: 'Physical store · Default' });
  // Over the store's 60-character headline: counted on the rendered text, worded, then fixed.
  await write(
    page,
    'Headline, Physical store variant',
    'Spring offer in every one of our stores: the new bike for {{price}}',
  );
  await expect(store.getByText('Headline: 65 characters, Physical store allows 60 (5 too many).')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Headline, Physical store variant' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await write(page, 'Headline, Physical store variant', 'Spring offer: the new bike for {{price}}');
  await expect(store.getByText(/too many/)).toHaveCount(0);
  await expect(store.getByText('38 / 60')).toBeVisible();

  // A conditional e-mail variant for customers who clicked in the newsletter.
  await page.getByRole('button', { name: '+ Conditional variant for Email newsletter' }).click();
  await page.getByRole('combobox', { name: 'Event' }).selectOption({ label: 'Clicked in the newsletter' });
  const conditional = page.getByRole('region', { name: 'Email newsletter · If: Clicked in the newsletter' });
  await write(page, 'Headline, Email newsletter variant', 'Welcome back: {{price}}');
  await expect(conditional.getByRole('figure')).toContainText('Welcome back: 49,90 €');

  // The simulator: two customers, two variants.
  await page.getByRole('tab', { name: 'Simulate' }).click();
  const steps = page.getByRole('list', { name: 'Steps of the journey' });
  await expect(steps.getByRole('listitem')).toHaveCount(3);
  await expect(steps.getByRole('button', { name: /Spring newsletter/ })).toContainText('Default');
  const detail = page.getByRole('region', { name: 'Spring newsletter' });
  await expect(detail).toContainText('The default variant: none of the conditions on this channel is met.');
  await expect(detail.getByRole('figure')).toContainText('Spring offer: 49,90 €');

  await page.getByRole('button', { name: 'Add event' }).click();
  await page
    .getByRole('combobox', { name: 'Event 1', exact: true })
    .selectOption({ label: 'Clicked in the newsletter' });
  await expect(steps.getByRole('button', { name: /Spring newsletter/ })).toContainText('If: Clicked in the newsletter');
  await expect(detail).toContainText('Condition met: Clicked in the newsletter (event 1 of the path).');
  await expect(detail.getByRole('figure')).toContainText('Welcome back: 49,90 €');
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page.getByRole('region', { name: 'Order confirmation' })).toContainText(
    'No core message written for this touchpoint.',
  );

  // The fact changes once; every preview follows.
  await page.getByRole('tab', { name: 'Facts' }).click();
  const value = page.getByRole('textbox', { name: 'Value of Price' });
  await value.fill('44,90 €');
  await value.press('Enter');
  await page.getByRole('tab', { name: 'Write' }).click();
  const gallery = page.getByRole('region', { name: 'Previews of every variant' });
  await expect(gallery.getByRole('figure')).toHaveCount(4);
  for (const figure of await gallery.getByRole('figure').all()) {
    await expect(figure).toContainText('44,90 €');
    await expect(figure).not.toContainText('49,90 €');
  }
  await page.getByRole('tab', { name: 'Simulate' }).click();
  await page.getByRole('button', { name: /Spring newsletter/ }).click();
  await expect(page.getByRole('region', { name: 'Spring newsletter' }).getByRole('figure')).toContainText(
    'Welcome back: 44,90 €',
  );
});

async function channelValue(page: Page, label: string): Promise<string> {
  return page
    .getByRole('combobox', { name: 'Channel for a new variant' })
    .locator('option', { hasText: label })
    .getAttribute('value')
    .then((v) => v ?? '');
}

test('a fact in use is not deleted: its uses are shown, archiving asks, renaming updates them', async ({
  page,
  host,
}) => {
  await host.open(page);
  await ready(page);
  const seeded = await seedJourney(host, 'Bicycle purchase', JOURNEY);
  await apply(host, seeded.workspaceId, [
    ...row('facts', 'fact-price-0001', { key: 'price', label: 'Price', value: '49,90 €' }),
    ...row('facts', 'fact-spare-0001', { key: 'spare', label: 'Spare', value: 'unused' }),
    ...row('messages', 'message-news-01', {
      journey_id: seeded.journeyId,
      touchpoint_id: seeded.touchpoints['Spring newsletter']!,
      headline: 'Only {{price}}',
      body: '',
      cta: '',
    }),
    ...row('variants', 'variant-sms-001', {
      message_id: 'message-news-01',
      channel_id: seeded.channel('sms').id,
      body: 'Now {{price}}, really {{price}}',
    }),
  ]);
  await openMessages(page, 'Facts');

  // An unused fact goes at once (undo brings it back).
  await page.getByRole('button', { name: 'Delete fact Spare' }).click();
  await expect(page.getByRole('textbox', { name: 'Key of Spare' })).toHaveCount(0);

  // Deleting a fact in use is refused, and says where it is used.
  await expect(page.getByRole('button', { name: 'Where Price is used: 3 places' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete fact Price' }).click();
  const dialog = page.getByRole('dialog', { name: '{{price}} cannot be deleted' });
  await expect(dialog).toContainText('{{price}} is still used in 3 places.');
  const uses = dialog.getByRole('list', { name: 'Uses of {{price}}' });
  await expect(uses.getByRole('listitem')).toHaveText([
    /Bicycle purchase › Inspiration › Spring newsletter › Core message › Headline/,
    /Bicycle purchase › Inspiration › Spring newsletter › SMS · Default › Body \(2×\)/,
  ]);
  await expect(dialog.getByRole('button', { name: /delete/i })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('textbox', { name: 'Key of Price' })).toHaveValue('price');

  // Archiving asks first; cancelled, nothing changes.
  await page.getByRole('button', { name: 'Archive fact Price' }).click();
  const ask = page.getByRole('dialog', { name: 'Archive {{price}}?' });
  await expect(ask).toContainText('these places would show an unknown placeholder');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('textbox', { name: 'Key of Price' })).toBeVisible();

  // Renaming the key offers to rewrite every use, in one undoable step.
  const key = page.getByRole('textbox', { name: 'Key of Price' });
  await key.fill('price_eur');
  await key.press('Enter');
  await page
    .getByRole('dialog', { name: 'Rename {{price}}?' })
    .getByRole('button', { name: 'Rename and update 3 places' })
    .click();
  await expect(page.getByRole('textbox', { name: 'Key of Price' })).toHaveValue('price_eur');

  // A use opens the place to fix, with the field focused.
  await page.getByRole('button', { name: 'Where Price is used: 3 places' }).click();
  await page.getByRole('button', { name: /^Open .*SMS · Default › Body$/ }).click();
  const smsBody = page.getByRole('textbox', { name: 'Body, SMS variant' });
  await expect(smsBody).toBeFocused();
  await expect(smsBody).toHaveValue('Now {{price_eur}}, really {{price_eur}}');
  await expect(page.getByRole('textbox', { name: 'Headline, core message' })).toHaveValue('Only {{price_eur}}');
  await page.getByRole('button', { name: 'Undo: Rename fact key' }).click();
  await expect(smsBody).toHaveValue('Now {{price}}, really {{price}}');
});

test('channel limits and brand terms from the settings feed the consistency check, whose findings lead to the field', async ({
  page,
  host,
}) => {
  await host.open(page);
  await ready(page);
  const seeded = await seedJourney(host, 'Bicycle purchase', JOURNEY);
  await apply(host, seeded.workspaceId, [
    ...row('facts', 'fact-price-0001', { key: 'price', label: 'Price', value: '49,90 €' }),
    ...row('messages', 'message-news-01', {
      journey_id: seeded.journeyId,
      touchpoint_id: seeded.touchpoints['Pickup in store']!,
      headline: 'Pick it up',
      body: '',
      cta: '',
    }),
    ...row('variants', 'variant-store-1', {
      message_id: 'message-news-01',
      channel_id: seeded.channel('store').id,
      headline: 'Pick up your bike',
      body: 'Cheap and cheerful for {{pric}}',
    }),
  ]);

  // Settings → Catalogue: the store's headline may now hold 10 characters.
  await nav(page, 'Settings').click();
  await page.getByRole('tab', { name: 'Catalogue' }).click();
  await page.getByRole('button', { name: 'Message limits of Physical store' }).click();
  const limits = page.getByRole('dialog', { name: 'Message limits: Physical store' });
  await expect(limits.getByRole('spinbutton', { name: 'Headline' })).toHaveValue('60');
  await limits.getByRole('spinbutton', { name: 'Headline' }).fill('10');
  await limits.getByRole('button', { name: 'Save limits' }).click();
  await expect(limits).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Message limits of Physical store' })).toBeFocused();

  // Settings → General: a banned term.
  await page.getByRole('tab', { name: 'General' }).click();
  await page.getByRole('textbox', { name: 'New banned term' }).fill('cheap');
  await page.getByRole('textbox', { name: 'New banned term' }).press('Enter');
  await expect(page.getByRole('list', { name: 'Banned terms' })).toContainText('cheap');

  await openMessages(page, 'Consistency');
  const findings = page.getByRole('region', { name: 'Findings' });
  await expect(findings).toContainText('Headline: 17 characters, Physical store allows 10 (7 too many).');
  await expect(findings).toContainText('Banned term “cheap” in Body.');
  await expect(findings).toContainText('Unknown placeholder {{pric}} in Body.');
  await expect(findings).toContainText('Nothing written for Email newsletter: this touchpoint has no core message.');
  await expect(page.getByRole('img', { name: /^Consistency score \d+ of 100$/ })).toBeVisible();

  // "Go to" opens the editor on the field, the unknown placeholder selected; the fix is one click.
  await findings
    .getByRole('button', { name: /^Go to .*Physical store · Default › Body$/ })
    .first()
    .click();
  const body = page.getByRole('textbox', { name: 'Body, Physical store variant' });
  await expect(body).toBeFocused();
  await page.getByRole('button', { name: 'Write {{price}}' }).click();
  await expect(body).toHaveValue('Cheap and cheerful for {{price}}');
  await body.blur();
  await page.getByRole('tab', { name: 'Consistency' }).click();
  await expect(findings).not.toContainText('Unknown placeholder');
});

test('by keyboard: insert a fact with the picker, reorder conditional variants, step through the simulator', async ({
  page,
  host,
}) => {
  await host.open(page);
  await ready(page);
  const seeded = await seedJourney(host, 'Bicycle purchase', JOURNEY);
  const email = seeded.channel('email').id;
  await apply(host, seeded.workspaceId, [
    ...row('facts', 'fact-price-0001', { key: 'price', label: 'Price', value: '49,90 €' }),
    ...row('facts', 'fact-hotline-01', { key: 'hotline', label: 'Hotline', value: '0800 123 456' }),
    ...row('messages', 'message-news-01', {
      journey_id: seeded.journeyId,
      touchpoint_id: seeded.touchpoints['Spring newsletter']!,
      headline: 'Spring',
      body: '',
      cta: '',
    }),
    ...row('variants', 'variant-default', {
      message_id: 'message-news-01',
      channel_id: email,
      subject: 'Spring',
      headline: 'For everyone',
    }),
    ...row('variants', 'variant-opened1', {
      message_id: 'message-news-01',
      channel_id: email,
      subject: 'Spring',
      headline: 'You opened it',
      condition: { event: 'newsletter_opened', channelId: null },
      precedence: 0,
    }),
    ...row('variants', 'variant-store01', {
      message_id: 'message-news-01',
      channel_id: email,
      subject: 'Spring',
      headline: 'You were in store',
      condition: { event: 'store_visited', channelId: null },
      precedence: 1,
    }),
  ]);
  await openMessages(page, 'Write');

  // The picker: Enter opens it, arrows move, Enter inserts at the caret, focus returns to the field.
  const headline = page.getByRole('textbox', { name: 'Headline, core message' });
  await headline.focus();
  await headline.press('End');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Insert a fact into Headline, core message' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /\{\{hotline\}\}/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: /\{\{price\}\}/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(headline).toBeFocused();
  await expect(headline).toHaveValue('Spring{{price}}');
  await page.keyboard.press('Escape');
  await expect(headline).toHaveValue('Spring');

  // Reordering keeps the keyboard on the moved variant's button; the list shows the order tried.
  const order = page.getByRole('list', { name: 'Variants for Email newsletter, in the order they are tried' });
  await expect(order.getByRole('listitem')).toHaveText([/If: Opened the newsletter/, /If: Visited a store/, /Default/]);
  const later = page.getByRole('button', { name: 'Try Email newsletter · If: Opened the newsletter later' });
  await later.focus();
  await page.keyboard.press('Enter');
  await expect(order.getByRole('listitem')).toHaveText([/If: Visited a store/, /If: Opened the newsletter/, /Default/]);
  await expect(
    page.getByRole('button', { name: 'Try Email newsletter · If: Opened the newsletter earlier' }),
  ).toBeFocused();

  // A customer who did both gets the variant tried first: now the store one.
  await page.getByRole('tab', { name: 'Write' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Simulate', selected: true })).toBeFocused();
  await page.getByRole('button', { name: 'Add event' }).press('Enter');
  await page.getByRole('combobox', { name: 'Event 1', exact: true }).selectOption({ label: 'Opened the newsletter' });
  await page.getByRole('button', { name: 'Add event' }).press('Enter');
  await page.getByRole('combobox', { name: 'Event 2', exact: true }).selectOption({ label: 'Visited a store' });
  const detail = page.getByRole('region', { name: 'Spring newsletter' });
  await expect(detail).toContainText('Email newsletter · If: Visited a store');
  await expect(detail).toContainText('Condition met: Visited a store (event 2 of the path).');
  await page.getByRole('button', { name: 'Next step' }).press('Enter');
  await expect(page.getByRole('region', { name: 'Order confirmation' })).toBeVisible();
});
