import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { FieldEdit } from '../src/shared/changes';
import type { Row } from '../src/shared/schema/tables';
import { test, expect, type HostControl } from './host-fixture';
import { apply, row, workspaceOf } from './messages-seed';
import { deck, slideHeading } from './presentation.helpers';
import { ready } from './workbench';
import { skipWithoutPoppler } from './poppler';

/**
 * Every view tells the same story: a journey whose first stage has a step,
 * then two touchpoints in parallel, then another step — in an order that is
 * not the order of the channel lanes — with what the customer thinks, a
 * backstage step handing off without context, and a key message. The slide,
 * the PDF (the titles' positions as pdftotext reads them) and the Mermaid text
 * all show that order. Pictures of the slide and the PDF pages are written to
 * test-results/journey-story/ (docs/screenshots only with SCREENSHOTS=1).
 */

skipWithoutPoppler(['pdftoppm', 'pdftotext']);

const pictures = resolve(__dirname, '..', 'test-results', 'journey-story');
const docs = resolve(__dirname, '..', 'docs', 'screenshots');

interface Story {
  journey: string;
  stages: [string, string];
  /** In time order; the second and third are parallel. First word of each, as the PDF's word list has it. */
  touchpoints: { title: string; first: string; kind: Row<'channels'>['kind']; emotion: number; step: string }[];
  thinks: string;
  says: string;
  backstage: [string, string];
  message: string;
  /** What the slide and the PDF call things. */
  words: { present: RegExp; exportMenu: string; pdf: string; mermaid: string; visibility: string; lowest: string };
}

const EN: Story = {
  journey: 'Complaint: “Where is my parcel?” 📦',
  stages: ['Service', 'Resolution'],
  touchpoints: [
    { title: 'Hotline call', first: 'Hotline', kind: 'call_centre', emotion: -2, step: 'F' },
    { title: 'Confirmation email', first: 'Confirmation', kind: 'email', emotion: 0, step: 'M' },
    { title: 'SMS with ticket number', first: 'SMS', kind: 'sms', emotion: 1, step: 'M' },
    { title: 'Chat in the app', first: 'Chat', kind: 'app', emotion: -1, step: 'T' },
    { title: 'Pick-up in store', first: 'Pick-up', kind: 'store', emotion: 2, step: 'M' },
  ],
  thinks: 'Why do I have to explain everything again?',
  says: 'I ordered on Monday!',
  backstage: ['Ticket opened in the CRM', 'Store checks the stock'],
  message: 'We call you back within 2 hours',
  words: {
    present: /^Present$/,
    exportMenu: 'Export this journey',
    pdf: 'PDF, A4 landscape',
    mermaid: 'Mermaid text (.mmd)',
    visibility: 'Line of visibility',
    lowest: 'Lowest: Hotline call (−2)',
  },
};

const DE: Story = {
  journey: 'Reklamation: „Wo ist mein Paket?“ 📦',
  stages: ['Service', 'Lösung'],
  touchpoints: [
    { title: 'Anruf bei der Hotline', first: 'Anruf', kind: 'call_centre', emotion: -2, step: 'F' },
    { title: 'Bestätigung per E-Mail', first: 'Bestätigung', kind: 'email', emotion: 0, step: 'M' },
    { title: 'SMS mit Ticketnummer', first: 'SMS', kind: 'sms', emotion: 1, step: 'M' },
    { title: 'Chat in der App', first: 'Chat', kind: 'app', emotion: -1, step: 'T' },
    { title: 'Abholung in der Filiale', first: 'Abholung', kind: 'store', emotion: 2, step: 'M' },
  ],
  thinks: 'Warum muss ich alles noch einmal erklären?',
  says: 'Ich habe am Montag bestellt!',
  backstage: ['Ticket im CRM angelegt', 'Filiale prüft den Bestand'],
  message: 'Wir rufen Sie innerhalb von 2 Stunden zurück',
  words: {
    present: /^Präsentieren$/,
    exportMenu: 'Diese Kundenreise exportieren',
    pdf: 'PDF, A4 quer',
    mermaid: 'Mermaid-Text (.mmd)',
    visibility: 'Sichtbarkeitslinie',
    lowest: 'Tiefpunkt: Anruf bei der Hotline (−2)',
  },
};

async function list<T extends 'channels' | 'departments'>(host: HostControl, table: T): Promise<Row<T>[]> {
  const workspaceId = await workspaceOf(host);
  return (await host.current.service.handlers['rows.list']({ workspaceId, table, includeDeleted: false })) as Row<T>[];
}

/** The story, written through the write path as the map would write it. */
async function seedStory(host: HostControl, story: Story): Promise<void> {
  const workspaceId = await workspaceOf(host);
  const channels = await list(host, 'channels');
  const departments = await list(host, 'departments');
  const department = (colour: string) => departments.find((d) => d.color === colour)!.id;
  const service = department('#15803d');
  const store = department('#be123c');
  const j = 'story-journey';
  const edits: FieldEdit[] = [
    ...row('journeys', j, { name: story.journey, owner: 'Kundenservice' }),
    ...row('stages', 'story-s1', { journey_id: j, name: story.stages[0], sort_key: 'F' }),
    ...row('stages', 'story-s2', { journey_id: j, name: story.stages[1], sort_key: 'T' }),
  ];
  story.touchpoints.forEach((tp, i) => {
    edits.push(
      ...row('touchpoints', `story-tp-${i}`, {
        journey_id: j,
        stage_id: i < 4 ? 'story-s1' : 'story-s2',
        channel_id: channels.find((c) => c.kind === tp.kind)!.id,
        title: tp.title,
        emotion: tp.emotion,
        step_key: tp.step,
        sort_key: 'V',
        owner_department_id: i === 4 ? store : service,
        ...(i === 0 ? { thinks: story.thinks, says: story.says } : {}),
      }),
    );
  });
  edits.push(
    ...row('transitions', 'story-tr-1', {
      journey_id: j,
      from_touchpoint_id: 'story-tp-0',
      to_touchpoint_id: 'story-tp-1',
      carries_context: true,
    }),
    ...row('transitions', 'story-tr-2', {
      journey_id: j,
      from_touchpoint_id: 'story-tp-2',
      to_touchpoint_id: 'story-tp-3',
      carries_context: false,
    }),
    ...row('support_systems', 'story-crm', { name: 'CRM', kind: 'crm' }),
    ...row('backstage_steps', 'story-bs-1', {
      journey_id: j,
      department_id: service,
      title: story.backstage[0],
      system_ids: ['story-crm'],
    }),
    ...row('backstage_steps', 'story-bs-2', { journey_id: j, department_id: store, title: story.backstage[1] }),
    ...row('backstage_links', 'story-bl-1', {
      journey_id: j,
      backstage_step_id: 'story-bs-1',
      touchpoint_id: 'story-tp-0',
    }),
    ...row('backstage_links', 'story-bl-2', {
      journey_id: j,
      backstage_step_id: 'story-bs-2',
      touchpoint_id: 'story-tp-3',
    }),
    ...row('backstage_handoffs', 'story-bh-1', {
      journey_id: j,
      from_step_id: 'story-bs-1',
      to_step_id: 'story-bs-2',
      carries_context: false,
    }),
    ...row('messages', 'story-m-1', {
      journey_id: j,
      stage_id: 'story-s1',
      touchpoint_id: 'story-tp-0',
      headline: story.message,
    }),
  );
  await apply(host, workspaceId, edits);
}

async function download(page: Page, menu: string, item: string): Promise<string> {
  await page.getByRole('button', { name: menu }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  const path = join(pictures, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return path;
}

/** x of the topmost occurrence of each word on a PDF page right of the lane headers (the cards, not the lists). */
function wordPositions(pdf: string, page: number, words: readonly string[]): number[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
  });
  const found = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    text: m[3]!.replace(/&amp;/g, '&'),
  }));
  return words.map((word) => {
    const hits = found.filter((w) => w.text === word && w.x > 130).sort((a, b) => a.y - b.y);
    expect(hits.length, `${word} on page ${page}`).toBeGreaterThan(0);
    return hits[0]!.x;
  });
}

async function parseMermaid(page: Page, text: string): Promise<string[]> {
  const other = await page.context().newPage();
  await other.setContent('<!doctype html><html><body></body></html>');
  await other.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
  const tasks = await other.evaluate(async (source) => {
    const mermaid = (
      window as unknown as {
        mermaid: {
          parse(t: string): Promise<unknown>;
          mermaidAPI: { getDiagramFromText(t: string): Promise<{ db: { getTasks(): { task: string }[] } }> };
        };
      }
    ).mermaid;
    await mermaid.parse(source);
    return (await mermaid.mermaidAPI.getDiagramFromText(source)).db.getTasks().map((t) => t.task);
  }, text);
  await other.close();
  return tasks;
}

function tellsTheStory(story: Story, tag: string) {
  return async ({ page, host }: { page: Page; host: HostControl }) => {
    mkdirSync(pictures, { recursive: true });
    await host.open(page);
    await ready(page);
    await seedStory(host, story);
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /^(Journeys|Kundenreisen)$/ })
      .click();
    await page.getByRole('table').getByRole('button', { name: story.journey, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: story.journey })).toBeVisible();
    const titles = story.touchpoints.map((tp) => tp.title);

    // The slide: steps left to right in time order, the parallel pair in one column, the lost hand-offs drawn.
    await page.getByRole('button', { name: story.words.present }).click();
    await expect(slideHeading(page)).toHaveText(story.journey);
    await page.keyboard.press('ArrowRight');
    await expect(slideHeading(page)).toHaveText(story.stages[0]);
    const columns = deck(page).locator('.deck-step-col');
    await expect(columns).toHaveCount(3);
    // Slides hyphenate long words with soft hyphens: the titles read without them.
    const inColumn = async (i: number) =>
      (await columns.nth(i).locator('.deck-tp-title').allTextContents()).map((t) => t.replace(/\u00AD/g, ''));
    expect(await inColumn(0)).toEqual([titles[0]]);
    expect(await inColumn(1)).toEqual([titles[1], titles[2]]);
    expect(await inColumn(2)).toEqual([titles[3]]);
    await expect(deck(page).getByText(story.thinks, { exact: false }).first()).toBeVisible();
    await expect(deck(page).getByText(story.words.visibility)).toBeVisible();
    await expect(deck(page).getByText(softHyphenated(story.backstage[0]!))).toBeVisible();
    // SMS → chat in front, ticket → store check backstage: both lose context inside this stage.
    await expect(deck(page).getByTestId('deck-lost-arrows').locator('path.deck-arrow')).toHaveCount(2);
    await expect(deck(page).getByText(story.message)).toBeVisible();
    await expect(deck(page).getByTestId('deck-curve-svg').getByText(story.words.lowest)).toBeVisible();
    const box = async (title: string) => (await deck(page).getByText(softHyphenated(title)).first().boundingBox())!;
    const xs = await Promise.all(titles.slice(0, 4).map(box));
    expect(xs[0]!.x).toBeLessThan(xs[1]!.x);
    expect(xs[1]!.x).toBe(xs[2]!.x);
    expect(xs[2]!.x).toBeLessThan(xs[3]!.x);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(pictures, `slide-${tag}.png`) });
    if (process.env.SCREENSHOTS) await page.screenshot({ path: join(docs, `presentation-steps-${tag}.png`) });
    await page.keyboard.press('Escape');
    await expect(deck(page)).toHaveCount(0);

    // The PDF: the titles stand left to right in time order on the map page; the key message has its page.
    const pdf = await download(page, story.words.exportMenu, story.words.pdf);
    const x = wordPositions(
      pdf,
      1,
      story.touchpoints.map((tp) => tp.first),
    );
    expect(x[0]).toBeLessThan(x[1]!);
    expect(Math.abs(x[1]! - x[2]!)).toBeLessThan(0.5);
    expect(x[2]).toBeLessThan(x[3]!);
    expect(x[3]).toBeLessThan(x[4]!);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(story.journey.replace(/\s+/g, ' ').replace(' 📦', ''));
    expect(text).toContain(story.message);
    expect(text).toContain(story.backstage[1]);
    expect(text).toContain(story.words.visibility);
    execFileSync('pdftoppm', ['-png', '-r', '110', pdf, join(pictures, `pdf-${tag}`)]);
    if (process.env.SCREENSHOTS)
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '110',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        pdf,
        join(docs, `export-steps-${tag}`),
      ]);

    // The Mermaid text: tasks in the same order, parsed by mermaid itself.
    const mmd = readFileSync(await download(page, story.words.exportMenu, story.words.mermaid), 'utf8');
    const tasks = await parseMermaid(page, mmd);
    expect(tasks.map((t) => t.split(' (')[0])).toEqual(titles);
  };
}

test('the slide, the PDF and the Mermaid text tell the journey in the same time order', async ({ page, host }) =>
  tellsTheStory(EN, 'en')({ page, host }));

test.describe('German', () => {
  test.use({ locale: 'de-DE' });
  test('Folie, PDF und Mermaid-Text erzählen die Kundenreise in derselben Reihenfolge', async ({ page, host }) =>
    tellsTheStory(DE, 'de')({ page, host }));
});

/** A title as the slides may print it: with soft hyphens anywhere inside its words. */
function softHyphenated(title: string): RegExp {
  const chars = [...title].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${chars.join('\u00AD?')}$`);
}
