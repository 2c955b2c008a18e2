import { readFileSync } from 'node:fs';
import { test, expect, type Page } from './host-fixture';
import { apply, rows, workspaceIdOf } from './coverage-seed';
import { createFromTemplate } from './journey-map.helpers';
import { readLikeExcel } from './excel-csv';
import { ready } from './workbench';
import { captureInput, note, openWorkshop } from './workshop.helpers';
import { newId } from '../src/shared/ids';

/**
 * German first (issue #13): a team on a German system gets a German workspace,
 * German templates, shorthand in its own words and a CSV its Excel opens.
 */
test.use({ locale: 'de-DE' });

const JOURNEY = 'Click & Collect: online kaufen, in der Filiale abholen';

async function nav(page: Page, section: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Bereiche' }).getByRole('button', { name: section, exact: true }).click();
}

test('German end to end: catalogue, template, workshop shorthand and a CSV for German Excel', async ({
  page,
  host,
}) => {
  await host.open(page);
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('button', { name: 'Arbeitsbereich: Mein Arbeitsbereich' })).toBeVisible();

  // First start: the catalogue is German.
  await nav(page, 'Einstellungen');
  await page.getByRole('tab', { name: 'Katalog' }).click();
  for (const name of ['Filiale', 'Schaufenster', 'Onlineshop', 'Push-Nachricht', 'Suchanzeigen', 'Callcenter'])
    await expect(page.getByRole('textbox', { name: `Name des Kanals ${name}`, exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name der Abteilung Filialbetrieb', exact: true })).toBeVisible();
  await expect(page.getByText('Alle Standardnamen sind bereits deutsch.')).toBeVisible();

  // A template journey is German: its name, stages and touchpoints.
  await createFromTemplate(page, /^Click & Collect/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Click & Collect: online kaufen');
  for (const stage of ['Kauf', 'Warten', 'Abholung'])
    await expect(page.getByText(stage, { exact: true }).first()).toBeVisible();
  await expect(page.locator('.tp-card').filter({ hasText: 'Bestellung mit Filialabholung' })).toBeVisible();

  // The workshop's shorthand in German: @Filiale picks the store channel.
  await openWorkshop(page);
  const input = captureInput(page, 'Abholung');
  await input.fill('@Filiale Beratung am Regal');
  await expect(page.locator('.ws-chip [aria-hidden="true"]')).toHaveText('Filiale');
  await input.press('Enter');
  await expect(note(page, 'Beratung am Regal')).toHaveAttribute('aria-label', 'Beratung am Regal. Kanal: Filiale.');
  await input.fill('@Tiktok Video');
  await expect(page.getByText('Kein Kanal heißt „@Tiktok“.')).toBeVisible();

  // A second touchpoint in one cell makes its average emotion a fraction: 1 and −2 give −0,5.
  const workspaceId = await workspaceIdOf(host);
  const touchpoints = await rows(host, workspaceId, 'touchpoints');
  const order = touchpoints.find((tp) => tp.title === 'Bestellung mit Filialabholung')!;
  const id = newId();
  await apply(
    host,
    workspaceId,
    [
      { table: 'touchpoints', row: id, column: 'journey_id', value: order.journey_id },
      { table: 'touchpoints', row: id, column: 'stage_id', value: order.stage_id },
      { table: 'touchpoints', row: id, column: 'channel_id', value: order.channel_id },
      { table: 'touchpoints', row: id, column: 'title', value: 'Zahlung abgelehnt' },
      { table: 'touchpoints', row: id, column: 'emotion', value: -2 },
      { table: 'touchpoints', row: id, column: 'sort_key', value: 'z' },
    ],
    'addTouchpoint',
  );

  await nav(page, 'Abdeckung');
  await page.getByRole('combobox', { name: 'Anzeigen', exact: true }).selectOption({ label: JOURNEY });
  await expect(page.getByRole('combobox', { name: 'CSV-Format' })).toHaveValue('de');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Matrix als CSV' }).click(),
  ]);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  // Opened in German Excel: every line splits into the header's columns, umlauts intact, numbers are numbers.
  const sheet = readLikeExcel(bytes, 'de-DE');
  expect(sheet[0]).toEqual([
    'Kundenreise',
    'Phase',
    'Kanal',
    'Kontaktpunkte',
    'Verantwortliche Abteilungen',
    'Unterstützende Abteilungen',
    'Titel der Kontaktpunkte',
    'Durchschnittliche Emotion',
  ]);
  for (const line of sheet) expect(line).toHaveLength(sheet[0]!.length);
  const column = (name: string) => sheet[0]!.indexOf(name);
  const purchase = sheet.find((line) => line[1] === 'Kauf' && line[2] === 'Onlineshop')!;
  expect(purchase[column('Kundenreise')]).toBe(JOURNEY);
  expect(purchase[column('Kontaktpunkte')]).toBe(2);
  expect(purchase[column('Verantwortliche Abteilungen')]).toBe('E-Commerce');
  expect(purchase[column('Titel der Kontaktpunkte')]).toBe('Bestellung mit Filialabholung | Zahlung abgelehnt');
  expect(purchase[column('Durchschnittliche Emotion')]).toBe(-0.5);

  // The other format is one choice away, and reads the same in an English Excel.
  await page.getByRole('combobox', { name: 'CSV-Format' }).selectOption('en');
  const [english] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Matrix als CSV' }).click(),
  ]);
  const englishBytes = readFileSync(await english.path());
  expect(readLikeExcel(englishBytes, 'en-US')).toEqual(sheet);
});

test('a workspace made in English keeps its names in German until the team translates them, in one undoable step', async ({
  page,
  host,
}) => {
  await host.open(page);
  await ready(page);
  const handlers = host.current.service.handlers;
  const { id } = await handlers['workspaces.create']({ name: 'My workspace', language: 'en' });
  await handlers['settings.update']({ lastWorkspaceId: id });
  // A fresh start (the address would name the workspace open now): the last workspace opens.
  await page.goto(page.url().split('#')[0]!);
  await ready(page);
  await expect(page.getByRole('button', { name: 'Arbeitsbereich: My workspace' })).toBeVisible();
  const store = (await rows(host, id, 'channels')).find((c) => c.name === 'Physical store')!;
  await apply(
    host,
    id,
    [{ table: 'channels', row: store.id, column: 'name', value: 'Flagship Berlin' }],
    'renameChannel',
  );

  // Nothing was renamed behind the team's back; Settings points to the translation.
  await nav(page, 'Einstellungen');
  await page.getByRole('tab', { name: 'Allgemein' }).click();
  await expect(page.getByText(/Standardnamen im Katalog sind noch in der anderen Sprache/)).toBeVisible();
  await page.getByRole('button', { name: 'Übersetzen …' }).click();
  await expect(page.getByRole('textbox', { name: 'Name des Kanals Shop window', exact: true })).toBeVisible();
  await expect(page.getByText('1 Name, den Ihr Team gewählt hat, bleibt, wie er ist.')).toBeVisible();

  await page.getByRole('button', { name: /^\d+ Standardnamen ins Deutsche übersetzen$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /Namen übersetzt/ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name des Kanals Schaufenster', exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name der Abteilung Kundenservice', exact: true })).toBeVisible();
  // The team's own name stays.
  await expect(page.getByRole('textbox', { name: 'Name des Kanals Flagship Berlin', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Arbeitsbereich: Mein Arbeitsbereich' })).toBeVisible();

  // One undo takes the whole translation back.
  await page.getByRole('button', { name: 'Rückgängig: Katalog übersetzen' }).click();
  await expect(page.getByRole('textbox', { name: 'Name des Kanals Shop window', exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name der Abteilung Customer service', exact: true })).toBeVisible();
});
