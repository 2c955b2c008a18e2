import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { test, expect, type HostControl, type Page } from './host-fixture';
import { seedTemplate, workspaceIdOf } from './coverage-seed';
import { ready } from './workbench';

/**
 * The import dialog for the README (docs/screenshots/interchange-*.png): a
 * journey file's preview with a channel the workspace lacks, and a
 * spreadsheet's column mapping with problems, in English and German.
 * Run on purpose: SCREENSHOTS=1 npx playwright test e2e/interchange-screenshots.spec.ts
 */
test.skip(!process.env.SCREENSHOTS, 'writes docs/screenshots; set SCREENSHOTS=1 to run');

const out = join(resolve(__dirname, '..'), 'docs', 'screenshots');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(out, `${name}.png`) });
}

async function pick(page: Page, button: RegExp, file: { name: string; buffer: Buffer; mimeType: string }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

async function editedFile(host: HostControl, language: 'de' | 'en'): Promise<string> {
  const workspaceId = await workspaceIdOf(host);
  const journeyId = await seedTemplate(host, workspaceId, 'complaint-escalation', language);
  const { content } = await host.current.service.handlers['interchange.exportYaml']({ workspaceId, journeyId });
  const [stage, renamed, resolution, owner, title, kpiOld, kpiNew] =
    language === 'de'
      ? [
          'Eskalation',
          'Zuspitzung',
          '  - key: loesung\n    name: Lösung\n',
          'Kundenservice',
          'Entschuldigung per Messenger-Nachricht',
          'Antwortzeit',
          'Erste Antwort binnen 4 Stunden',
        ]
      : [
          'Escalation',
          'Climax',
          '  - key: resolution\n    name: Resolution\n',
          'Customer service',
          'Apology by messenger',
          'Response time',
          'First answer within 4 hours',
        ];
  return content
    .replace(`    name: ${stage}\n`, `    name: ${renamed}\n`)
    .replace(`kpi: ${kpiOld}\n`, `kpi: ${kpiNew}\n`)
    .replace(
      `${resolution}    steps:\n`,
      `${resolution}    steps:\n      - touchpoints:\n          - title: ${title}\n            channel: Messenger\n            owner: ${owner}\n            emotion: 1\n`,
    );
}

async function sheet(language: 'de' | 'en'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(language === 'de' ? 'Reise' : 'Journey');
  const rows =
    language === 'de'
      ? [
          ['Phase', 'Schritt', 'Kanal', 'Titel', 'Was passiert', 'Abteilung', 'Stimmung', 'Kennzahl'],
          ['Recherche', 1, 'Website', 'Produktseite lesen', 'Vergleicht Modelle', 'E-Commerce', 1, 'Verweildauer'],
          ['Recherche', 1, 'Mobile App', 'Merkliste anlegen', 'Speichert zwei Räder', 'Marketing digital', 0, ''],
          ['Recherche', 2, 'Brieftaube', 'Brief an die Filiale', '', '', '', ''],
          ['Kauf', 1, 'Filiale', 'Probefahrt', 'Fährt Probe', 'Filialbetrieb', 5, 'Abschlussquote'],
          ['Kauf', 2, 'Physical store', 'Kasse', 'Bezahlt', 'Customer service', 2, 'Warenkorbwert'],
        ]
      : [
          ['Stage', 'Step', 'Channel', 'Title', 'What happens', 'Department', 'Mood', 'Metric'],
          ['Research', 1, 'Website', 'Reading the product page', 'Compares models', 'E-commerce', 1, 'Time on page'],
          ['Research', 1, 'Mobile app', 'Wish list', 'Saves two bikes', 'Marketing (digital)', 0, ''],
          ['Research', 2, 'Carrier pigeon', 'Letter to the store', '', '', '', ''],
          ['Purchase', 1, 'Physical store', 'Test ride', 'Rides the bike', 'Store operations', 5, 'Conversion rate'],
          ['Purchase', 2, 'Filiale', 'Checkout', 'Pays', 'Kundenservice', 2, 'Basket value'],
        ];
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

for (const language of ['en', 'de'] as const) {
  test(`import dialog screenshots (${language})`, async ({ page, host }) => {
    await host.current.service.handlers['settings.update']({ language });
    await host.open(page);
    await ready(page);
    const journeys = language === 'de' ? 'Kundenreisen' : 'Journeys';
    const importButton =
      language === 'de' ? /^Kundenreise oder Tabelle importieren …$/ : /^Import journey or spreadsheet…$/;
    await page.getByRole('navigation').getByRole('button', { name: journeys, exact: true }).click();

    await pick(page, importButton, {
      name: language === 'de' ? 'Beschwerde.journey.yaml' : 'complaint.journey.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(await editedFile(host, language)),
    });
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('.ic-journey')).toBeVisible();
    await expect(dialog.locator('.ic-catalogue')).toContainText('Messenger');
    await shot(page, `interchange-yaml-preview-${language}`);
    await dialog.getByRole('button', { name: language === 'de' ? 'Abbrechen' : 'Cancel' }).click();

    await pick(page, importButton, {
      name: language === 'de' ? 'Fahrradkauf.xlsx' : 'Bike purchase.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await sheet(language),
    });
    const action = dialog.getByRole('combobox', {
      name: language === 'de' ? 'Kundenaktion' : 'Customer action',
      exact: true,
    });
    await action.selectOption({ index: 5 });
    await expect(dialog.locator('.ic-problems')).toBeVisible();
    await shot(page, `interchange-sheet-mapping-${language}`);
    await dialog.locator('.ic-body').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await shot(page, `interchange-sheet-problems-${language}`);
    await dialog.getByRole('button', { name: language === 'de' ? 'Abbrechen' : 'Cancel' }).click();

    // Not for the README, only to look at: the Settings section and the export menu.
    await page
      .getByRole('navigation')
      .getByRole('button', { name: language === 'de' ? 'Einstellungen' : 'Settings' })
      .click();
    await page.getByRole('tab', { name: 'Workspaces' }).click();
    await page.locator('.ic-section').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(test.info().outputDir, `settings-${language}.png`) });
    await page.getByRole('navigation').getByRole('button', { name: journeys, exact: true }).click();
    await page.getByRole('table').getByRole('button').first().click();
    await page
      .getByRole('button', { name: language === 'de' ? 'Diese Kundenreise exportieren' : 'Export this journey' })
      .click();
    await page.screenshot({ path: join(test.info().outputDir, `menu-${language}.png`) });
  });
}
