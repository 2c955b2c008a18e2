import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { FieldEdit } from '../src/shared/changes';
import { keysBetween } from '../src/shared/ordering';
import type { Row } from '../src/shared/schema/tables';
import { test, expect, type HostControl } from './host-fixture';
import { createFromTemplate } from './journey-map.helpers';
import { ready } from './workbench';
import { captureInput, openWorkshop } from './workshop.helpers';

/**
 * The workshop's screenshots at 1280×800 and 1920×1080. Run on purpose:
 *   SCREENSHOTS=1 npx playwright test e2e/workshop-screenshots.spec.ts
 */
test.skip(!process.env.SCREENSHOTS, 'writes docs/screenshots; set SCREENSHOTS=1 to run');

const out = resolve(__dirname, '..', 'docs', 'screenshots');
const WIDE = { width: 1920, height: 1080 };
const SMALL = { width: 1280, height: 800 };

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  await page.mouse.move(0, 0);
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(out, `${name}.png`) });
}

async function both(page: Page, name: string): Promise<void> {
  await page.setViewportSize(SMALL);
  await shot(page, name);
  await page.setViewportSize(WIDE);
  await shot(page, `${name}-1920`);
  await page.setViewportSize(SMALL);
}

const STAGES = [
  'Aufmerksamkeit',
  'Informationsbeschaffung',
  'Produktvergleich',
  'Kaufentscheidung',
  'Bestellabwicklung',
  'Lieferung',
  'Reklamationsbearbeitung',
  'Kundenbindungsprogramm',
];
const NOTES: [number, string | null, string][] = [
  [0, 'social', 'Instagram-Anzeige mit Frühjahrskollektion'],
  [0, 'shop_window', 'Schaufensterdekoration zur Fahrradsaison'],
  [0, null, 'Empfehlung von Freunden'],
  [1, 'website', 'Produktdetailseite mit Rahmengrößenberechnung'],
  [1, 'review_site', 'Kundenbewertungen auf Vergleichsportalen'],
  [2, 'store', 'Probefahrt in der Filiale mit Beratung'],
  [2, 'website', 'Versicherungsbedingungen für Lastenfahrräder unverständlich'],
  [3, 'shop', 'Warenkorbabbruch wegen Lieferzeit'],
  [3, 'email', 'Erinnerungsmail mit Finanzierungsangebot'],
  [4, 'email', 'Bestellbestätigung mit Sendungsverfolgungsnummer'],
  [5, 'sms', 'SMS mit Zustellzeitfenster'],
  [5, 'call_centre', 'Rückruf bei Lieferverzögerung'],
  [6, 'call_centre', 'Gewährleistungsanspruchsprüfung dauert drei Wochen'],
  [7, 'app', 'Kundenkartenpunkte in der App'],
];

/** A German journey with eight long-named stages and notes on the board, seeded through the service. */
async function seedWorkshop(host: HostControl): Promise<void> {
  const h = host.current.service.handlers;
  const [workspace] = await h['workspaces.list']({});
  const workspaceId = workspace!.id;
  const channels = (await h['rows.list']({
    workspaceId,
    table: 'channels',
    includeDeleted: false,
  })) as Row<'channels'>[];
  const journey = 'journey-workshop-0001';
  const edits: FieldEdit[] = [
    { table: 'journeys', row: journey, column: 'name', value: 'Lastenfahrrad-Kauf: Workshop Vertrieb & Service' },
  ];
  const stageKeys = keysBetween(null, null, STAGES.length);
  STAGES.forEach((name, i) => {
    const row = `stage-ws-000${i}`;
    edits.push(
      { table: 'stages', row, column: 'journey_id', value: journey },
      { table: 'stages', row, column: 'name', value: name },
      { table: 'stages', row, column: 'sort_key', value: stageKeys[i]! },
    );
  });
  const noteKeys = keysBetween(null, null, NOTES.length);
  NOTES.forEach(([stage, kind, text], i) => {
    const row = `note-ws-00${String(i).padStart(2, '0')}`;
    const channel = kind ? channels.find((c) => c.kind === kind)!.id : null;
    const fields: Record<string, string | null> = {
      journey_id: journey,
      stage_id: `stage-ws-000${stage}`,
      channel_id: channel,
      text,
      author: i % 3 === 0 ? 'Jana' : 'Mehmet',
      sort_key: noteKeys[i]!,
    };
    for (const [column, value] of Object.entries(fields)) edits.push({ table: 'workshop_notes', row, column, value });
  });
  await h['edits.apply']({ workspaceId, label: 'createJourney', edits });
}

test('workshop screens in English: empty board, timer at zero', async ({ page, host }) => {
  await page.clock.install();
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^A complaint escalates/);
  await openWorkshop(page);
  await captureInput(page, 'Delivery').focus();
  await both(page, 'workshop-empty');

  await page.getByRole('button', { name: '5 min', exact: true }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.fastForward('05:01');
  await expect(page.getByRole('timer')).toHaveText('00:00');
  await expect(page.getByText('Time is up!')).toBeVisible();
  // The flashing has ended by now: the picture shows the steady signal.
  await page.clock.fastForward('00:10');
  await both(page, 'workshop-timer-zero');
});

test.describe('German', () => {
  test.use({ locale: 'de-DE' });

  test('workshop screens in German: board with notes, conversion step', async ({ page, host }) => {
    await host.open(page);
    await ready(page);
    await seedWorkshop(host);
    await page.getByRole('navigation').getByRole('button', { name: 'Kundenreisen' }).click();
    await page
      .getByRole('table')
      .getByRole('button', { name: 'Lastenfahrrad-Kauf: Workshop Vertrieb & Service', exact: true })
      .click();
    await openWorkshop(page);
    await captureInput(page, 'Informationsbeschaffung').fill('#filiale Beratungsgespräch');
    await both(page, 'workshop-notes-de');
    await page.getByText('Tastatur', { exact: true }).click();
    await shot(page, 'workshop-keys-de');
    await page.getByText('Tastatur', { exact: true }).click();

    await page.getByRole('button', { name: /^Auf die Karte übernehmen/ }).click();
    await page.getByRole('combobox', { name: 'Kanal für Notizen ohne Kanal' }).selectOption({ label: 'Website' });
    await both(page, 'workshop-convert-de');
  });
});
