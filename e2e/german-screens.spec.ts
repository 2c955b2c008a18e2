import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { test, expect, type Page } from './host-fixture';
import { apply, rows, seedTemplate, workspaceIdOf } from './coverage-seed';
import { clippedTexts } from './clipping';
import { approvalBar, comment, journeyComments } from './review.helpers';
import { ready } from './workbench';

/**
 * Every main screen in German at 1280×800: no label, button or placeholder is
 * cut off. The pictures go to test-results/german-screens/ to be looked at.
 */
test.use({ locale: 'de-DE', viewport: { width: 1280, height: 800 } });

const out = resolve(__dirname, '..', 'test-results', 'german-screens');

async function look(page: Page, name: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: join(out, `${name}.png`) });
  expect.soft(await clippedTexts(page), `${name}: cut-off text`).toEqual([]);
}

async function nav(page: Page, section: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Bereiche' }).getByRole('button', { name: section, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
}

test('every main screen in German, nothing cut off', async ({ page, host }) => {
  test.setTimeout(180_000);
  await host.open(page);
  await ready(page);
  const workspaceId = await workspaceIdOf(host);
  await apply(
    host,
    workspaceId,
    [{ table: 'workspaces', row: workspaceId, column: 'name', value: 'Fahrradmanufaktur Süddeutschland GmbH' }],
    'renameWorkspace',
  );
  const journeyId = await seedTemplate(host, workspaceId, 'click-and-collect', 'de');
  await seedTemplate(host, workspaceId, 'complaint-escalation', 'de');
  const touchpoint = (await rows(host, workspaceId, 'touchpoints')).find(
    (tp) => tp.title === 'Bestellung mit Filialabholung',
  )!;
  const factId = randomUUID();
  const messageId = randomUUID();
  const commentId = randomUUID();
  await apply(host, workspaceId, [
    { table: 'facts', row: factId, column: 'key', value: 'abholfrist' },
    { table: 'facts', row: factId, column: 'label', value: 'Abholfrist' },
    { table: 'facts', row: factId, column: 'value', value: '7 Tage' },
    { table: 'messages', row: messageId, column: 'journey_id', value: journeyId },
    { table: 'messages', row: messageId, column: 'touchpoint_id', value: touchpoint.id },
    { table: 'messages', row: messageId, column: 'headline', value: 'Heute bestellt, morgen abgeholt' },
    {
      table: 'messages',
      row: messageId,
      column: 'body',
      value:
        'Ihre Bestellung liegt {{abholfrist}} zur Abholung bereit. Zahlungseingang und Terminerinnerung inklusive.',
    },
    { table: 'comments', row: commentId, column: 'target_table', value: 'journeys' },
    { table: 'comments', row: commentId, column: 'target_id', value: journeyId },
    { table: 'comments', row: commentId, column: 'author', value: 'Dr. Katharina Müller-Lüdenscheidt' },
    { table: 'comments', row: commentId, column: 'body', value: 'Bitte die Zufriedenheitsumfrage ergänzen.' },
  ]);
  await page.reload();
  await ready(page);

  await nav(page, 'Kundenreisen');
  await look(page, '01-kundenreisen');

  await page
    .getByRole('button', { name: /^Click & Collect/ })
    .first()
    .click();
  await expect(page.locator('.tp-card').first()).toBeVisible();
  // A long undo label in the top bar next to the workspace's name.
  await page.getByRole('button', { name: 'Präsentieren' }).waitFor();
  await look(page, '02-karte');
  await page.getByRole('searchbox', { name: 'Kontaktpunkte durchsuchen' }).waitFor();
  await page.locator('.tp-card').first().click();
  await look(page, '03-karte-kontaktpunkt');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Workshop' }).click();
  await expect(page.getByRole('region', { name: 'Sammelwand' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Neue Notiz in Warten' }).fill('@Schaufenster Zufriedenheitsumfrage');
  await look(page, '04-workshop');
  await page.getByRole('textbox', { name: 'Neue Notiz in Warten' }).press('Enter');
  await page.getByRole('button', { name: 'Auf die Karte übernehmen' }).click();
  await look(page, '05-workshop-uebernehmen');
  await page.getByRole('button', { name: 'Zurück zur Wand' }).click();
  await page.getByRole('button', { name: 'Zurück zur Kundenreise' }).click();

  await page.getByRole('button', { name: 'Präsentieren' }).click();
  await look(page, '06-praesentation-titel');
  await page.keyboard.press('ArrowRight');
  await look(page, '07-praesentation-phase');
  await page.keyboard.press('End');
  await look(page, '08-praesentation-urteil');
  await page.keyboard.press('Escape');

  await nav(page, 'Botschaften');
  await look(page, '09-botschaften');
  for (const [tab, name] of [
    ['Simulieren', '10-simulieren'],
    ['Konsistenz', '11-konsistenz'],
    ['Fakten', '12-fakten'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    await look(page, name);
  }

  await nav(page, 'Abdeckung');
  for (const [tab, name] of [
    ['Überblick', '13-abdeckung-ueberblick'],
    ['Matrix', '14-abdeckung-matrix'],
    ['Abteilungen', '15-abdeckung-abteilungen'],
    [/^Befunde/, '16-abdeckung-befunde'],
    ['Verlauf', '17-abdeckung-verlauf'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    await look(page, name);
  }
  // German calendars count Kalenderwochen; the ISO form "2026-W49" is for English.
  await expect(
    page.getByText(/^Bisher eine Woche, KW\u00a0\d{1,2}\/\d{4}: Gesamtwert \d+, \d+ Befunde?\.$/),
  ).toBeVisible();

  await nav(page, 'Freigabe');
  await look(page, '18-freigabe');
  await page
    .getByRole('button', { name: /^Click & Collect/ })
    .first()
    .click();
  await look(page, '19-freigabe-kundenreise');
  await expect(page.getByText('1 offene Diskussion')).toBeVisible();

  await nav(page, 'Einstellungen');
  for (const [tab, name] of [
    ['Katalog', '20-einstellungen-katalog'],
    ['Katalog', '20b-einstellungen-kanaele'],
    ['Allgemein', '21-einstellungen-allgemein'],
    ['Arbeitsbereiche', '22-einstellungen-arbeitsbereiche'],
    ['Server', '23-einstellungen-server'],
    ['Konflikte', '24-einstellungen-konflikte'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    if (name.endsWith('kanaele'))
      await page.getByRole('heading', { name: 'Kanäle', exact: true }).scrollIntoViewIfNeeded();
    await look(page, name);
  }
});

test('German empty states and dialogs, nothing cut off', async ({ page, host }) => {
  test.setTimeout(180_000);
  await host.open(page);
  await ready(page);
  for (const [section, name] of [
    ['Kundenreisen', '30-leer-kundenreisen'],
    ['Botschaften', '31-leer-botschaften'],
    ['Abdeckung', '32-leer-abdeckung'],
    ['Freigabe', '33-leer-freigabe'],
  ] as const) {
    await nav(page, section);
    await look(page, name);
  }

  await nav(page, 'Kundenreisen');
  await page.getByRole('button', { name: 'Erste Kundenreise anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neue Kundenreise' })).toBeVisible();
  await look(page, '34-neue-kundenreise');

  const workspaceId = await workspaceIdOf(host);
  await seedTemplate(host, workspaceId, 'click-and-collect', 'de');
  await page.reload();
  await ready(page);
  await nav(page, 'Kundenreisen');
  await page
    .getByRole('button', { name: /^Click & Collect/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Exportieren' }).click();
  await look(page, '35-karte-export');
  // The screenshot took the focus from the menu, so Escape would not reach it: the button closes it.
  await page.getByRole('button', { name: 'Exportieren' }).click();
  await expect(page.getByRole('menuitem').first()).toBeHidden();

  // Approve, change a title, compare: the dialog speaks German and quotes „so“.
  await page.getByRole('tab', { name: 'Kommentare & Freigabestände' }).click();
  await comment(page, journeyComments(page), 'Passt die Abholfrist?', 'Dr. Katharina Müller-Lüdenscheidt');
  const bar = approvalBar(page);
  await bar.getByRole('button', { name: 'Freigeben' }).click();
  await expect(bar).toContainText('Freigegeben');
  const touchpoint = (await rows(host, workspaceId, 'touchpoints')).find(
    (tp) => tp.title === 'Bestellung mit Filialabholung',
  )!;
  await apply(host, workspaceId, [
    { table: 'touchpoints', row: touchpoint.id, column: 'title', value: 'Bestellung mit Terminerinnerung' },
  ]);
  const snapshots = page.getByRole('region', { name: 'Freigabestände' });
  await snapshots.getByRole('button', { name: 'Mit jetzt vergleichen' }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('„Bestellung mit Filialabholung“ → „Bestellung mit Terminerinnerung“');
  await look(page, '36-vergleich');
});
