import { describe, expect, it } from 'vitest';
import type { Change, ChangeValue } from '../changes';
import type { TableName } from '../schema/tables';
import { analyzeWorkspace } from './analyze';
import { replayChanges } from './replay';
import { computeTrend, TrendTracker } from './trend-tracker';

const NODE = '0f1e2d3c4b5a6978';
let counter = 0;
const stamp = (iso: string): string => `${iso}-${(counter++ % 0xffff).toString(16).padStart(4, '0')}-${NODE}`;
const create = (table: TableName, row: string, fields: Record<string, ChangeValue>, iso: string): Change[] =>
  Object.entries(fields).map(([column, value]) => ({ table, row, column, value, hlc: stamp(iso) }));

const W1 = '2026-03-02T10:00:00.000Z';
const W2 = '2026-03-10T10:00:00.000Z';
const W4 = '2026-03-24T10:00:00.000Z';

/** Two journeys over the same catalogue; messages only in the second. */
function history(): Change[] {
  const tp = (row: string, journey: string, stage: string, channel: string, iso: string) =>
    create(
      'touchpoints',
      row,
      { journey_id: journey, stage_id: stage, channel_id: channel, owner_department_id: 'dep-1', back_channel: true },
      iso,
    );
  return [
    ...create('departments', 'dep-1', { name: 'Marketing' }, W1),
    ...create('channels', 'chn-web', { name: 'Web', back_channel: true, sort_key: 'A' }, W1),
    ...create('channels', 'chn-mail', { name: 'Mail', back_channel: true, sort_key: 'B' }, W1),
    ...create('journeys', 'jny-1', { name: 'One' }, W1),
    ...create('stages', 'stg-1', { journey_id: 'jny-1', name: 'Look' }, W1),
    ...tp('tpt-1a', 'jny-1', 'stg-1', 'chn-web', W1),
    ...tp('tpt-1b', 'jny-1', 'stg-1', 'chn-mail', W2),
    ...create('journeys', 'jny-2', { name: 'Two' }, W2),
    ...create('stages', 'stg-2', { journey_id: 'jny-2', name: 'Buy' }, W2),
    ...tp('tpt-2a', 'jny-2', 'stg-2', 'chn-web', W2),
    ...create('messages', 'msg-2', { journey_id: 'jny-2', stage_id: 'stg-2', touchpoint_id: 'tpt-2a' }, W4),
    ...create('variants', 'var-2', { message_id: 'msg-2', channel_id: 'chn-web' }, W4),
  ];
}

describe('trend tracker', () => {
  it('taking the history change by change gives the trend of one replay', () => {
    const changes = history();
    const tracker = new TrendTracker();
    for (const c of changes) {
      expect(tracker.add([c])).toBe(true);
      // Asking in between (the dashboard is open while the team works) changes nothing.
      tracker.points(null);
    }
    expect(tracker.points(null)).toEqual(computeTrend(changes));
    expect(tracker.points(null).map((p) => p.week)).toEqual(['2026-W10', '2026-W11', '2026-W12', '2026-W13']);
  });

  it('refuses a change older than what it has seen, taking nothing', () => {
    const changes = history();
    const tracker = new TrendTracker();
    tracker.add(changes.slice(1));
    const before = tracker.points(null);
    expect(tracker.add([changes[0]!])).toBe(false);
    expect(tracker.points(null)).toEqual(before);
  });

  it("scores a journey's weeks as the overview scores the journey, messages elsewhere included", () => {
    const changes = history();
    const overview = analyzeWorkspace(replayChanges(changes)).maturity;
    const tracker = new TrendTracker();
    tracker.add(changes);
    for (const id of ['jny-1', 'jny-2']) {
      const last = tracker.points(id).at(-1)!;
      const journey = overview.journeys.find((j) => j.journeyId === id)!;
      expect(last.overall).toBe(journey.overall);
      expect(last.scores).toEqual(journey.scores);
      expect(last.level).toBe(journey.level);
    }
    // The message in journey two makes the message criterion apply to journey one too.
    expect(tracker.points('jny-1').at(-1)!.scores.message_consistency).toBe(0);
    expect(tracker.points('jny-1').at(-2)!.scores.message_consistency).toBeNull();
    expect(tracker.points(null).at(-1)!.overall).toBe(overview.overall);
  });

  it("counts a journey's own changes and the shared catalogue's", () => {
    const tracker = new TrendTracker();
    tracker.add(history());
    const one = tracker.points('jny-1');
    const two = tracker.points('jny-2');
    // Week 10: catalogue (1 + 3 + 3 fields), journey one (1 + 2 + 5).
    expect(one[0]!.changes).toBe(7 + 8);
    expect(two[0]!.changes).toBe(7);
    expect(two[0]!.touchpoints).toBe(0);
    // Week 13: the message and its variant belong to journey two.
    expect(one[3]!.changes).toBe(0);
    expect(two[3]!.changes).toBe(3 + 2);
  });
});
