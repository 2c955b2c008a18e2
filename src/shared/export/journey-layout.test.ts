import { describe, expect, it } from 'vitest';
import { layoutJourney, type CardPlacement } from './journey-layout';
import { estimateWidth, PAPER_SIZES, type Op, type Page } from './ops';
import { bigJourney, LABELS_EN, templateJourney } from './test-journeys';

const options = (paper: 'a4' | 'a3') => ({ size: PAPER_SIZES[paper], measure: estimateWidth, labels: LABELS_EN });

function texts(pages: readonly Page[]): string[] {
  return pages.flatMap((p) =>
    p.ops.filter((o): o is Extract<Op, { kind: 'text' }> => o.kind === 'text').map((o) => o.text),
  );
}

function insidePage(page: Page, op: Op): boolean {
  const within = (x: number, y: number) => x >= 0 && y >= 0 && x <= page.width && y <= page.height;
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

function checkSound(pages: readonly Page[], cards: readonly CardPlacement[]): void {
  for (const page of pages) for (const op of page.ops) expect(insidePage(page, op), JSON.stringify(op)).toBe(true);
  const sorted = [...cards].sort((a, b) => a.page - b.page || a.x - b.x || a.y - b.y);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (a.page === b.page && a.x === b.x) expect(overlaps(a, b), `${a.touchpointId} / ${b.touchpointId}`).toBe(false);
  }
  // Cards in different columns: column widths keep them apart; check a sample pairwise.
  for (const a of cards.slice(0, 200))
    for (const b of cards.slice(0, 200)) if (a !== b) expect(overlaps(a, b)).toBe(false);
}

describe('journey print layout', () => {
  it('a template journey fits one A4 page with its legend, every card once', () => {
    const input = templateJourney('de');
    const { pages, cards } = layoutJourney(input, options('a4'));
    expect(pages.length).toBe(1);
    const live = input.touchpoints.filter((t) => !t.tombstone);
    expect(cards.map((c) => c.touchpointId).sort()).toEqual(live.map((t) => t.id).sort());
    checkSound(pages, cards);
    const all = texts(pages).join('\n');
    expect(all).toContain(input.journey.name);
    expect(all).toContain('Page 1 of 1');
    expect(all).toContain('Legend');
  });

  it('500 touchpoints give several pages; each touchpoint exactly once, inside the page, none overlapping', () => {
    const input = bigJourney(500);
    for (const paper of ['a4', 'a3'] as const) {
      const { pages, cards } = layoutJourney(input, options(paper));
      expect(pages.length).toBeGreaterThan(1);
      const ids = cards.map((c) => c.touchpointId);
      expect(new Set(ids).size).toBe(500);
      expect(ids.length).toBe(500);
      checkSound(pages, cards);
      const all = texts(pages);
      expect(all).toContain('TP 1');
      expect(all).toContain('TP 500');
      expect(all).toContain(`Page ${pages.length} of ${pages.length}`);
    }
  });

  it('a crowded cell continues on the next page with its lane marked as continued', () => {
    const input = bigJourney(120, 1, true);
    const { pages, cards } = layoutJourney(input, options('a4'));
    expect(pages.length).toBeGreaterThan(3);
    expect(new Set(cards.map((c) => c.touchpointId)).size).toBe(120);
    checkSound(pages, cards);
    expect(texts(pages.slice(1)).some((t) => t.includes('(continued)'))).toBe(true);
    // The stage header is repeated on every map page.
    const mapPages = [...new Set(cards.map((c) => c.page))];
    expect(mapPages.length).toBeGreaterThan(3);
    for (const i of mapPages) expect(texts([pages[i]!])).toContain('1. Stage 1');
  });

  it('many stages are split into column groups with the lane headers repeated', () => {
    const input = bigJourney(40, 20);
    const { pages, cards } = layoutJourney(input, options('a4'));
    checkSound(pages, cards);
    const pagesWithStage = (name: string) => pages.filter((p) => texts([p]).includes(name)).length;
    expect(pagesWithStage('1. Stage 1')).toBeGreaterThan(0);
    expect(pagesWithStage('20. Stage 20')).toBeGreaterThan(0);
    const firstLane = input.channels[0]!.name;
    expect(pages.filter((p) => texts([p]).includes(firstLane)).length).toBeGreaterThan(1);
  });

  it('lists the hand-offs that lose context and marks their cards', () => {
    const input = bigJourney(9, 3);
    const { pages } = layoutJourney(input, options('a4'));
    const all = texts(pages);
    // Transitions 0, 4 lose context (i % 4 === 0): TP 1 → TP 2 and TP 5 → TP 6.
    expect(all.some((t) => t.startsWith('⚠1 TP 1 ') && t.includes('→ TP 2'))).toBe(true);
    expect(all.some((t) => t.startsWith('⚠2 TP 5 '))).toBe(true);
    expect(all).toContain('⚠1');
  });

  it('an empty journey still gives one page that says so', () => {
    const input = { ...bigJourney(0, 3) };
    const { pages, cards } = layoutJourney(input, options('a4'));
    expect(pages.length).toBe(1);
    expect(cards).toEqual([]);
    expect(texts(pages)).toContain('No touchpoints yet.');
    const noStages = layoutJourney({ ...input, stages: [] }, options('a3'));
    expect(noStages.pages.length).toBe(1);
  });

  it('poster mode puts the whole map on one page as tall as it needs', () => {
    const { pages, cards } = layoutJourney(bigJourney(300), { ...options('a4'), mode: 'poster' });
    expect(pages.length).toBe(1);
    expect(cards.length).toBe(300);
    checkSound(pages, cards);
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
