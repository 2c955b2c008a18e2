import { test, expect } from './host-fixture';
import { createFromTemplate } from './journey-map.helpers';
import { seedJourney } from './messages-seed';
import { deck, present, seedKeyMessage, slideHeading } from './presentation.helpers';
import { ready } from './workbench';

const COMPLAINT = 'A complaint escalates: email, hotline, social media';

test('presents a journey slide by slide with keys, clicker keys and buttons, and Esc returns to the journey', async ({
  page,
  host,
}) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^A complaint escalates/);
  await seedKeyMessage(
    host,
    'Calling the hotline',
    {
      headline: 'We call you back within {{callback_hours}} hours',
      body: 'No need to tell your story twice.',
      cta: 'Request a call-back',
    },
    { key: 'callback_hours', value: '2' },
  );

  await present(page, COMPLAINT);
  const slides = deck(page);
  await expect(slides.getByText('Markus, 41, expects a quick solution')).toBeVisible();
  await expect(slides.getByText('Slide 1 of 6', { exact: true })).toBeAttached();
  await expect(
    deck(page)
      .getByRole('status')
      .filter({ hasText: /^Slide 1 of 6: / }),
  ).toBeAttached();

  await page.keyboard.press('ArrowRight');
  await expect(slideHeading(page)).toHaveText('Delivery');
  await expect(slides.getByText('Stage 1 of 4')).toBeVisible();
  await expect(slides.getByText('Unpacking damaged goods')).toBeVisible();
  await expect(deck(page).getByRole('status')).toHaveText('Slide 2 of 6: Delivery');

  await page.keyboard.press('Space');
  await expect(slideHeading(page)).toHaveText('Complaint');
  await expect(slides.getByText('Complaint by email')).toBeVisible();
  await expect(slides.getByText('No core message written for this stage yet.')).toBeVisible();

  await page.keyboard.press('PageDown');
  await expect(slideHeading(page)).toHaveText('Escalation');
  await expect(slides.getByText('Stage 3 of 4')).toBeVisible();
  await expect(slides.getByText('Calling the hotline', { exact: true })).toBeVisible();
  const messages = slides.getByRole('region', { name: 'Key messages' });
  // The fact is filled in, not shown as a placeholder.
  await expect(messages.getByText('We call you back within 2 hours')).toBeVisible();
  await expect(messages.getByText('Request a call-back')).toBeVisible();
  await expect(slides.getByRole('figure', { name: /Current stage: Escalation\.$/ })).toBeAttached();

  await page.keyboard.press('ArrowLeft');
  await expect(slideHeading(page)).toHaveText('Complaint');
  await page.keyboard.press('PageUp');
  await expect(slideHeading(page)).toHaveText('Delivery');
  await expect(slides.getByText('We call you back within 2 hours')).toHaveCount(0);

  await page.keyboard.press('End');
  await expect(slides.getByText('Slide 6 of 6', { exact: true })).toBeAttached();
  await expect(slides.getByTestId('deck-verdict')).toHaveText(
    /^(Single-channel|Multichannel|Cross-channel|Omnichannel)/,
  );
  await expect(
    slides
      .getByRole('list', { name: 'Maturity levels, from single-channel to omnichannel' })
      .locator('[aria-current="step"]'),
  ).toHaveText(/^(Single-channel|Multichannel|Cross-channel|Omnichannel)/);
  await expect(slides.getByRole('region', { name: 'Dimension scores' }).getByText('Channel breadth')).toBeVisible();
  // The last slide is the end: no wrap-around.
  await page.keyboard.press('ArrowRight');
  await expect(slides.getByText('Slide 6 of 6', { exact: true })).toBeAttached();
  await expect(slides.getByRole('button', { name: 'Next slide' })).toBeDisabled();

  await page.keyboard.press('Home');
  await expect(slideHeading(page)).toHaveText(COMPLAINT);
  const controls = slides.getByRole('navigation', { name: 'Presentation controls' });
  await controls.getByRole('button', { name: 'Next slide' }).click();
  await expect(slideHeading(page)).toHaveText('Delivery');
  // Space on the focused button moves one slide (the button's own click), not two.
  await controls.getByRole('button', { name: 'Next slide' }).press('Space');
  await expect(slideHeading(page)).toHaveText('Complaint');
  await controls.getByRole('button', { name: 'Slide 5: Resolution' }).click();
  await expect(slideHeading(page)).toHaveText('Resolution');
  await expect(controls.getByRole('button', { name: 'Slide 5: Resolution' })).toHaveAttribute('aria-current', 'step');
  await controls.getByRole('button', { name: 'Previous slide' }).click();
  await expect(slideHeading(page)).toHaveText('Escalation');

  // Ctrl+Z while presenting undoes nothing: the seeded key message (the last edit) stays.
  await expect(slides.getByText('We call you back within 2 hours')).toBeVisible();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(slideHeading(page)).toHaveText('Escalation');
  await expect(slides.getByText('We call you back within 2 hours')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(deck(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: COMPLAINT })).toBeVisible();
  // The keyboard is back where it left: on the Present button, not on the page body.
  await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
});

test('the end button leaves the presentation', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^A complaint escalates/);
  await present(page, COMPLAINT);
  await deck(page).getByRole('button', { name: 'End presentation (Esc)' }).click();
  await expect(deck(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: COMPLAINT })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
});

test('a journey without stages and one without touchpoints still give readable slides', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await seedJourney(host, 'Nothing planned yet', {});
  await page.getByRole('table').getByRole('button', { name: 'Nothing planned yet', exact: true }).click();
  await present(page, 'Nothing planned yet');
  await expect(deck(page).getByText('No persona assigned yet.')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(slideHeading(page)).toHaveText('This journey has no stages yet');
  await page.keyboard.press('ArrowRight');
  await expect(deck(page).getByTestId('deck-verdict')).toHaveText(
    'Nothing to measure yet: the journey has no touchpoints on its map.',
  );
  await page.keyboard.press('Escape');

  await seedJourney(host, 'Stages only', { Inspiration: [], Purchase: [] });
  await page.getByRole('button', { name: 'All journeys' }).click();
  await page.getByRole('table').getByRole('button', { name: 'Stages only', exact: true }).click();
  await present(page, 'Stages only');
  await page.keyboard.press('ArrowDown');
  await expect(slideHeading(page)).toHaveText('Inspiration');
  await expect(deck(page).getByText('No touchpoints in this stage yet.')).toBeVisible();
  await expect(deck(page).getByText('0 touchpoints')).toBeVisible();
});

test.describe('German', () => {
  test.use({ locale: 'de-DE' });

  test('presents in German', async ({ page, host }) => {
    await host.open(page);
    await ready(page);
    await createFromTemplate(page, /^Beschwerde eskaliert/);
    await present(page, 'Beschwerde eskaliert: E-Mail, Hotline, Social Media');
    await expect(deck(page).getByText('Bevorzugte Kanäle')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(slideHeading(page)).toHaveText('Lieferung');
    await expect(deck(page).getByText('Phase 1 von 4')).toBeVisible();
    await expect(deck(page).getByText('Beschädigte Ware ausgepackt')).toBeVisible();
    await expect(deck(page).getByRole('status')).toHaveText('Folie 2 von 6: Lieferung');
    await page.keyboard.press('End');
    await expect(deck(page).getByTestId('deck-verdict')).toHaveText(/^(Single|Multi|Cross|Omni)channel/);
    await page.keyboard.press('Escape');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Beschwerde eskaliert: E-Mail, Hotline, Social Media' }),
    ).toBeVisible();
  });
});

test('leaving full screen by the browser ends the presentation', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^A complaint escalates/);
  await present(page, COMPLAINT);
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('role') ?? null)).toBe('dialog');
  await page.evaluate(() => document.exitFullscreen());
  await expect(deck(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: COMPLAINT })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
});

test('when full screen is refused the presentation covers the window and works the same', async ({ page, host }) => {
  await page.addInitScript(() => {
    Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'));
  });
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^A complaint escalates/);
  await present(page, COMPLAINT);
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  expect(await deck(page).boundingBox()).toEqual({ x: 0, y: 0, width: 1280, height: 800 });
  // The app's navigation (top left) is underneath the presentation, not beside it.
  expect(await page.evaluate(() => document.elementFromPoint(40, 120)?.closest('[role="dialog"]') !== null)).toBe(true);
  await expect(deck(page).getByRole('button', { name: 'Full screen' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(slideHeading(page)).toHaveText('Delivery');
  await page.keyboard.press('Escape');
  await expect(deck(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: COMPLAINT })).toBeVisible();
});
