import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { FieldEdit } from '../src/shared/changes';
import type { Row } from '../src/shared/schema/tables';
import { test, expect, type HostControl } from './host-fixture';
import { createFromTemplate } from './journey-map.helpers';
import { apply, row, workspaceOf } from './messages-seed';
import { deck, slideHeading } from './presentation.helpers';
import { ready } from './workbench';
import { skipWithoutPoppler } from './poppler';

/**
 * A journey from the complaint template, with the long German words real
 * teams write and a backstage step of its own, in every view: each slide, the
 * PDF with and without the backstage ("Include the backstage" off leaves no
 * backstage text in the file) and the PNG. Nothing on a slide spills out of
 * its box. Pictures of every slide, every PDF page and the PNG go to
 * test-results/views-template/ to be looked at.
 */

skipWithoutPoppler(['pdftoppm', 'pdftotext']);

// Six slides, three exports and poppler on each: more than the default minute on a loaded machine.
test.describe.configure({ timeout: 240_000 });

const pictures = resolve(__dirname, '..', 'test-results', 'views-template');

interface Words {
  template: RegExp;
  name: string;
  longTitle: string;
  thinks: string;
  backstage: string;
  exportMenu: string;
  pdf: string;
  png: string;
  includeBackstage: string;
  visibility: string;
  present: RegExp;
}

const EN: Words = {
  template: /^A complaint escalates/,
  name: 'Complaint escalation with damage-assessment-and-replacement-authorisation workflow',
  longTitle: 'Replacement-authorisation-confirmation letter',
  thinks: 'Do they even read what I wrote?',
  backstage: 'Claims desk checks the photos',
  exportMenu: 'Export this journey',
  pdf: 'PDF, A4 landscape',
  png: 'PNG image',
  includeBackstage: 'Include the backstage (PDF, PNG)',
  visibility: 'Line of visibility',
  present: /^Present$/,
};

const DE: Words = {
  template: /^Beschwerde eskaliert/,
  name: 'Beschwerdemanagementprozessoptimierung: Transportschadensreklamation',
  longTitle: 'Ersatzlieferungsgenehmigungsbestätigungsschreiben',
  thinks: 'Liest überhaupt jemand, was ich geschrieben habe?',
  backstage: 'Schadensregulierungssachbearbeitung prüft die Fotos',
  exportMenu: 'Diese Kundenreise exportieren',
  pdf: 'PDF, A4 quer',
  png: 'PNG-Bild',
  includeBackstage: 'Mit den Abläufen hinter den Kulissen (PDF, PNG)',
  visibility: 'Sichtbarkeitslinie',
  present: /^Präsentieren$/,
};

async function rows<T extends 'journeys' | 'touchpoints' | 'departments'>(
  host: HostControl,
  table: T,
): Promise<Row<T>[]> {
  const workspaceId = await workspaceOf(host);
  return (await host.current.service.handlers['rows.list']({ workspaceId, table, includeDeleted: false })) as Row<T>[];
}

/** A long title on the last touchpoint, a thought on the first, and a backstage step serving the first with a lost hand-off. */
async function lengthen(host: HostControl, words: Words): Promise<void> {
  const journey = (await rows(host, 'journeys')).find((j) => j.name === words.name)!;
  const touchpoints = (await rows(host, 'touchpoints')).filter((t) => t.journey_id === journey.id);
  const departments = await rows(host, 'departments');
  const first = touchpoints.find((t) => t.emotion !== null) ?? touchpoints[0]!;
  const last = touchpoints[touchpoints.length - 1]!;
  const edits: FieldEdit[] = [
    { table: 'touchpoints', row: last.id, column: 'title', value: words.longTitle },
    { table: 'touchpoints', row: first.id, column: 'thinks', value: words.thinks },
    ...row('backstage_steps', 'views-bs-1', {
      journey_id: journey.id,
      department_id: departments[0]!.id,
      title: words.backstage,
    }),
    ...row('backstage_links', 'views-bl-1', {
      journey_id: journey.id,
      backstage_step_id: 'views-bs-1',
      touchpoint_id: first.id,
    }),
  ];
  await apply(host, await workspaceOf(host), edits);
}

async function download(page: Page, words: Words, item: string, backstage: boolean, name?: string): Promise<string> {
  await page.getByRole('button', { name: words.exportMenu }).click();
  const toggle = page.getByRole('menuitemcheckbox', { name: words.includeBackstage });
  if ((await toggle.getAttribute('aria-checked')) !== String(backstage)) {
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', String(backstage));
  }
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  const path = join(pictures, name ?? `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return path;
}

const pdftext = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/**
 * The text in the order it is drawn (no layout): a card's lines follow each
 * other, where the laid-out text would interleave them with the card beside it.
 */
const pdfDrawn = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });

/** Text without spaces and hyphens: a long title broken over two lines of a card reads as one word again. */
const joined = (text: string) => text.replace(/[\s-]+/g, '');

/** Elements on the slide whose content is wider or taller than their box (text spilling over a neighbour). */
async function spills(page: Page): Promise<string[]> {
  return deck(page)
    .locator('.deck-tp-title, .deck-tp-channel, .deck-owner-name, .deck-stage-name, h1, .deck-tp-voice')
    .evaluateAll((nodes) =>
      nodes
        .filter((n) => n.scrollWidth > n.clientWidth + 1)
        .map((n) => `${n.className}: ${n.textContent ?? ''} (${n.scrollWidth} > ${n.clientWidth})`),
    );
}

/** Red arrows on the slide that reach outside the area that shows them (cut off, their heads lost). */
async function cutArrows(page: Page): Promise<string[]> {
  return deck(page)
    .locator('path.deck-arrow')
    .evaluateAll((paths) =>
      paths.flatMap((path) => {
        const area = path.closest('.deck-touchpoints')!.getBoundingClientRect();
        const b = path.getBoundingClientRect();
        return b.left < area.left - 0.5 || b.right > area.right + 0.5
          ? [`${path.getAttribute('d') ?? ''}: ${b.left}–${b.right} outside ${area.left}–${area.right}`]
          : [];
      }),
    );
}

function viewsOfTemplate(words: Words, tag: string) {
  return async ({ page, host }: { page: Page; host: HostControl }) => {
    mkdirSync(pictures, { recursive: true });
    await host.open(page);
    await ready(page);
    await createFromTemplate(page, words.template, words.name);
    await expect(page.getByRole('heading', { level: 1, name: words.name })).toBeVisible();
    await lengthen(host, words);

    // Every slide, looked at and measured: no text wider than its box.
    await page.getByRole('button', { name: words.present }).click();
    await expect(slideHeading(page)).toHaveText(words.name);
    let n = 0;
    let backstageSeen = false;
    let longSeen = false;
    for (;;) {
      n += 1;
      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(pictures, `slide-${tag}-${n}.png`) });
      expect(await spills(page), `slide ${n}`).toEqual([]);
      expect(await cutArrows(page), `slide ${n}`).toEqual([]);
      if ((await deck(page).getByText(words.backstage, { exact: true }).count()) > 0) backstageSeen = true;
      if ((await deck(page).getByText(words.longTitle, { exact: true }).count()) > 0) longSeen = true;
      const position = await deck(page)
        .getByText(/^\d+ \/ \d+$/)
        .textContent();
      const [at, of] = position!.split(' / ').map(Number);
      if (at === of) break;
      await page.keyboard.press('ArrowRight');
      await expect(deck(page).getByText(`${at! + 1} / ${of}`)).toBeVisible();
    }
    expect(backstageSeen).toBe(true);
    expect(longSeen).toBe(true);
    await page.keyboard.press('Escape');
    await expect(deck(page)).toHaveCount(0);

    // The PDF with the backstage, every page as a picture.
    const withBack = await download(page, words, words.pdf, true);
    const full = pdftext(withBack);
    // Long words may break across lines on the card: its first letters are enough to find it.
    expect(full).toContain(words.backstage.slice(0, 12));
    expect(full).toContain(words.visibility);
    expect(joined(pdfDrawn(withBack))).toContain(joined(words.longTitle).slice(0, 20));
    execFileSync('pdftoppm', ['-png', '-r', '110', withBack, join(pictures, `pdf-${tag}`)]);

    // Without: the same customer side, nothing of the backstage.
    const without = await download(page, words, words.pdf, false);
    const front = pdftext(without);
    expect(front).not.toContain(words.backstage.slice(0, 12));
    expect(front).not.toContain(words.visibility);
    expect(joined(pdfDrawn(without))).toContain(joined(words.longTitle).slice(0, 20));
    execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', without, join(pictures, `pdf-front-${tag}`)]);

    // The PNG, with the backstage.
    const png = readFileSync(await download(page, words, words.png, true, `png-${tag}.png`));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.readUInt32BE(16)).toBeGreaterThan(1000);
  };
}

test('a template journey in every view: slides, PDF with and without the backstage, PNG', async ({ page, host }) =>
  viewsOfTemplate(EN, 'en')({ page, host }));

test.describe('German', () => {
  test.use({ locale: 'de-DE' });
  test('eine Kundenreise aus der Vorlage in jeder Ansicht: Folien, PDF mit und ohne Hinterbühne, PNG', async ({
    page,
    host,
  }) => viewsOfTemplate(DE, 'de')({ page, host }));
});
