import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './host-fixture';
import { apply, row } from './messages-seed';
import { SHOWCASE_DE, SHOWCASE_EN, seedShowcase } from './messages-showcase';
import { nav, ready } from './workbench';

/**
 * Screenshots of the Messages section at 1280×800, for docs/screenshots. Run on purpose:
 *   SCREENSHOTS=1 npx playwright test e2e/messages-screenshots.spec.ts
 */
test.skip(!process.env.SCREENSHOTS, 'writes docs/screenshots; set SCREENSHOTS=1 to run');

const out = resolve(__dirname, '..', 'docs', 'screenshots');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(out, `messages-${name}.png`) });
}

/** Opens a touchpoint and scrolls its open variant to the top of the page. */
async function showVariant(page: Page, journey: string, touchpoint: string): Promise<void> {
  await page
    .getByRole('navigation', { name: `Touchpoints of ${journey}` })
    .getByRole('button', { name: new RegExp(`^${touchpoint}`) })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: touchpoint })).toBeVisible();
  await page.locator('.variant-editor').evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

const PREVIEWS: readonly (readonly [string, string])[] = [
  ['Spring newsletter', 'email'],
  ['Order confirmation', 'sms'],
  ['App reminder', 'push'],
  ['Instagram post', 'social'],
  ['Product page banner', 'banner'],
  ['Search ad', 'search-ad'],
  ['Store poster', 'poster'],
  ['Shop window poster', 'shop-window'],
  ['Spring catalogue', 'catalogue'],
  ['Hotline', 'call-script'],
];

test('English: every preview kind, the SMS Unicode warning, simulator, consistency, facts, settings', async ({
  page,
  host,
}) => {
  await host.open(page);
  await ready(page);
  const seeded = await seedShowcase(host, SHOWCASE_EN);
  const journey = SHOWCASE_EN.journey;
  await nav(page, 'Messages').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Spring newsletter' })).toBeVisible();
  await shot(page, 'write');

  for (const [touchpoint, name] of PREVIEWS) {
    await showVariant(page, journey, touchpoint);
    await shot(page, `preview-${name}`);
  }

  // The SMS editor with characters that force Unicode.
  await showVariant(page, journey, 'Order confirmation');
  const body = page.getByRole('textbox', { name: 'Body, SMS variant' });
  await body.fill(
    'Your Urban 7 arrives in {{delivery_time}} – we’ll text you the “time window” the day before 🚲. Questions? {{hotline}}',
  );
  await body.blur();
  await expect(page.getByRole('region', { name: 'SMS count' })).toContainText('Unicode');
  await page.locator('.variant-editor').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, 'editor-sms-unicode');

  // A conditional variant and a problem or two for the consistency check.
  await apply(host, seeded.workspaceId, [
    ...row('variants', 'variant-cond-01', {
      message_id: seeded.messages['Spring newsletter']!,
      channel_id: seeded.channel('email').id,
      subject: 'Still thinking about the Urban 7?',
      headline: 'Welcome back',
      body: 'You had a look at the Urban 7 — now for only 1,199 €.',
      cta: 'Finish your order',
      condition: { event: 'newsletter_clicked', channelId: null },
      precedence: 0,
    }),
    ...row('variants', 'variant-cond-02', {
      message_id: seeded.messages['Spring newsletter']!,
      channel_id: seeded.channel('email').id,
      subject: 'Hello again',
      headline: 'Hello again',
      body: 'Cheap bikes from {{prize}}',
      cta: 'Shop',
      condition: { event: 'newsletter_clicked', channelId: seeded.channel('email').id },
      precedence: 1,
    }),
    ...row('workspaces', seeded.workspaceId, { banned_terms: ['cheap'], required_terms: [] }),
  ]);
  await showVariant(page, journey, 'Spring newsletter');
  await page.locator('.variants').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, 'variants-conditions');

  await page.getByRole('tab', { name: 'Simulate' }).click();
  await page.getByRole('button', { name: 'Add event' }).click();
  await page
    .getByRole('combobox', { name: 'Event 1', exact: true })
    .selectOption({ label: 'Clicked in the newsletter' });
  await shot(page, 'simulator');

  await page.getByRole('tab', { name: 'Consistency' }).click();
  await expect(page.getByRole('region', { name: 'Findings' })).toContainText('Banned term');
  await shot(page, 'consistency');

  await page.getByRole('tab', { name: 'Facts' }).click();
  await shot(page, 'facts');
  await page.getByRole('button', { name: 'Delete fact Delivery time' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await shot(page, 'fact-in-use');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await nav(page, 'Settings').click();
  await page.getByRole('tab', { name: 'Catalogue' }).click();
  await page.getByRole('button', { name: 'Message limits of Email newsletter' }).click();
  await shot(page, 'settings-limits');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('tab', { name: 'General' }).click();
  await shot(page, 'settings-brand-terms');
});

test.describe('German', () => {
  test.use({ locale: 'de-DE' });

  test('German: editor with long words, consistency, simulator', async ({ page, host }) => {
    await host.open(page);
    await ready(page);
    const seeded = await seedShowcase(host, SHOWCASE_DE);
    await apply(host, seeded.workspaceId, [
      ...row('variants', seeded.variants['Plakat in der Filiale']!, {
        headline: 'Fahrradfinanzierungsberatungsgespräch – jetzt Termin vereinbaren',
      }),
      ...row('variants', seeded.variants['Terminvereinbarungsbestätigungs-SMS']!, {
        body: 'Ihr Urban 7 kommt in {{lieferzeit}} – „Lieferfenster“ folgt. Fragen? {{hotline}}',
      }),
    ]);
    await nav(page, 'Botschaften').click();
    await page
      .getByRole('navigation', { name: `Kontaktpunkte von ${SHOWCASE_DE.journey}` })
      .getByRole('button', { name: /^Plakat in der Filiale/ })
      .click();
    await page.locator('.variant-editor').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, 'de-editor');
    await page
      .getByRole('navigation', { name: `Kontaktpunkte von ${SHOWCASE_DE.journey}` })
      .getByRole('button', { name: /^Terminvereinbarungsbestätigungs-SMS/ })
      .click();
    await page.locator('.variant-editor').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, 'de-sms');
    await page.getByRole('tab', { name: 'Konsistenz' }).click();
    await shot(page, 'de-consistency');
    await page.getByRole('tab', { name: 'Simulieren' }).click();
    await page.getByRole('button', { name: 'Ereignis hinzufügen' }).click();
    await shot(page, 'de-simulator');
    await page.getByRole('tab', { name: 'Fakten' }).click();
    await shot(page, 'de-facts');
  });
});
