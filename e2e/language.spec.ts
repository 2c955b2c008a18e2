import { test, expect } from './host-fixture';
import { goTo, ready } from './workbench';

test('switching to Deutsch stays German after a restart, and back to English', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await goTo(page, 'Settings');
  await page.getByRole('tab', { name: 'General' }).click();
  await expect(page.getByRole('radio', { name: 'Follow the system (English)' })).toBeChecked();
  await page.getByRole('radio', { name: 'Deutsch' }).check();

  await expect(
    page.getByRole('navigation', { name: 'Bereiche' }).getByRole('button', { name: 'Kundenreisen' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('group', { name: 'Rückgängig und Wiederholen' })).toBeVisible();

  await host.restart();
  await host.open(page);
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1, name: 'Kundenreisen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Noch keine Kundenreisen' })).toBeVisible();

  // The catalogue's labels and values speak German too (the names are data and stay as they were).
  await goTo(page, 'Einstellungen');
  await page.getByRole('tab', { name: 'Katalog' }).click();
  await expect(page.getByRole('heading', { name: 'Abteilungen', exact: true })).toBeVisible();
  const ownership = page.getByRole('combobox', { name: 'Medientyp von Reseller & dealer' });
  await expect(ownership.locator('option:checked')).toHaveText('Drittanbieter');
  await expect(page.getByRole('combobox', { name: 'Art von Call centre' }).locator('option:checked')).toHaveText(
    'Callcenter',
  );
  await expect(page.getByRole('button', { name: 'Abteilung Sales archivieren' })).toBeVisible();

  await page.getByRole('tab', { name: 'Allgemein' }).click();
  await page.getByRole('radio', { name: 'English', exact: true }).check();
  await expect(
    page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Journeys' }),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await host.restart();
  await host.open(page);
  await ready(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Journeys' })).toBeVisible();
});

test.describe('on a German system', () => {
  test.use({ locale: 'de-DE' });

  test('the interface and the first workspace are German', async ({ page, host }) => {
    await host.open(page);
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1, name: 'Kundenreisen' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Arbeitsbereich: Mein Arbeitsbereich' })).toBeVisible();
    await goTo(page, 'Einstellungen');
    await page.getByRole('tab', { name: 'Katalog' }).click();
    await expect(page.getByRole('textbox', { name: 'Name der Abteilung Kundenservice' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Name des Kanals Callcenter' })).toBeVisible();

    await page.getByRole('tab', { name: 'Allgemein' }).click();
    await expect(page.getByRole('radio', { name: 'Wie das System (Deutsch)' })).toBeChecked();
    await page.getByRole('radio', { name: 'English', exact: true }).check();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await page.getByRole('radio', { name: 'Follow the system (Deutsch)' }).check();
    await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
  });
});
