import { test, expect, type Page } from '@playwright/test';
import { toMermaidJourney } from '../src/shared/export/mermaid';
import { HOSTILE_TITLES, templateRows } from '../src/shared/export/test-journeys';
import { buildJourneySlice, type JourneySlice } from '../src/shared/journey';
import { JOURNEY_TEMPLATES } from '../src/shared/templates';

/**
 * The Mermaid text the app writes, parsed by the real `mermaid` package in
 * Chromium: every template in both languages, and journeys whose every name
 * is hostile to Mermaid's grammar. Parsing is not enough ("title …" as a task
 * parses, as the diagram's title): the parsed diagram must hold the journey's
 * title, its sections and one task per touchpoint with its score and actors.
 */

const labels = { untitled: 'Untitled', unnamedStage: 'Unnamed stage' };

interface Parsed {
  ok: boolean;
  error?: string;
  title?: string;
  sections?: string[];
  tasks?: { section: string; task: string; score: number; people: string[] }[];
}

async function loadMermaid(page: Page): Promise<void> {
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
  await page.evaluate(() =>
    (window as unknown as { mermaid: { initialize(c: object): void } }).mermaid.initialize({ startOnLoad: false }),
  );
}

async function parse(page: Page, text: string): Promise<Parsed> {
  return page.evaluate(async (source) => {
    type Diagram = {
      db: {
        getDiagramTitle(): string;
        getSections(): string[];
        getTasks(): { section: string; task: string; score: number; people: string[] }[];
      };
    };
    const mermaid = (
      window as unknown as {
        mermaid: {
          parse(t: string): Promise<unknown>;
          mermaidAPI: { getDiagramFromText(t: string): Promise<Diagram> };
        };
      }
    ).mermaid;
    try {
      await mermaid.parse(source);
      const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
      return {
        ok: true,
        title: diagram.db.getDiagramTitle(),
        sections: diagram.db.getSections(),
        tasks: diagram.db
          .getTasks()
          .map((t) => ({ section: t.section, task: t.task, score: t.score, people: t.people })),
      };
    } catch (err) {
      return { ok: false, error: String(err) };
    }
  }, text);
}

/** A name as the diagram should read it: Mermaid's syntax characters as look-alikes, white space as one space. */
function readable(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/:/g, '∶')
    .replace(/;/g, ',')
    .replace(/#/g, '＃')
    .replace(/%(?=%)|^%/g, '％');
}

/** What the parsed diagram must say about a journey: its title, a section per stage, each touchpoint as a task in order. */
function expectSameStory(parsed: Parsed, slice: JourneySlice): void {
  expect(parsed.error).toBeUndefined();
  expect(parsed.ok).toBe(true);
  const visible = (s: string) => s.replace(/\u2060/g, '');
  // Mermaid strips HTML tags from the title when it sanitises it; everything else reads as written.
  if (!slice.journey.name.includes('<')) expect(parsed.title).toBe(readable(slice.journey.name) || labels.untitled);
  expect(parsed.sections?.length).toBe(slice.stages.length);
  expect(parsed.tasks?.length).toBe(slice.touchpoints.length);
  slice.touchpoints.forEach((tp, i) => {
    const task = parsed.tasks![i]!;
    expect(task.score).toBe(Math.min(5, Math.max(1, tp.emotion + 3)));
    expect(visible(task.task).startsWith(readable(tp.title) || labels.untitled)).toBe(true);
    const actors = [tp.owner_department_id, ...tp.supporting_department_ids]
      .filter((id, k, all): id is string => id !== null && all.indexOf(id) === k)
      .map((id) => slice.departments.get(id)?.name ?? '')
      .filter((name) => name.replace(/[\s,]/g, '') !== '');
    expect(task.people.length).toBe(actors.length);
  });
}

test('every template exports Mermaid text that the real mermaid package parses into the same journey', async ({
  page,
}) => {
  await loadMermaid(page);
  for (const language of ['de', 'en'] as const) {
    for (let i = 0; i < JOURNEY_TEMPLATES.length; i++) {
      const slice = buildJourneySlice(templateRows(language, i));
      const text = toMermaidJourney(slice, labels);
      const parsed = await parse(page, text);
      expectSameStory(parsed, slice);
    }
  }
});

test('hostile titles, stage, channel and department names export to valid Mermaid that keeps every task', async ({
  page,
}) => {
  await loadMermaid(page);
  const rows = templateRows('en', 0);
  const department = rows.departments[0]!;
  const channel = rows.channels.find((c) => c.id === rows.touchpoints[0]!.channel_id)!;
  for (const hostile of HOSTILE_TITLES) {
    const slice = buildJourneySlice({
      ...rows,
      journey: { ...rows.journey, name: hostile },
      stages: rows.stages.map((s) => ({ ...s, name: hostile })),
      touchpoints: rows.touchpoints.map((tp) => ({
        ...tp,
        title: hostile,
        owner_department_id: department.id,
        supporting_department_ids: [rows.departments[1]!.id],
      })),
      channels: rows.channels.map((c) => (c.id === channel.id ? { ...c, name: hostile } : c)),
      departments: rows.departments.map((d) => (d.id === department.id ? { ...d, name: hostile } : d)),
    });
    const text = toMermaidJourney(slice, labels);
    const parsed = await parse(page, text);
    expectSameStory(parsed, slice);
  }
});

test('the check fails where a naive writer would: a task named like a keyword is no task, a colon cuts it', async ({
  page,
}) => {
  await loadMermaid(page);
  // What the writer produced before: names as typed.
  expect((await parse(page, 'journey\n  title T\n  section S\n    Journey mapping workshop: 3: Sales\n')).ok).toBe(
    false,
  );
  const asTitle = await parse(
    page,
    'journey\n  title T\n  section S\n    title page review: 3: Sales\n    Checkout: 3\n',
  );
  expect(asTitle.ok && asTitle.tasks!.length === 2).toBe(false);
  const cut = await parse(page, 'journey\n  title T\n  section S\n    Preis: 49 €: 3: Sales\n');
  expect(cut.ok && cut.tasks![0]!.task === 'Preis: 49 €').toBe(false);
});
