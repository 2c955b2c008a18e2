import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture, JOURNEY } from '../../../shared/map/fixture';
import { emptyRow, type Fact, type Message } from '../../../shared/schema/tables';
import { buildDeck, COMPACT_MAX, denseLines, densityOf, fitGroups, ROOMY_MAX, type StageSlide } from './deck';

const journey = { ...emptyRow('journeys', JOURNEY), name: 'Test journey' };

function message(id: string, fields: Partial<Message>): Message {
  return { ...emptyRow('messages', id), journey_id: JOURNEY, ...fields };
}

function fact(key: string, value: string): Fact {
  return { ...emptyRow('facts', `fact-${key}`), key, value };
}

const lines = (visible: readonly number[], counts: readonly number[]) =>
  visible.reduce((sum, v, i) => sum + v + (v < counts[i]! ? 1 : 0), 0);

describe('buildDeck', () => {
  it('gives a journey without stages a title, a "no stages" slide and the verdict', () => {
    const deck = buildDeck({ journey, stages: [], touchpoints: [], channels: [], messages: [], facts: [] });
    expect(deck.slides.map((s) => s.kind)).toEqual(['title', 'noStages', 'verdict']);
    expect(deck.slides[0]).toEqual({ kind: 'title', stages: 0, touchpoints: 0, channels: 0 });
  });

  it('gives stages without touchpoints their own, empty slides', () => {
    const f = fixture([], { stages: 2 });
    const deck = buildDeck({
      journey,
      stages: f.stages,
      touchpoints: [],
      channels: f.channels,
      messages: [],
      facts: [],
    });
    expect(deck.slides.map((s) => s.kind)).toEqual(['title', 'stage', 'stage', 'verdict']);
    const stage = deck.slides[2] as StageSlide;
    expect(stage).toMatchObject({
      position: 2,
      stageCount: 2,
      total: 0,
      groups: [],
      density: 'roomy',
      messages: { shown: [], more: 0 },
    });
  });

  it('puts each stage on a slide with its touchpoints grouped by channel in map order', () => {
    const f = fixture(['0/1:Ad', '0/0:Site', '0/1:Post', '1/2:Call', '2/0:Mail'], { stages: 3, channels: 3 });
    const deck = buildDeck({
      journey,
      stages: f.stages,
      touchpoints: f.touchpoints,
      channels: f.channels,
      messages: [],
      facts: [],
    });
    expect(deck.slides.map((s) => s.kind)).toEqual(['title', 'stage', 'stage', 'stage', 'verdict']);
    expect(deck.slides[0]).toEqual({ kind: 'title', stages: 3, touchpoints: 5, channels: 3 });
    const first = deck.slides[1] as StageSlide;
    expect(first.stage.name).toBe('S0');
    expect(first.position).toBe(1);
    expect(first.groups.map((g) => [g.channel?.name, g.touchpoints.map((t) => t.title), g.hidden])).toEqual([
      ['C0', ['Site'], 0],
      ['C1', ['Ad', 'Post'], 0],
    ]);
    expect((deck.slides[3] as StageSlide).groups.map((g) => g.channel?.name)).toEqual(['C0']);
  });

  it('leaves out archived and deleted touchpoints and those of other journeys', () => {
    const f = fixture(['0/0:Kept', '0/0:Archived', '0/0:Deleted', '0/0:Elsewhere']);
    const touchpoints = f.touchpoints.map((t) =>
      t.title === 'Archived'
        ? { ...t, archived: true }
        : t.title === 'Deleted'
          ? { ...t, tombstone: true }
          : t.title === 'Elsewhere'
            ? { ...t, journey_id: 'other' }
            : t,
    );
    const deck = buildDeck({ journey, stages: f.stages, touchpoints, channels: f.channels, messages: [], facts: [] });
    expect((deck.slides[1] as StageSlide).groups.flatMap((g) => g.touchpoints.map((t) => t.title))).toEqual(['Kept']);
  });

  it('keeps a stage with 45 touchpoints within one slide, saying how many each channel leaves out', () => {
    const counts = [20, 12, 8, 3, 2];
    const cards = counts.flatMap((n, c) => Array.from({ length: n }, (_, i) => `0/${c}:T${c}-${i}`));
    const f = fixture(cards, { stages: 1, channels: counts.length });
    const deck = buildDeck({
      journey,
      stages: f.stages,
      touchpoints: f.touchpoints,
      channels: f.channels,
      messages: [],
      facts: [],
    });
    const stage = deck.slides[1] as StageSlide;
    expect(stage.total).toBe(45);
    expect(stage.density).toBe('dense');
    const visible = stage.groups.map((g) => g.touchpoints.length);
    expect(stage.groups.map((g) => g.touchpoints.length + g.hidden)).toEqual(counts);
    expect(lines(visible, counts)).toBeLessThanOrEqual(denseLines(counts.length));
    // Small channels show everything; the big ones are cut, never to nothing.
    expect(visible.slice(3)).toEqual([3, 2]);
    expect(stage.groups[0]!.hidden).toBeGreaterThan(0);
    expect(stage.groups[0]!.touchpoints[0]!.title).toBe('T0-0');
  });

  it('gives one big channel more lines than many channels, whose headings take room too', () => {
    const cards = Array.from({ length: 60 }, (_, i) => `0/0:W${i}`);
    const f = fixture(cards, { stages: 1, channels: 1 });
    const deck = buildDeck({
      journey,
      stages: f.stages,
      touchpoints: f.touchpoints,
      channels: f.channels,
      messages: [],
      facts: [],
    });
    const group = (deck.slides[1] as StageSlide).groups[0]!;
    expect(group.touchpoints.length + 1).toBe(denseLines(1));
    expect(group.hidden).toBe(60 - group.touchpoints.length);
    expect(denseLines(9)).toBeLessThan(denseLines(1));
    // However many channels, each keeps a line.
    expect(denseLines(40)).toBe(40);
  });

  it('chooses the layout by the number of touchpoints', () => {
    expect(densityOf(0)).toBe('roomy');
    expect(densityOf(ROOMY_MAX)).toBe('roomy');
    expect(densityOf(ROOMY_MAX + 1)).toBe('compact');
    expect(densityOf(COMPACT_MAX)).toBe('compact');
    expect(densityOf(COMPACT_MAX + 1)).toBe('dense');
  });
});

describe('key messages', () => {
  const f = fixture(['0/0:Site', '0/1:Mail', '1/0:Later'], { stages: 2, channels: 2 });
  const deckWith = (messages: Message[], facts: Fact[] = []) =>
    buildDeck({ journey, stages: f.stages, touchpoints: f.touchpoints, channels: f.channels, messages, facts });

  it('fills placeholders from the facts and keeps unknown ones as typed', () => {
    const deck = deckWith(
      [
        message('m1', {
          stage_id: f.stages[0]!.id,
          touchpoint_id: f.id('Mail'),
          headline: 'Only {{price}}',
          body: 'Call {{hotline}} today',
          cta: 'Buy',
        }),
      ],
      [fact('price', '€ 49'), { ...fact('hotline', '0800 1'), archived: true }],
    );
    expect((deck.slides[1] as StageSlide).messages.shown).toEqual([
      {
        id: 'm1',
        headline: 'Only € 49',
        body: 'Call {{hotline}} today',
        cta: 'Buy',
        touchpointId: f.id('Mail'),
        channelId: f.channels[1]!.id,
        unknownKeys: ['hotline'],
      },
    ]);
  });

  it('shows the stage message first, then touchpoint messages in map order, each text once, empty ones not at all', () => {
    const deck = deckWith([
      message('m-mail', { touchpoint_id: f.id('Mail'), headline: 'Mail news' }),
      message('m-site', { touchpoint_id: f.id('Site'), headline: 'Site news' }),
      message('m-copy', { touchpoint_id: f.id('Mail'), headline: 'Site news' }),
      message('m-empty', { touchpoint_id: f.id('Site'), headline: '  ' }),
      message('m-gone', { touchpoint_id: f.id('Site'), headline: 'Deleted', tombstone: true }),
      message('m-stage', { stage_id: f.stages[0]!.id, touchpoint_id: null, body: 'For the whole stage' }),
      message('m-later', { touchpoint_id: f.id('Later'), headline: 'Next stage' }),
    ]);
    const first = (deck.slides[1] as StageSlide).messages;
    expect(first.shown.map((m) => m.id)).toEqual(['m-stage', 'm-site', 'm-mail']);
    expect(first.more).toBe(0);
    expect((deck.slides[2] as StageSlide).messages.shown.map((m) => m.id)).toEqual(['m-later']);
  });

  it('shows at most three and counts the rest', () => {
    const deck = deckWith(
      ['a', 'b', 'c', 'd', 'e'].map((n) => message(`m-${n}`, { touchpoint_id: f.id('Site'), headline: n })),
    );
    const messages = (deck.slides[1] as StageSlide).messages;
    expect(messages.shown.map((m) => m.headline)).toEqual(['a', 'b', 'c']);
    expect(messages.more).toBe(2);
  });
});

describe('fitGroups', () => {
  it('shows everything when it fits', () => {
    expect(fitGroups([3, 4], 10)).toEqual([3, 4]);
  });

  it('shares the lines evenly and shows a channel whole rather than hiding a single touchpoint', () => {
    expect(fitGroups([10, 10], 10)).toEqual([4, 4]);
    expect(fitGroups([10, 2, 10], 12)).toEqual([4, 2, 4]);
    expect(fitGroups([10, 2, 10], 13)).toEqual([5, 2, 4]);
  });

  it('fits the budget, shows at least one per channel and never more than a channel has', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 15 }),
        fc.integer({ min: 30, max: 60 }),
        (counts, budget) => {
          const visible = fitGroups(counts, budget);
          visible.forEach((v, i) => {
            expect(v).toBeGreaterThanOrEqual(1);
            expect(v).toBeLessThanOrEqual(counts[i]!);
            // "+1 more" would take the line the touchpoint needs.
            expect(counts[i]! - v).not.toBe(1);
          });
          expect(lines(visible, counts)).toBeLessThanOrEqual(budget);
        },
      ),
    );
  });
});
