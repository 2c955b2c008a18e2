import { describe, expect, it } from 'vitest';
import { JOURNEY, journeyFixture } from '../journey/testing';
import type { JourneySlice } from '../journey/slice';
import { lostHandoffs } from '../journey/views';
import { JOURNEY_TEMPLATES } from '../templates';
import { layoutJourney, type CardPlacement, type JourneyLayout } from './journey-layout';
import { estimateWidth, PAPER_SIZES, type Op, type Page } from './ops';
import { bigJourney, LABELS_EN, templateJourney } from './test-journeys';
import { WARN } from './theme';

const options = (paper: 'a4' | 'a3') => ({ size: PAPER_SIZES[paper], measure: estimateWidth, labels: LABELS_EN });
type Line = Extract<Op, { kind: 'line' }>;

function texts(pages: readonly Page[]): string[] {
  return pages.flatMap((p) =>
    p.ops.filter((o): o is Extract<Op, { kind: 'text' }> => o.kind === 'text').map((o) => o.text),
  );
}

function insidePage(page: Page, op: Op): boolean {
  const within = (x: number, y: number) =>
    x >= -0.01 && y >= -0.01 && x <= page.width + 0.01 && y <= page.height + 0.01;
  switch (op.kind) {
    case 'rect':
      return within(op.x, op.y) && within(op.x + op.w, op.y + op.h);
    case 'line':
      return within(op.x1, op.y1) && within(op.x2, op.y2);
    case 'circle':
      return within(op.cx - op.r, op.cy - op.r) && within(op.cx + op.r, op.cy + op.r);
    case 'text':
      return within(op.x, op.y) && within(op.x + estimateWidth(op.text, op.size, op.bold), op.y + op.size);
  }
}

function overlaps(a: CardPlacement, b: CardPlacement): boolean {
  return a.page === b.page && a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Arrows are the only lines in red or dashed 1.5 (carried hand-offs). */
const isArrow = (op: Op): op is Line => op.kind === 'line' && (op.stroke === WARN || op.dash === 1.5);

/** A segment crossing the inside of a card (touching its edge is how an arrow enters it). */
function crosses(line: Line, c: CardPlacement): boolean {
  const e = 0.01;
  const [x1, x2] = [Math.min(line.x1, line.x2), Math.max(line.x1, line.x2)];
  const [y1, y2] = [Math.min(line.y1, line.y2), Math.max(line.y1, line.y2)];
  return x2 > c.x + e && x1 < c.x + c.w - e && y2 > c.y + e && y1 < c.y + c.h - e;
}

/** A line through the inside of a box. */
function crossesBox(line: Line, b: { x: number; y: number; w: number; h: number }): boolean {
  const [x1, x2] = [Math.min(line.x1, line.x2), Math.max(line.x1, line.x2)];
  const [y1, y2] = [Math.min(line.y1, line.y2), Math.max(line.y1, line.y2)];
  return x2 >= b.x && x1 <= b.x + b.w && y2 >= b.y && y1 <= b.y + b.h;
}

function checkSound({ pages, cards }: JourneyLayout): void {
  // Problems are collected and compared once: an expect per pair would take seconds for big journeys.
  const outside = pages.flatMap((page) => page.ops.filter((op) => !insidePage(page, op)));
  expect(outside).toEqual([]);
  const byPage = new Map<number, CardPlacement[]>();
  for (const c of cards) byPage.set(c.page, [...(byPage.get(c.page) ?? []), c]);
  const overlapping: string[] = [];
  const crossing: string[] = [];
  for (const [index, list] of byPage) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++)
        if (overlaps(list[i]!, list[j]!)) overlapping.push(`${list[i]!.id} / ${list[j]!.id}`);
    for (const line of pages[index]!.ops.filter(isArrow))
      for (const card of list) if (crosses(line, card)) crossing.push(`${JSON.stringify(line)} × ${card.id}`);
  }
  expect(overlapping).toEqual([]);
  expect(crossing).toEqual([]);
}

/** Every touchpoint and placed backstage step exactly once. */
function checkComplete(slice: JourneySlice, { cards }: JourneyLayout, backstage = true): void {
  const ids = (kind: string) => cards.filter((c) => c.kind === kind).map((c) => c.id);
  expect(ids('touchpoint')).toHaveLength(slice.touchpoints.length);
  expect(new Set(ids('touchpoint'))).toEqual(new Set(slice.touchpoints.map((tp) => tp.id)));
  expect(ids('backstage').sort()).toEqual(backstage ? slice.backstage.steps.map((b) => b.id).sort() : []);
}

/** Touchpoint ids in reading order: piece by piece, column by column (left to right), top to bottom. */
function readingOrder({ cards }: JourneyLayout): string[][] {
  const tps = cards.filter((c) => c.kind === 'touchpoint').sort((a, b) => a.piece - b.piece || a.x - b.x || a.y - b.y);
  const groups: { piece: number; x: number; ids: string[] }[] = [];
  for (const c of tps) {
    const last = groups.at(-1);
    if (last && last.piece === c.piece && Math.abs(last.x - c.x) < 0.5) last.ids.push(c.id);
    else groups.push({ piece: c.piece, x: c.x, ids: [c.id] });
  }
  return groups.map((g) => g.ids.sort());
}

const stepsOf = (slice: JourneySlice) =>
  slice.steps.filter((s) => s.touchpoints.length > 0).map((s) => s.touchpoints.map((tp) => tp.id).sort());

/** A stage with three touchpoints in a chosen order (two of them parallel), thoughts and a backstage hand-off. */
function storyJourney() {
  const f = journeyFixture({
    stages: 2,
    channels: 3,
    departments: 3,
    touchpoints: [
      '0/2/X:Hotline call',
      '0/0/F:Order online',
      '0/1/M:Confirmation mail',
      '0/2/M:Push message',
      '1/0/F:Pick up',
    ],
    emotions: { 'Hotline call': -2, 'Order online': 1, 'Pick up': 2 },
    owners: { 'Hotline call': 2, 'Order online': 0 },
    backstage: ['2:Ticket in CRM>Hotline call', '1:Store checks stock>Pick up'],
    transitions: [
      ['Order online', 'Confirmation mail', true],
      ['Confirmation mail', 'Hotline call', false],
      ['Hotline call', 'Pick up', false],
    ],
    handoffs: [['Ticket in CRM', 'Store checks stock', false]],
  });
  f.apply([
    { table: 'touchpoints', row: f.id('Hotline call'), column: 'thinks', value: 'Why does nobody know my order?' },
    { table: 'touchpoints', row: f.id('Hotline call'), column: 'says', value: 'I ordered on Monday' },
  ]);
  return f;
}

describe('journey print layout in time order', () => {
  it('places steps left to right in time order and parallel touchpoints in one column', () => {
    const f = storyJourney();
    const slice = f.slice();
    const layout = layoutJourney(slice, options('a4'));
    checkComplete(slice, layout);
    checkSound(layout);
    const order = readingOrder(layout);
    expect(order).toEqual(stepsOf(slice));
    expect(order.slice(0, 3)).toEqual([
      [f.id('Order online')],
      [f.id('Confirmation mail'), f.id('Push message')].sort(),
      [f.id('Hotline call')],
    ]);
    const all = texts(layout.pages);
    expect(all).toContain('Thinks, feels, says');
    expect(all.join(' ')).toContain('Why does nobody know my order? · “I ordered on Monday”');
    expect(all).toContain('Step');
    expect(all).toContain('1. S0');
  });

  it('draws arrows for the hand-offs on the page, red where context is lost, through gutters and never across a card', () => {
    const f = storyJourney();
    const layout = layoutJourney(f.slice(), options('a4'));
    const drawn = (id: string) => layout.arrows.filter((a) => a.id === id);
    expect(drawn('tr-000000')).toEqual([{ layer: 'front', id: 'tr-000000', page: 0, lost: false }]);
    expect(drawn('tr-000001')).toEqual([{ layer: 'front', id: 'tr-000001', page: 0, lost: true }]);
    expect(drawn('tr-000002')).toEqual([{ layer: 'front', id: 'tr-000002', page: 0, lost: true }]);
    expect(drawn('ho-000000')).toEqual([{ layer: 'back', id: 'ho-000000', page: 0, lost: true }]);
    expect(layout.pages[0]!.ops.filter((o) => isArrow(o) && o.stroke === WARN).length).toBeGreaterThan(6);
    checkSound(layout);
    // The list names them all, numbered as on the cards; the silo break backstage is among them.
    const all = texts(layout.pages);
    const list = all.join(' ');
    expect(list).toContain('⚠1 Confirmation mail (C1 · S0 · No owner) → Hotline call (C2 · S0 · D2)');
    expect(list).toContain('⚠3 Ticket in CRM (Backstage · D2 · S0) → Store checks stock (Backstage · D1 · S1)');
    expect(all).toContain('⚠1,2');
  });

  it('puts the backstage under the line of visibility when shown, and leaves it out when not', () => {
    const f = storyJourney();
    const slice = f.slice();
    const shown = layoutJourney(slice, options('a4'));
    expect(texts(shown.pages)).toContain('Line of visibility');
    const visibility = shown.pages[0]!.ops.find((o) => o.kind === 'line' && o.dash === 3) as Line;
    for (const c of shown.cards.filter((c) => c.kind === 'backstage')) expect(c.y).toBeGreaterThan(visibility.y1);
    for (const c of shown.cards.filter((c) => c.kind === 'touchpoint')) expect(c.y + c.h).toBeLessThan(visibility.y1);
    // A backstage step stands in the column of the touchpoint it serves.
    const x = (id: string) => shown.cards.find((c) => c.id === id)!.x;
    expect(x(f.id('Ticket in CRM'))).toBe(x(f.id('Hotline call')));

    const hidden = layoutJourney(slice, { ...options('a4'), backstage: false });
    checkComplete(slice, hidden, false);
    expect(texts(hidden.pages)).not.toContain('Line of visibility');
    expect(hidden.arrows.some((a) => a.layer === 'back')).toBe(false);
    expect(texts(hidden.pages).some((t) => t.startsWith('⚠3'))).toBe(false);
  });

  it('gives a backstage step with systems a title of two lines, as a touchpoint has', () => {
    const f = storyJourney();
    const slice = f.apply([
      { table: 'support_systems', row: 'sys-crm', column: 'name', value: 'CRM' },
      { table: 'backstage_steps', row: f.id('Ticket in CRM'), column: 'system_ids', value: ['sys-crm'] },
      {
        table: 'backstage_steps',
        row: f.id('Ticket in CRM'),
        column: 'title',
        value: 'Ticket opened with the whole order history',
      },
    ]);
    const layout = layoutJourney(slice, options('a4'));
    const card = layout.cards.find((c) => c.id === f.id('Ticket in CRM'))!;
    const inCard = layout.pages[card.page]!.ops.filter(
      (o): o is Extract<Op, { kind: 'text' }> =>
        o.kind === 'text' && o.x >= card.x && o.x < card.x + card.w && o.y >= card.y && o.y < card.y + card.h,
    );
    expect(
      inCard
        .filter((o) => o.bold && !o.text.startsWith('⚠'))
        .map((o) => o.text)
        .join(' '),
    ).toBe('Ticket opened with the whole order history');
    expect(inCard.some((o) => o.text === 'CRM')).toBe(true);
    checkSound(layout);
  });

  it('names in the legend the departments of the backstage steps it shows, not only the touchpoints’ owners', () => {
    const slice = storyJourney().slice();
    // D1 owns no touchpoint; its one backstage step has a lane of its own.
    const count = (layout: JourneyLayout) => texts(layout.pages).filter((t) => t === 'D1').length;
    expect(count(layoutJourney(slice, options('a4')))).toBe(2);
    expect(count(layoutJourney(slice, { ...options('a4'), backstage: false }))).toBe(0);
  });

  it('draws no rule of the grid across the curve’s lowest and highest labels', () => {
    const slices = [storyJourney().slice(), ...JOURNEY_TEMPLATES.map((_, i) => templateJourney('de', i))];
    const crossed: string[] = [];
    let labels = 0;
    for (const slice of slices) {
      for (const page of layoutJourney(slice, options('a4')).pages) {
        page.ops.forEach((op, i) => {
          if (op.kind !== 'text' || !/^(Lowest|Highest): /.test(op.text)) return;
          labels += 1;
          const box = { x: op.x, y: op.y, w: estimateWidth(op.text, op.size, op.bold), h: op.size };
          for (const later of page.ops.slice(i + 1))
            if (later.kind === 'line' && !isArrow(later) && crossesBox(later, box))
              crossed.push(`${op.text} × ${JSON.stringify(later)}`);
        });
      }
    }
    expect(labels).toBeGreaterThanOrEqual(2 * slices.length);
    expect(crossed).toEqual([]);
  });

  it('every template (German and English) is complete, inside its pages and without overlaps', () => {
    for (const language of ['de', 'en'] as const)
      JOURNEY_TEMPLATES.forEach((_, i) => {
        const slice = templateJourney(language, i);
        for (const paper of ['a4', 'a3'] as const) {
          const layout = layoutJourney(slice, options(paper));
          checkComplete(slice, layout);
          checkSound(layout);
          expect(readingOrder(layout)).toEqual(stepsOf(slice));
          expect(texts(layout.pages)).toContain(`Page ${layout.pages.length} of ${layout.pages.length}`);
        }
      });
  });

  it('500 touchpoints with 100 backstage steps: several pages, time order across them, nothing lost, nothing overlapping', () => {
    const slice = bigJourney(500, 12, { parallelEvery: 4, backstage: 100 });
    for (const paper of ['a4', 'a3'] as const) {
      const layout = layoutJourney(slice, options(paper));
      expect(layout.pages.length).toBeGreaterThan(10);
      checkComplete(slice, layout);
      checkSound(layout);
      expect(readingOrder(layout)).toEqual(stepsOf(slice));
      const all = texts(layout.pages);
      expect(all).toContain('TP 1');
      expect(all).toContain('TP 500');
      const lost = lostHandoffs(slice);
      expect(all.filter((t) => /^⚠\d+ TP/.test(t)).length).toBe(lost.filter((h) => h.layer === 'front').length);
      expect(all.filter((t) => /^⚠\d+ BS/.test(t)).length).toBe(lost.filter((h) => h.layer === 'back').length);
      expect(all.some((t) => t.startsWith(`⚠${lost.length} `))).toBe(true);
    }
  });

  it('a crowded step continues on the next page with its lane marked as continued', () => {
    const f = journeyFixture({
      stages: 1,
      channels: 1,
      touchpoints: Array.from({ length: 40 }, (_, i) => `0/0/F:T${i}`),
    });
    const slice = f.slice();
    const layout = layoutJourney(slice, options('a4'));
    checkComplete(slice, layout);
    checkSound(layout);
    const mapPages = [...new Set(layout.cards.map((c) => c.page))];
    expect(mapPages.length).toBeGreaterThan(2);
    expect(texts(layout.pages.slice(1)).some((t) => t === 'C0 (continued)')).toBe(true);
    for (const i of mapPages) expect(texts([layout.pages[i]!])).toContain('1. S0');
  });

  it('many steps continue over pages in column chunks, the stage marked as continued', () => {
    const slice = bigJourney(40, 2);
    const layout = layoutJourney(slice, options('a4'));
    checkSound(layout);
    expect(texts(layout.pages).filter((t) => t === '1. Stage 1 (continued)').length).toBeGreaterThan(0);
    expect(texts(layout.pages)).toContain('2. Stage 2');
  });

  it('prints a page of key messages for each stage that has any, facts filled in', () => {
    const f = storyJourney();
    const slice = f.apply([
      { table: 'messages', row: 'm-1', column: 'touchpoint_id', value: f.id('Hotline call') },
      { table: 'messages', row: 'm-1', column: 'headline', value: 'We call back within {{hours}} hours' },
      { table: 'messages', row: 'm-1', column: 'cta', value: 'Request a call-back' },
      { table: 'messages', row: 'm-2', column: 'journey_id', value: JOURNEY },
      { table: 'messages', row: 'm-2', column: 'stage_id', value: 'stage-0000' },
      { table: 'messages', row: 'm-2', column: 'body', value: 'One story on every channel.' },
    ]);
    const layout = layoutJourney(slice, { ...options('a4'), facts: new Map([['hours', '2']]) });
    const last = layout.pages.at(-1)!;
    const page = texts([last]);
    expect(page).toContain('Key messages: 1. S0');
    expect(page.indexOf('For the whole stage')).toBeLessThan(page.indexOf('C2 · Hotline call'));
    expect(page).toContain('We call back within 2 hours');
    expect(page).toContain('→ Request a call-back');
    expect(texts(layout.pages).some((t) => t.startsWith('Key messages: 2.'))).toBe(false);
    checkSound(layout);
  });

  it('wraps a long A4 title onto up to three lines before cutting it', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `Kundenreise${i}`).join(' ');
    const titleOps = (name: string) => {
      const f = journeyFixture({ touchpoints: ['0/0/F:A'] });
      const layout = layoutJourney(
        f.apply([{ table: 'journeys', row: JOURNEY, column: 'name', value: name }]),
        options('a4'),
      );
      return layout.pages[0]!.ops.filter((o): o is Extract<Op, { kind: 'text' }> => o.kind === 'text' && o.size === 15);
    };
    const two = titleOps(words(8));
    expect(two.length).toBe(2);
    expect(`${two.map((o) => o.text).join(' ')}`).toBe(`Customer journey: ${words(8)}`);
    const cut = titleOps(words(60));
    expect(cut.length).toBe(3);
    expect(cut[2]!.text.endsWith('…')).toBe(true);
    for (const op of cut)
      expect(op.x + estimateWidth(op.text, 15, true)).toBeLessThanOrEqual(PAPER_SIZES.a4.width - 28);
  });

  it('an empty journey still gives one page that says so', () => {
    const layout = layoutJourney(bigJourney(0, 3), options('a4'));
    expect(layout.pages.length).toBe(1);
    expect(layout.cards).toEqual([]);
    expect(texts(layout.pages)).toContain('No touchpoints yet.');
    const noStages = layoutJourney(journeyFixture({ stages: 0 }).slice(), options('a3'));
    expect(noStages.pages.length).toBe(1);
  });

  it('poster mode puts the whole map on one page, in bands of columns', () => {
    const slice = bigJourney(300, 7, { backstage: 30 });
    const layout = layoutJourney(slice, { ...options('a4'), mode: 'poster' });
    expect(layout.pages.length).toBe(1);
    expect(layout.pages[0]!.width).toBeLessThan(2400);
    checkComplete(slice, layout);
    checkSound(layout);
    expect(readingOrder(layout)).toEqual(stepsOf(slice));
  });
});

describe('A3 scaling', () => {
  it('lays out on a smaller virtual page and scales every operation onto the A3 sheet', async () => {
    const { scaledSize, scalePage, PAPER_SCALE } = await import('./ops');
    const { pages } = layoutJourney(templateJourney('en', 1), {
      size: scaledSize('a3'),
      measure: estimateWidth,
      labels: LABELS_EN,
    });
    const scaled = pages.map((p) => scalePage(p, PAPER_SCALE.a3));
    expect(scaled[0]!.width).toBeCloseTo(PAPER_SIZES.a3.width);
    expect(scaled[0]!.height).toBeCloseTo(PAPER_SIZES.a3.height);
    const sizes = (ps: readonly Page[]) => ps[0]!.ops.flatMap((o) => (o.kind === 'text' ? [o.size] : []));
    expect(Math.max(...sizes(scaled))).toBeCloseTo(Math.max(...sizes(pages)) * 1.25);
    for (const op of scaled[0]!.ops) if (op.kind !== 'text') expect(insidePage(scaled[0]!, op)).toBe(true);
  });
});
