import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { FieldEdit } from '../src/shared/changes';
import { apply, rows, seedTemplate, workspaceIdOf } from './coverage-seed';
import { test, expect } from './host-fixture';
import { goTo, ready } from './workbench';

const JOURNEY = 'Click & collect: buy online, pick up in the store';

async function openDashboard(page: Page, journey: string | null): Promise<void> {
  await goTo(page, 'Coverage');
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: journey ?? 'Whole workspace' });
}

async function readDownload(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

test('a silo hand-off is found, fixed on the map, and gone from the dashboard with a better score', async ({
  page,
  host,
}) => {
  await host.open(page);
  await ready(page);
  const workspaceId = await workspaceIdOf(host);
  await seedTemplate(host, workspaceId, 'click-and-collect', 'en');

  await openDashboard(page, JOURNEY);
  await expect(page.getByTestId('verdict')).toHaveText('Cross-channel, not yet omnichannel');
  await expect(page.getByText('Overall score: 80 of 100')).toBeAttached();
  await expect(page.getByTestId('unmet')).toContainText('2 of 6 hand-offs lose context.');
  await expect(page.getByTestId('unmet')).toContainText('1 of 4 hand-offs between departments loses context.');

  await page.getByRole('tab', { name: /^Findings/ }).click();
  const silo = page.locator('li[data-kind="silo_handoff"]');
  await expect(silo).toHaveCount(1);
  await expect(silo).toContainText('Silo hand-off');
  await expect(silo).toContainText(
    'Hand-off from Store operations to Customer service without context: “Return in the store” (Physical store) → “Refund confirmed” (Email newsletter).',
  );
  await expect(page.getByRole('heading', { name: /^High severity/ })).toBeVisible();

  // The link opens the journey with the card selected; its side panel lists the hand-off to fix.
  await silo.getByRole('button', { name: 'Open “Return in the store” in its journey' }).click();
  await expect(page.getByRole('heading', { level: 1, name: JOURNEY })).toBeVisible();
  const carries = page.getByRole('checkbox', { name: 'Hand-off to Refund confirmed carries context' });
  await expect(carries).not.toBeChecked();
  await carries.check();
  await expect(carries).toBeChecked();

  // Back on the dashboard: same journey, same tab, the finding gone.
  await page.getByRole('navigation').getByRole('button', { name: 'Coverage', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Show' })).toHaveValue(/.+/);
  await expect(page.getByRole('tab', { name: /^Findings/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('li[data-kind="context_lost"]')).toHaveCount(1);
  await expect(page.locator('li[data-kind="silo_handoff"]')).toHaveCount(0);

  await page.getByRole('tab', { name: 'Overview' }).click();
  await expect(page.getByText('Overall score: 84 of 100')).toBeAttached();
  await expect(page.getByTestId('unmet')).toContainText('1 of 6 hand-offs loses context.');
  await expect(page.getByTestId('unmet')).not.toContainText('between departments');
});

test('the dashboard follows edits made elsewhere, and exports matrix and findings as CSV', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  const workspaceId = await workspaceIdOf(host);
  const journeyId = await seedTemplate(host, workspaceId, 'click-and-collect', 'en');
  await openDashboard(page, JOURNEY);
  await page.getByRole('tab', { name: /^Findings/ }).click();
  await expect(page.locator('li[data-kind="context_lost"]')).toHaveCount(1);

  // Another window (or a sync) marks the same-department hand-off as carrying context: `changed` reaches the dashboard.
  const touchpoints = await rows(host, workspaceId, 'touchpoints');
  const id = (title: string) => touchpoints.find((tp) => tp.journey_id === journeyId && tp.title === title)!.id;
  const lost = (await rows(host, workspaceId, 'transitions')).find(
    (tr) => tr.from_touchpoint_id === id('Collection at the desk') && tr.to_touchpoint_id === id('Return in the store'),
  )!;
  await apply(
    host,
    workspaceId,
    [{ table: 'transitions', row: lost.id, column: 'carries_context', value: true }],
    'changeTransition',
  );
  await expect(page.locator('li[data-kind="context_lost"]')).toHaveCount(0);
  await expect(page.getByRole('tab', { name: /^Findings/ })).toHaveText(/\(\d+\)$/);

  // The trend replays the history on demand; one week here, as everything was made just now.
  await page.getByRole('tab', { name: 'Trend' }).click();
  await expect(page.getByText(/^So far one week, \d{4}-W\d\d: overall score 84, 7 findings\.$/)).toBeVisible();
  await expect(
    page.getByRole('img', { name: /^Line chart of the overall score and the number of findings per week\./ }),
  ).toBeVisible();

  const matrix = await readDownload(page, 'Matrix as CSV');
  expect(matrix.charCodeAt(0)).toBe(0xfeff);
  const lines = matrix.slice(1).split('\r\n');
  expect(lines[0]).toBe(
    'Journey,Stage,Channel,Touchpoints,Owner departments,Supporting departments,Touchpoint titles,Average emotion',
  );
  // The journey's name has a comma, so it is quoted.
  expect(lines).toContain(`"${JOURNEY}",Purchase,Online shop,1,E-commerce,,Order for store pick-up,1`);
  expect(lines).toContain(`"${JOURNEY}",Waiting,Website,0,,,,`);
  expect(lines).toContain(
    `"${JOURNEY}",Service,Physical store,1,Store operations,Customer service,Return in the store,-1`,
  );

  const findings = await readDownload(page, 'Findings as CSV');
  const findingLines = findings.slice(1).split('\r\n');
  expect(findingLines[0]).toBe('Severity,Kind,Journey,Finding,Stage,Channel,Owner departments,Touchpoint titles');
  expect(findingLines).toContain(
    `High,Silo hand-off,"${JOURNEY}",Hand-off from Store operations to Customer service without context: “Return in the store” (Physical store) → “Refund confirmed” (Email newsletter).,Service,Physical store → Email newsletter,"Store operations, Customer service",Return in the store | Refund confirmed`,
  );
  // A sentence with commas in it is quoted.
  expect(findingLines).toContain(
    `Medium,Preferred channel missing,"${JOURNEY}","3 stages have no touchpoint on Online shop, a channel the persona “Aylin, 28, plans her errands precisely” prefers: Waiting, Pick-up, Service.",Waiting,Online shop,,`,
  );
  expect(findingLines.filter((l) => l.startsWith('Medium,Context lost'))).toHaveLength(0);
});

test('switching the language shows the verdict and findings in German', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  const workspaceId = await workspaceIdOf(host);
  await seedTemplate(host, workspaceId, 'click-and-collect', 'en');
  await openDashboard(page, JOURNEY);
  await expect(page.getByTestId('verdict')).toHaveText('Cross-channel, not yet omnichannel');

  await goTo(page, 'Settings');
  await page.getByRole('tab', { name: 'General' }).click();
  await page.getByRole('radio', { name: 'Deutsch' }).check();
  await goTo(page, 'Abdeckung');
  await expect(page.getByTestId('verdict')).toHaveText('Crosschannel, noch nicht Omnichannel');
  await expect(page.getByTestId('unmet')).toContainText('1 von 4 Übergaben zwischen Abteilungen verliert den Kontext.');
  await expect(page.getByRole('list', { name: 'Reifegrade, von Singlechannel bis Omnichannel' })).toBeVisible();
  await page.getByRole('tab', { name: /^Befunde/ }).click();
  await expect(page.locator('li[data-kind="silo_handoff"]')).toContainText(
    'Übergabe von Store operations an Customer service ohne Kontext: „Return in the store“ (Physical store) → „Refund confirmed“ (Email newsletter).',
  );
});

test.describe('on a German system', () => {
  test.use({ locale: 'de-DE' });

  test('the findings export uses semicolons and keeps umlauts', async ({ page, host }) => {
    await host.open(page);
    await ready(page);
    const workspaceId = await workspaceIdOf(host);
    await seedTemplate(host, workspaceId, 'click-and-collect', 'de');
    await goTo(page, 'Abdeckung');
    await page
      .getByRole('combobox', { name: 'Anzeigen' })
      .selectOption({ label: 'Click & Collect: online kaufen, in der Filiale abholen' });
    const text = await readDownload(page, 'Befunde als CSV');
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Dringlichkeit;Art;Kundenreise;Befund;Phase;Kanal;Verantwortliche Abteilungen;Titel der Kontaktpunkte',
    );
    const silo = lines.find((l) => l.startsWith('Hoch;Silo-Übergabe;'));
    expect(silo).toContain(
      'Übergabe von Filialbetrieb an Kundenservice ohne Kontext: „Rückgabe in der Filiale“ (Filiale) → „Erstattung bestätigt“ (E-Mail-Newsletter).',
    );
    // Commas are quoted too, so the file still reads right if opened with the other separator.
    expect(silo).toContain(
      ';Service;Filiale → E-Mail-Newsletter;"Filialbetrieb, Kundenservice";Rückgabe in der Filiale | Erstattung bestätigt',
    );
  });
});

test('empty states: no journeys, a journey without touchpoints, and no touchpoints anywhere', async ({
  page,
  host,
}) => {
  await host.open(page);
  await ready(page);
  await goTo(page, 'Coverage');
  await expect(page.getByRole('heading', { name: 'Nothing to measure yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Go to journeys' })).toBeVisible();

  const workspaceId = await workspaceIdOf(host);
  await apply(host, workspaceId, [
    { table: 'journeys', row: 'j-empty-000000000001', column: 'name', value: 'Sketch without touchpoints' },
    { table: 'stages', row: 's-empty-000000000001', column: 'journey_id', value: 'j-empty-000000000001' },
    { table: 'stages', row: 's-empty-000000000001', column: 'name', value: 'Inspiration' },
  ]);
  await expect(page.getByRole('heading', { name: 'No journey has touchpoints yet' })).toBeVisible();
  await expect(
    page.getByText('The workspace has 1 journey, but it has no touchpoints yet.', { exact: false }),
  ).toBeVisible();

  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Sketch without touchpoints' });
  await expect(page.getByRole('heading', { name: 'No touchpoints on this journey yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Matrix as CSV' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Open the journey' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sketch without touchpoints' })).toBeVisible();
});

test('many findings stay readable: grouped, filterable, paged; tabs work with the keyboard', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  const workspaceId = await workspaceIdOf(host);
  for (const id of ['device-hopping', 'ropo', 'click-and-collect', 'complaint-escalation'] as const)
    await seedTemplate(host, workspaceId, id, 'en');
  // One more journey whose 60 touchpoints have no back channel: 60 low findings at once.
  const [channel] = await rows(host, workspaceId, 'channels');
  const [department] = await rows(host, workspaceId, 'departments');
  const edits: FieldEdit[] = [
    { table: 'journeys', row: 'j-bulk-0000000000001', column: 'name', value: 'Newsletter sequence' },
    { table: 'stages', row: 's-bulk-0000000000001', column: 'journey_id', value: 'j-bulk-0000000000001' },
    { table: 'stages', row: 's-bulk-0000000000001', column: 'name', value: 'Loyalty' },
  ];
  for (let i = 0; i < 60; i += 1) {
    const row = `t-bulk-${String(i).padStart(13, '0')}`;
    edits.push(
      { table: 'touchpoints', row, column: 'journey_id', value: 'j-bulk-0000000000001' },
      { table: 'touchpoints', row, column: 'stage_id', value: 's-bulk-0000000000001' },
      { table: 'touchpoints', row, column: 'channel_id', value: channel!.id },
      { table: 'touchpoints', row, column: 'owner_department_id', value: department!.id },
      { table: 'touchpoints', row, column: 'title', value: `Mail ${i + 1}` },
    );
  }
  await apply(host, workspaceId, edits);

  await goTo(page, 'Coverage');
  await expect(page.getByRole('table').filter({ hasText: 'Newsletter sequence' })).toBeVisible();
  const findingsTab = page.getByRole('tab', { name: /^Findings/ });
  await page.getByRole('tab', { name: 'Overview' }).focus();
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Trend' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(findingsTab).toHaveAttribute('aria-selected', 'true');
  await expect(findingsTab).toBeFocused();

  const low = page.getByRole('region', { name: /^Low severity/ });
  await expect(low.locator('li.cov-finding')).toHaveCount(50);
  // 60 from the bulk journey, 5 from the templates.
  await low.getByRole('button', { name: 'Show 15 more' }).click();
  await expect(low.locator('li.cov-finding')).toHaveCount(65);

  await page.getByRole('combobox', { name: 'Kind of finding' }).selectOption({ label: 'Silo hand-off (8)' });
  await expect(page.locator('li.cov-finding:not([data-kind="silo_handoff"])')).toHaveCount(0);
  await expect(page.locator('li[data-kind="silo_handoff"]')).toHaveCount(8);
});
