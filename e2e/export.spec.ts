import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { FieldEdit } from '../src/shared/changes';
import { rowEdits } from '../src/shared/edits';
import { newId } from '../src/shared/ids';
import { keysBetween } from '../src/shared/ordering';
import { apply, rows, workspaceIdOf } from './coverage-seed';
import { test, expect } from './host-fixture';
import { createFromTemplate } from './journey-map.helpers';
import { goTo, ready } from './workbench';
import { skipWithoutPoppler } from './poppler';

/**
 * Export: the produced files are opened with poppler (pdftoppm renders the PDF,
 * pdftotext reads its text, pdffonts lists the embedded fonts), and with
 * SCREENSHOTS=1 the rendered pages are kept in docs/screenshots to look at.
 */

const NAME = 'Rücksendung über die Filiale';

skipWithoutPoppler(['pdftoppm', 'pdftotext', 'pdffonts', 'pdfinfo']);
const shots = resolve(__dirname, '..', 'docs', 'screenshots');

async function exportVia(page: Page, item: string, menu = 'Export this journey'): Promise<string> {
  await page.getByRole('button', { name: menu }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: item }).click(),
  ]);
  const file = join(tmpdir(), `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return file;
}

async function downloadFrom(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const file = join(tmpdir(), `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return file;
}

const pdftotext = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const pages = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

/** Renders one page (the first unless told) with pdftoppm; with SCREENSHOTS=1 keeps it as docs/screenshots/<name>.png. */
function render(file: string, name: string, resolution = 50, page = 1): void {
  const prefix = join(tmpdir(), `${Date.now()}-${name}`);
  const range = ['-f', String(page), '-l', String(page)];
  execFileSync('pdftoppm', ['-png', '-r', String(resolution), ...range, '-singlefile', file, prefix]);
  expect(statSync(`${prefix}.png`).size).toBeGreaterThan(5000);
  if (process.env.SCREENSHOTS) {
    mkdirSync(shots, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '110', ...range, '-singlefile', file, join(shots, name)]);
  }
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('a journey exports to PDF (A4, A3), PNG and Mermaid; the coverage dashboard to PDF', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^Click & collect/, NAME);
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();

  const a4 = await exportVia(page, 'PDF, A4 landscape');
  expect(a4).toMatch(/Customer journey-Rücksendung über die Filiale-A4-\d{4}-\d{2}-\d{2}\.pdf$/);
  render(a4, 'export-journey-a4');
  const text = pdftotext(a4);
  expect(text).toContain(NAME);
  const touchpoints = (await rows(host, await workspaceIdOf(host), 'touchpoints')).filter((t) => !t.tombstone);
  for (const tp of touchpoints) expect(text.replace(/\s+/g, ' ')).toContain(tp.title.slice(0, 12));
  // The template has a backstage and thoughts: the map fills the first page, the legend may follow on a second.
  expect(pages(a4)).toBeLessThanOrEqual(2);
  const fonts = execFileSync('pdffonts', [a4], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes('DejaVuSans'));
  expect(fonts.length).toBe(2);
  for (const line of fonts) expect(line).toMatch(/\s+yes\s+yes\s+yes\s+/);

  const a3 = await exportVia(page, 'PDF, A3 landscape');
  render(a3, 'export-journey-a3');
  expect(pdftotext(a3)).toContain(NAME);

  const mmd = readFileSync(await exportVia(page, 'Mermaid text (.mmd)'), 'utf8');
  expect(mmd.startsWith(`journey\n  title ${NAME}\n  section `)).toBe(true);
  expect(mmd.split('\n').filter((l) => l.startsWith('    ')).length).toBe(touchpoints.length);

  const png = await exportVia(page, 'PNG image');
  const size = pngSize(png);
  expect(size.width).toBeGreaterThan(1000);
  expect(size.height).toBeGreaterThan(500);
  if (process.env.SCREENSHOTS) copyFileSync(png, join(shots, 'export-journey.png'));

  // The menu is a keyboard menu: arrows move, Esc closes and gives focus back.
  const menuButton = page.getByRole('button', { name: 'Export this journey' });
  await menuButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'PDF, A4 landscape' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'PDF, A3 landscape' })).toBeFocused();
  if (process.env.SCREENSHOTS) await page.screenshot({ path: join(shots, 'export-menu.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(menuButton).toBeFocused();
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');

  await goTo(page, 'Coverage');
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: NAME });
  const verdict = (await page.getByTestId('verdict').textContent())!;
  const coverage = await downloadFrom(page, 'PDF A4');
  render(coverage, 'export-coverage-a4');
  const coverageText = pdftotext(coverage).replace(/\s+/g, ' ');
  expect(coverageText).toContain(verdict);
  expect(coverageText).toContain(`Coverage: ${NAME}`);
  // The department views: the heatmap's heading, and the busiest department's row ending in its number of touchpoints.
  expect(coverageText).toContain('Departments × stages');
  expect(coverageText).toContain('Departments × channels');
  const departments = await rows(host, await workspaceIdOf(host), 'departments');
  const busiest = departments
    .map((d) => ({ name: d.name, count: touchpoints.filter((tp) => tp.owner_department_id === d.id).length }))
    .sort((a, b) => b.count - a.count)[0]!;
  expect(busiest.count).toBeGreaterThan(0);
  const escaped = busiest.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  expect(pdftotext(coverage)).toMatch(new RegExp(`${escaped}(\\s+\\d+)*\\s+${busiest.count}\\s*\\n`));
  // They start on a page of their own when the first page cannot hold them whole.
  render(coverage, 'export-coverage-a4-departments', 50, 2);
  if (process.env.SCREENSHOTS) await page.screenshot({ path: join(shots, 'export-coverage-buttons.png') });
  const coveragePngFile = await downloadFrom(page, 'PNG');
  expect(pngSize(coveragePngFile).width).toBeGreaterThan(1000);
  if (process.env.SCREENSHOTS) copyFileSync(coveragePngFile, join(shots, 'export-coverage.png'));

  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Whole workspace' });
  const whole = await downloadFrom(page, 'PDF A3');
  const wholeText = pdftotext(whole);
  expect(wholeText).toContain('Coverage: Whole workspace');
  expect(wholeText).toContain('Departments × stages');
});

/** A journey of `count` touchpoints over 8 stages and every channel, written straight through the service. */
function bigJourney(
  channelIds: string[],
  departmentIds: string[],
  count: number,
): { journeyId: string; edits: FieldEdit[] } {
  const journeyId = newId();
  const edits: FieldEdit[] = rowEdits('journeys', journeyId, { name: 'Große Reise mit 500 Kontaktpunkten' });
  const stageIds = keysBetween(null, null, 8).map((key, i) => {
    const id = newId();
    edits.push(...rowEdits('stages', id, { journey_id: journeyId, name: `Phase ${i + 1}`, sort_key: key }));
    return id;
  });
  keysBetween(null, null, count).forEach((key, i) => {
    const title = i === 0 ? 'Allererster Kontakt' : i === count - 1 ? 'Allerletzter Kontakt' : `Kontakt ${i + 1}`;
    edits.push(
      ...rowEdits('touchpoints', newId(), {
        journey_id: journeyId,
        stage_id: stageIds[Math.floor((i * stageIds.length) / count)]!,
        channel_id: channelIds[i % channelIds.length]!,
        owner_department_id: departmentIds[i % departmentIds.length]!,
        title,
        sort_key: key,
        emotion: (i % 5) - 2,
      }),
    );
  });
  return { journeyId, edits };
}

test('a journey with 500 touchpoints exports to a readable multi-page PDF and a PNG, in German', async ({
  page,
  host,
}) => {
  await host.open(page);
  await ready(page);
  await goTo(page, 'Settings');
  await page.getByRole('tab', { name: 'General' }).click();
  await page.getByRole('radio', { name: 'Deutsch' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();

  const workspaceId = await workspaceIdOf(host);
  const channels = (await rows(host, workspaceId, 'channels')).map((c) => c.id);
  const departments = (await rows(host, workspaceId, 'departments')).map((d) => d.id);
  const { edits } = bigJourney(channels, departments, 500);
  await apply(host, workspaceId, edits);

  await page.getByRole('navigation').getByRole('button', { name: 'Kundenreisen' }).click();
  await page
    .getByRole('table')
    .getByRole('button', { name: 'Große Reise mit 500 Kontaktpunkten', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Große Reise mit 500 Kontaktpunkten' })).toBeVisible();

  const menu = 'Diese Kundenreise exportieren';
  const pdf = await exportVia(page, 'PDF, A4 quer', menu);
  expect(pdf).toMatch(/Kundenreise-Große Reise mit 500 Kontaktpunkten-A4-\d{4}-\d{2}-\d{2}\.pdf$/);
  const count = pages(pdf);
  expect(count).toBeGreaterThan(3);
  render(pdf, 'export-journey-500-a4');
  const text = pdftotext(pdf);
  // A title may wrap over two lines of its card.
  expect(text.replace(/\s+/g, ' ')).toContain('Allererster Kontakt');
  expect(text.replace(/\s+/g, ' ')).toContain('Allerletzter Kontakt');
  expect(text).toContain('Kundenreise: Große Reise mit 500 Kontaktpunkten');
  expect(text).toContain(`Seite ${count} von ${count}`);
  expect(text).toContain('Übergaben ohne Kontext');

  const png = pngSize(await exportVia(page, 'PNG-Bild', menu));
  expect(png.height).toBeGreaterThan(png.width);
  expect(png.height).toBeLessThanOrEqual(16_000);

  await page.getByRole('button', { name: menu }).click();
  await expect(page.getByRole('menuitem', { name: 'Mermaid-Text kopieren' })).toBeVisible();
  if (process.env.SCREENSHOTS) await page.screenshot({ path: join(shots, 'export-menu-de.png') });
});
