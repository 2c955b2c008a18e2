import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { test, expect, type Page } from './host-fixture';
import { card, createFromTemplate } from './journey-map.helpers';
import { ready } from './workbench';

/**
 * Journeys as files, end to end in the browser host: a template journey
 * exported to YAML, edited (a stage renamed, a touchpoint added), imported
 * with its preview, seen on the map and undone; a German spreadsheet imported
 * with a column chosen by hand and two bad rows left out.
 */

async function pick(page: Page, button: RegExp, file: { name: string; buffer: Buffer; mimeType: string }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

test('a journey goes out as YAML, comes back edited with a preview, shows on the map, and one undo takes it back', async ({
  page,
  host,
}) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^A complaint escalates/);
  await expect(page.locator('.stage-head', { hasText: 'Escalation' })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export this journey' }).click();
  await page.getByRole('menuitem', { name: 'Journey file (YAML)' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('A complaint escalates email, hotline, social media.journey.yaml');
  const original = readFileSync(await saved.path(), 'utf8');
  expect(original).toContain('format: omnichannel-workbench/journey');

  // What a reviewer does in the file: rename a stage, add a touchpoint.
  const edited = original
    .replace('    name: Escalation\n', '    name: Climax\n')
    .replace(
      '  - key: resolution\n    name: Resolution\n    steps:\n',
      '  - key: resolution\n    name: Resolution\n    steps:\n      - touchpoints:\n          - title: Apology by SMS\n            channel: SMS\n            owner: Customer service\n            emotion: 1\n',
    );
  expect(edited).not.toBe(original);

  await page.getByRole('navigation').getByRole('button', { name: 'Journeys', exact: true }).click();
  await pick(page, /^Import journey or spreadsheet…$/, {
    name: 'complaint.journey.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(edited),
  });
  const dialog = page.getByRole('dialog', { name: 'Import journey file' });
  await expect(dialog.getByRole('heading', { name: /^Updates the journey “A complaint escalates/ })).toBeVisible();
  await expect(dialog.locator('.ic-names.changed', { hasText: 'Renamed' })).toContainText('Escalation → Climax');
  await expect(dialog.locator('.ic-names.added', { hasText: 'Added' })).toContainText('Apology by SMS');
  await expect(dialog.locator('.ic-names.removed')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('Imported.');
  await dialog.getByRole('button', { name: /^Open “A complaint escalates/ }).click();

  await expect(card(page, 'Apology by SMS')).toBeVisible();
  await expect(page.locator('.stage-head', { hasText: 'Climax' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo: Import journey file' }).click();
  await expect(card(page, 'Apology by SMS')).toHaveCount(0);
  await expect(page.locator('.stage-head', { hasText: 'Escalation' })).toBeVisible();
  await expect(page.locator('.stage-head', { hasText: 'Climax' })).toHaveCount(0);
});

test('a broken journey file is refused with its line, and nothing changes', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await pick(page, /^Import journey or spreadsheet…$/, {
    name: 'broken.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from('format: omnichannel-workbench/journey\nversion: 1\njourney:\n  name: X\n  titel: Y\n'),
  });
  const dialog = page.getByRole('dialog', { name: 'Import journey file' });
  await expect(dialog.getByRole('alert')).toContainText('Line 5: Unknown key “titel”.');
  await expect(dialog.getByRole('alert')).toContainText('Nothing was imported.');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
});

test('in German: a file from a newer version and a malformed file are refused in German, and the journey stays as it was', async ({
  page,
  host,
}) => {
  await host.current.service.handlers['settings.update']({ language: 'de' });
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^Beschwerde eskaliert/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Diese Kundenreise exportieren' }).click();
  await page.getByRole('menuitem', { name: 'Kundenreise-Datei (YAML)' }).click();
  const original = readFileSync(await (await download).path(), 'utf8');
  expect(original).toContain('version: 1\n');

  // A newer app wrote this file: a new version and a key this one does not know; the stage rename must not land.
  const newer = original
    .replace('version: 1\n', 'version: 2\nworkspace: Zentrale\n')
    .replace('    name: Eskalation\n', '    name: Zuspitzung\n');
  const malformed = original.replace('    name: Eskalation\n', '    name: [Zuspitzung\n');
  const undo = page.getByRole('button', { name: 'Rückgängig: Kundenreise aus Vorlage anlegen' });
  await expect(undo).toBeVisible();
  const importButton = /^Kundenreise oder Tabelle importieren …$/;
  const attempts: [string, string, RegExp][] = [
    [
      'neuer.journey.yaml',
      newer,
      /Zeile \d+: Die Datei hat die Formatversion 2 und stammt aus einer neueren Version der App; diese Version liest Version 1\. Aktualisieren Sie die App\./,
    ],
    ['kaputt.journey.yaml', malformed, /Zeile \d+: Das ist kein gültiges YAML/],
  ];
  for (const [name, content, message] of attempts) {
    await page.getByRole('navigation').getByRole('button', { name: 'Kundenreisen', exact: true }).click();
    await pick(page, importButton, { name, mimeType: 'application/yaml', buffer: Buffer.from(content) });
    const dialog = page.getByRole('dialog', { name: 'Kundenreise-Datei importieren' });
    await expect(dialog.getByRole('alert')).toContainText(message);
    await expect(dialog.getByRole('alert')).toContainText('Es wurde nichts importiert.');
    await expect(dialog.getByRole('button', { name: 'Importieren', exact: true })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    await expect(dialog).toHaveCount(0);
  }

  // Nothing was written: the last step to undo is still the journey's creation, one journey, the stage unrenamed.
  await expect(undo).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  await page.getByRole('table').getByRole('button').first().click();
  await expect(page.locator('.stage-head', { hasText: 'Eskalation' })).toBeVisible();
  await expect(page.locator('.stage-head', { hasText: 'Zuspitzung' })).toHaveCount(0);
});

async function germanSheet(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Reise');
  ws.addRow(['Phase', 'Schritt', 'Kanal', 'Titel', 'Was passiert', 'Abteilung', 'Stimmung']);
  ws.addRow(['Recherche', 1, 'Website', 'Produktseite lesen', 'Vergleicht Modelle', 'E-Commerce', 1]);
  ws.addRow(['Recherche', 1, 'Mobile App', 'Merkliste', 'Speichert zwei Räder', 'Marketing digital', 0]);
  ws.addRow(['Recherche', 2, 'Brieftaube', 'Brief', '', '', '']);
  ws.addRow(['Kauf', 1, 'Filiale', 'Probefahrt', 'Fährt Probe', 'Filialbetrieb', 5]);
  ws.addRow(['Kauf', 2, 'Physical store', 'Kasse', 'Bezahlt', 'Customer service', 2]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('a German spreadsheet: a column mapped by hand, two bad rows left out, the rest on the map', async ({
  page,
  host,
}) => {
  await host.current.service.handlers['settings.update']({ language: 'de' });
  await host.open(page);
  await ready(page);
  await page.getByRole('navigation').getByRole('button', { name: 'Kundenreisen', exact: true }).click();
  await pick(page, /^Kundenreise oder Tabelle importieren …$/, {
    name: 'Fahrradkauf.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await germanSheet(),
  });
  const dialog = page.getByRole('dialog', { name: 'Tabelle importieren' });
  await expect(dialog.getByRole('combobox', { name: 'Phase (Pflicht)' })).toHaveValue('0');
  await expect(dialog.getByRole('combobox', { name: 'Emotion', exact: true })).toHaveValue('6');
  // "Was passiert" is no heading the import knows: the user maps it.
  const action = dialog.getByRole('combobox', { name: 'Kundenaktion', exact: true });
  await expect(action).toHaveValue('');
  await action.selectOption({ label: 'E: Was passiert' });
  await expect(dialog.locator('.ic-sample thead')).toContainText('Kundenaktion');
  await expect(dialog.locator('.ic-sample tbody')).toContainText('Vergleicht Modelle');

  const problems = dialog.locator('.ic-problems');
  await expect(problems).toContainText('Zeile 4, Spalte C: unbekannter Kanal „Brieftaube“');
  await expect(problems).toContainText('Zeile 5, Spalte G: Emotion „5“ ist keine ganze Zahl von −2 bis +2');
  await expect(dialog.getByRole('status').first()).toContainText(
    '5 Zeilen: 3 lassen sich importieren, 2 mit Problemen.',
  );
  await expect(dialog.locator('.ic-result')).toContainText(
    'Legt die Kundenreise „Fahrradkauf“ mit 3 Kontaktpunkten an.',
  );
  await dialog.getByRole('button', { name: '3 Zeilen importieren' }).click();
  await expect(dialog.getByRole('status')).toContainText('Importiert.');
  await dialog.getByRole('button', { name: '„Fahrradkauf“ öffnen' }).click();

  await expect(card(page, 'Produktseite lesen')).toBeVisible();
  await expect(card(page, 'Merkliste')).toBeVisible();
  await expect(card(page, 'Kasse')).toBeVisible();
  await expect(card(page, 'Brief')).toHaveCount(0);
  await expect(card(page, 'Probefahrt')).toHaveCount(0);
});
