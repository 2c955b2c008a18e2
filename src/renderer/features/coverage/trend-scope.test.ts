import { describe, expect, it } from 'vitest';
import { computeTrend } from '../../../shared/analysis';
import type { Change } from '../../../shared/changes';
import { journeyChanges, measuredWeeks } from './trend-scope';

let n = 0;
const at = (day: string) => `${day}T09:00:00.000Z-${String((n += 1)).padStart(4, '0')}-node0001`;
const set = (table: Change['table'], row: string, column: string, value: Change['value'], day: string): Change => ({
  table,
  row,
  column,
  value,
  hlc: at(day),
});

/** Two journeys with a channel switch each; journey B starts a week later and never loses context. */
function history(): Change[] {
  return [
    set('departments', 'dep-1', 'name', 'Marketing', '2026-03-02'),
    set('channels', 'chn-1', 'name', 'Web', '2026-03-02'),
    set('channels', 'chn-2', 'name', 'Mail', '2026-03-02'),
    set('journeys', 'jny-a', 'name', 'A', '2026-03-03'),
    set('stages', 'stg-a', 'journey_id', 'jny-a', '2026-03-03'),
    ...['tpt-a1', 'tpt-a2'].flatMap((id, i) => [
      set('touchpoints', id, 'journey_id', 'jny-a', '2026-03-03'),
      set('touchpoints', id, 'stage_id', 'stg-a', '2026-03-03'),
      set('touchpoints', id, 'channel_id', i === 0 ? 'chn-1' : 'chn-2', '2026-03-03'),
      set('touchpoints', id, 'owner_department_id', 'dep-1', '2026-03-03'),
    ]),
    set('transitions', 'trn-a', 'journey_id', 'jny-a', '2026-03-03'),
    set('transitions', 'trn-a', 'from_touchpoint_id', 'tpt-a1', '2026-03-03'),
    set('transitions', 'trn-a', 'to_touchpoint_id', 'tpt-a2', '2026-03-03'),
    set('journeys', 'jny-b', 'name', 'B', '2026-03-10'),
    set('stages', 'stg-b', 'journey_id', 'jny-b', '2026-03-10'),
    set('touchpoints', 'tpt-b1', 'journey_id', 'jny-b', '2026-03-10'),
    set('touchpoints', 'tpt-b1', 'stage_id', 'stg-b', '2026-03-10'),
    set('messages', 'msg-b', 'journey_id', 'jny-b', '2026-03-10'),
    set('variants', 'var-b', 'message_id', 'msg-b', '2026-03-10'),
    set('transitions', 'trn-a', 'carries_context', true, '2026-03-17'),
  ];
}

describe('journeyChanges', () => {
  it('keeps the catalogue, the journey and its rows, and drops the other journeys', () => {
    const kept = journeyChanges(history(), 'jny-a');
    const rows = new Set(kept.map((c) => c.row));
    expect([...rows].sort()).toEqual(['chn-1', 'chn-2', 'dep-1', 'jny-a', 'stg-a', 'tpt-a1', 'tpt-a2', 'trn-a']);
  });

  it('follows variants through their message', () => {
    const rows = new Set(journeyChanges(history(), 'jny-b').map((c) => c.row));
    expect(rows.has('msg-b')).toBe(true);
    expect(rows.has('var-b')).toBe(true);
    expect(rows.has('tpt-a1')).toBe(false);
  });

  it('gives a trend of that journey alone', () => {
    const points = computeTrend(journeyChanges(history(), 'jny-a'));
    expect(points.map((p) => [p.week, p.journeys, p.touchpoints])).toEqual([
      ['2026-W10', 1, 2],
      ['2026-W11', 1, 2],
      ['2026-W12', 1, 2],
    ]);
    expect(points.map((p) => p.findingsByKind.context_lost)).toEqual([1, 1, 0]);
  });
});

describe('measuredWeeks', () => {
  it('starts with the first week that has a touchpoint', () => {
    const weeks = [{ touchpoints: 0 }, { touchpoints: 0 }, { touchpoints: 3 }, { touchpoints: 0 }];
    expect(measuredWeeks(weeks)).toEqual([{ touchpoints: 3 }, { touchpoints: 0 }]);
    expect(measuredWeeks([{ touchpoints: 0 }])).toEqual([]);
  });
});
