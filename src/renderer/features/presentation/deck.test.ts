import { describe, expect, it } from 'vitest';
import type { FieldEdit } from '../../../shared/changes';
import { JOURNEY, journeyFixture } from '../../../shared/journey/testing';
import { buildDeck, COMPACT_MAX, densityOf, ROOMY_MAX, STEP_COLUMNS, STEP_ROWS, type StageSlide } from './deck';

const stage = (deck: ReturnType<typeof buildDeck>, i: number) => deck.slides[i] as StageSlide;
const titles = (s: StageSlide) => s.steps.map((step) => step.touchpoints.map((tp) => tp.title).join('+'));

function message(id: string, fields: Record<string, string | null>): FieldEdit[] {
  return Object.entries(fields).map(([column, value]) => ({ table: 'messages', row: id, column, value }));
}

describe('buildDeck', () => {
  it('gives a journey without stages a title, a "no stages" slide and the verdict', () => {
    const deck = buildDeck(journeyFixture({ stages: 0 }).slice(), new Map());
    expect(deck.slides.map((s) => s.kind)).toEqual(['title', 'noStages', 'verdict']);
    expect(deck.slides[0]).toEqual({ kind: 'title', stages: 0, touchpoints: 0, channels: 0 });
  });

  it('gives stages without touchpoints their own, empty slides', () => {
    const deck = buildDeck(journeyFixture({ stages: 2 }).slice(), new Map());
    expect(deck.slides.map((s) => s.kind)).toEqual(['title', 'stage', 'stage', 'verdict']);
    expect(stage(deck, 2)).toMatchObject({
      position: 2,
      stageCount: 2,
      total: 0,
      steps: [],
      hiddenSteps: 0,
      density: 'roomy',
      backstage: false,
      messages: { shown: [], more: 0 },
    });
  });

  it("puts each stage's steps in the customer's time order, parallel touchpoints in one step, numbered in the journey", () => {
    const f = journeyFixture({
      stages: 3,
      channels: 3,
      touchpoints: ['0/2/X:Hotline', '0/0/F:Order', '0/1/M:Mail', '0/2/M:Push', '1/0/F:Store', '2/1/F:Survey'],
    });
    const deck = buildDeck(f.slice(), new Map());
    expect(deck.slides.map((s) => s.kind)).toEqual(['title', 'stage', 'stage', 'stage', 'verdict']);
    expect(deck.slides[0]).toEqual({ kind: 'title', stages: 3, touchpoints: 6, channels: 3 });
    const first = stage(deck, 1);
    expect(titles(first)).toEqual(['Order', 'Mail+Push', 'Hotline']);
    expect(first.steps.map((s) => s.number)).toEqual([1, 2, 3]);
    expect(stage(deck, 2).steps.map((s) => s.number)).toEqual([4]);
    expect(first.total).toBe(4);
  });

  it('leaves out archived and deleted touchpoints and those of other journeys', () => {
    const f = journeyFixture({ touchpoints: ['0/0/F:Kept', '0/0/G:Archived', '0/0/H:Deleted', '0/0/I:Elsewhere'] });
    const slice = f.apply([
      { table: 'touchpoints', row: f.id('Archived'), column: 'archived', value: true },
      { table: 'touchpoints', row: f.id('Deleted'), column: 'tombstone', value: true },
      { table: 'touchpoints', row: f.id('Elsewhere'), column: 'journey_id', value: 'other' },
    ]);
    expect(titles(stage(buildDeck(slice, new Map()), 1))).toEqual(['Kept']);
  });

  it('draws the hand-offs that lose context inside the stage, front and backstage, numbered as in the journey', () => {
    const f = journeyFixture({
      stages: 2,
      touchpoints: ['0/0/F:Mail', '0/1/M:Call', '1/0/F:Store'],
      backstage: ['1:Ticket>Call', '2:Stock>Store', '0:Note>Mail'],
      transitions: [
        ['Mail', 'Call', true],
        ['Call', 'Store', false],
        ['Call', 'Mail', false],
      ],
      handoffs: [
        ['Note', 'Ticket', false],
        ['Ticket', 'Stock', false],
      ],
    });
    const deck = buildDeck(f.slice(), new Map());
    const first = stage(deck, 1);
    // Call → Store leaves the stage: listed in the PDF, not drawn here; the carried Mail → Call is no loss.
    expect(first.lost.map((h) => [h.layer, h.fromId, h.toId])).toEqual([
      ['back', f.id('Note'), f.id('Ticket')],
      ['front', f.id('Call'), f.id('Mail')],
    ]);
    expect(first.lost.map((h) => h.number)).toEqual([1, 2]);
    expect(first.numbers.get(f.id('Call'))).toEqual([2, 3]);
    expect(first.backstage).toBe(true);
    expect(first.steps.map((s) => s.backstage.map((b) => b.title))).toEqual([['Note'], ['Ticket']]);
    expect(stage(deck, 2).lost).toEqual([]);
  });

  it('keeps a stage with 45 touchpoints in 20 steps within one slide, counting what it leaves out', () => {
    const cards = Array.from({ length: 45 }, (_, i) => `0/${i % 3}/${String.fromCharCode(65 + (i % 20))}:T${i}`);
    const slice = journeyFixture({ stages: 1, channels: 3, touchpoints: cards }).slice();
    const s = stage(buildDeck(slice, new Map()), 1);
    expect(s.total).toBe(45);
    expect(s.density).toBe('dense');
    expect(s.steps.length).toBe(STEP_COLUMNS.dense);
    expect(s.hiddenSteps).toBe(20 - STEP_COLUMNS.dense);
    const shown = s.steps.reduce((n, step) => n + step.touchpoints.length + step.hidden, 0);
    expect(shown + s.hiddenTouchpoints).toBe(45);
    // The first steps, in time order.
    expect(s.steps[0]!.step.key).toBe('A');
    expect(s.steps.at(-1)!.step.key).toBe(String.fromCharCode(64 + STEP_COLUMNS.dense));
  });

  it('a crowded step shows what fits and counts the rest, never "+1 more" for a card that would fit its line', () => {
    const rows = STEP_ROWS.roomy;
    const over = (n: number) =>
      stage(
        buildDeck(
          journeyFixture({
            stages: 1,
            channels: 1,
            touchpoints: Array.from({ length: n }, (_, i) => `0/0/F:T${i}`),
          }).slice(),
          new Map(),
        ),
        1,
      ).steps[0]!;
    expect(over(rows + 1)).toMatchObject({ hidden: 0 });
    expect(over(rows + 1).touchpoints.length).toBe(rows + 1);
    const many = over(30);
    expect(many.touchpoints.length).toBe(STEP_ROWS.dense);
    expect(many.hidden).toBe(30 - STEP_ROWS.dense);
  });

  it('chooses the layout by the number of touchpoints and steps', () => {
    expect(densityOf(0)).toBe('roomy');
    expect(densityOf(ROOMY_MAX, 4)).toBe('roomy');
    expect(densityOf(ROOMY_MAX, 5)).toBe('compact');
    expect(densityOf(ROOMY_MAX + 1)).toBe('compact');
    expect(densityOf(COMPACT_MAX, 6)).toBe('compact');
    expect(densityOf(COMPACT_MAX, 7)).toBe('dense');
    expect(densityOf(COMPACT_MAX + 1)).toBe('dense');
  });
});

describe('key messages on a stage slide', () => {
  const f = journeyFixture({ stages: 2, channels: 2, touchpoints: ['0/0/M:Site', '0/1/F:Mail', '1/0/F:Later'] });

  it('fills placeholders from the facts, the stage message first, then touchpoints in time order', () => {
    const slice = f.apply([
      ...message('m-site', { touchpoint_id: f.id('Site'), headline: 'Site news' }),
      ...message('m-mail', { touchpoint_id: f.id('Mail'), headline: 'Only {{price}}', body: 'Call {{hotline}}' }),
      ...message('m-stage', { journey_id: JOURNEY, stage_id: 'stage-0000', body: 'For the whole stage' }),
      ...message('m-later', { touchpoint_id: f.id('Later'), headline: 'Next stage' }),
    ]);
    const deck = buildDeck(slice, new Map([['price', '€ 49']]));
    const first = stage(deck, 1).messages;
    expect(first.shown.map((m) => m.id)).toEqual(['m-stage', 'm-mail', 'm-site']);
    expect(first.shown[1]).toMatchObject({ headline: 'Only € 49', unknownKeys: ['hotline'], channelId: 'chan-00001' });
    expect(stage(deck, 2).messages.shown.map((m) => m.id)).toEqual(['m-later']);
  });

  it('shows at most three and counts the rest', () => {
    const slice = f.apply(
      ['a', 'b', 'c', 'd', 'e'].flatMap((n) => message(`x-${n}`, { touchpoint_id: f.id('Site'), headline: n })),
    );
    const messages = stage(buildDeck(slice, new Map()), 1).messages;
    expect(messages.shown.length).toBe(3);
    expect(messages.more).toBeGreaterThanOrEqual(2);
  });
});
