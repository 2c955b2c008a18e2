import { describe, expect, it } from 'vitest';
import type { Change, ChangeValue } from '../changes';
import type { TableName } from '../schema/tables';
import { replayChanges } from './replay';
import { computeTrend } from './trend-tracker';
import { isoWeek, weekStart } from './week';

const NODE = 'a1b2c3d4e5f60718';
let counter = 0;
const at = (iso: string): string => `${iso}-${(counter++ % 0xffff).toString(16).padStart(4, '0')}-${NODE}`;
const ch = (table: TableName, row: string, column: string, value: ChangeValue, iso: string): Change => ({
  table,
  row,
  column,
  value,
  hlc: at(iso),
});

/** Fields of a new row, all stamped at one time. */
const create = (table: TableName, row: string, fields: Record<string, ChangeValue>, iso: string): Change[] =>
  Object.entries(fields).map(([column, value]) => ch(table, row, column, value, iso));

function history(): Change[] {
  const w48 = '2026-11-24T09:00:00.000Z';
  const w50 = '2026-12-09T15:30:00.000Z';
  return [
    ...create('departments', 'dep-marketing', { name: 'Marketing' }, w48),
    ...create('channels', 'chn-website', { name: 'Website', back_channel: true, sort_key: 'A' }, w48),
    ...create('channels', 'chn-email01', { name: 'Email', back_channel: true, sort_key: 'B' }, w48),
    ...create('journeys', 'jny-bike001', { name: 'Buy a bike' }, w48),
    ...create('stages', 'stg-inspire', { journey_id: 'jny-bike001', name: 'Inspiration' }, w48),
    ...create(
      'touchpoints',
      'tpt-browse1',
      {
        journey_id: 'jny-bike001',
        stage_id: 'stg-inspire',
        channel_id: 'chn-website',
        owner_department_id: 'dep-marketing',
        back_channel: true,
      },
      w48,
    ),
    // Refused by the write path; the replay must skip it rather than break.
    ch('touchpoints', 'tpt-browse1', 'no_such_column', 1, w48),
    ...create(
      'touchpoints',
      'tpt-letter1',
      {
        journey_id: 'jny-bike001',
        stage_id: 'stg-inspire',
        channel_id: 'chn-email01',
        owner_department_id: 'dep-marketing',
        back_channel: true,
      },
      w50,
    ),
    ...create(
      'transitions',
      'trn-browse1',
      {
        journey_id: 'jny-bike001',
        from_touchpoint_id: 'tpt-browse1',
        to_touchpoint_id: 'tpt-letter1',
        carries_context: false,
      },
      w50,
    ),
    // Given newest first: the later stamp must win whatever the input order.
    ch('transitions', 'trn-browse1', 'carries_context', true, '2026-12-18T10:00:00.000Z'),
    ch('transitions', 'trn-browse1', 'carries_context', false, '2026-12-15T08:00:00.000Z'),
    ch('touchpoints', 'tpt-letter1', 'tombstone', true, '2026-12-27T23:59:59.999Z'),
  ];
}

describe('trend', () => {
  it('summarises each ISO week, repeating quiet weeks', () => {
    const points = computeTrend(history());
    expect(points.map((p) => [p.week, p.start, p.changes])).toEqual([
      ['2026-W48', '2026-11-23', 16],
      ['2026-W49', '2026-11-30', 0],
      ['2026-W50', '2026-12-07', 9],
      ['2026-W51', '2026-12-14', 2],
      ['2026-W52', '2026-12-21', 1],
    ]);
    expect(points.map((p) => [p.touchpoints, p.transitions, p.level, p.findings, p.overall])).toEqual([
      [1, 0, 'single', 0, 50],
      [1, 0, 'single', 0, 50],
      [2, 1, 'cross', 1, 80],
      [2, 1, 'omni', 0, 100],
      // The deleted touchpoint takes its transition with it.
      [1, 0, 'single', 0, 50],
    ]);
    expect(points[2]!.findingsByKind.context_lost).toBe(1);
    expect(points[2]!.findingsBySeverity).toEqual({ high: 0, medium: 1, low: 0 });
    expect(points[2]!.scores.context_carried).toBe(0);
    expect(points[3]!.scores.context_carried).toBe(100);
    expect(points[0]!.stageCoverage).toBe(100);
    expect(points[0]!.journeys).toBe(1);
    expect(points[1]!.scores).not.toBe(points[0]!.scores);
  });

  it('does not depend on the order the history arrives in', () => {
    const sorted = computeTrend(history());
    const reversed = computeTrend([...history()].reverse());
    // Different stamps (the counter moves on) but the same weeks and figures.
    expect(reversed).toEqual(sorted);
  });

  it('replays last-writer-wins per field, including tombstones', () => {
    const data = replayChanges([
      ch('stages', 'stg-00000001', 'name', 'Newest', '2026-05-02T00:00:00.000Z'),
      ch('stages', 'stg-00000001', 'name', 'Oldest', '2026-05-01T00:00:00.000Z'),
      ch('stages', 'stg-00000001', 'tombstone', true, '2026-05-03T00:00:00.000Z'),
      ch('stages', 'stg-00000001', 'tombstone', false, '2026-05-04T00:00:00.000Z'),
      ch('comments', 'cmt-00000001', 'body', 'not analysed', '2026-05-04T00:00:00.000Z'),
    ]);
    expect(data.stages).toEqual([
      { id: 'stg-00000001', tombstone: false, journey_id: null, name: 'Newest', sort_key: '' },
    ]);
    expect(data.touchpoints).toEqual([]);
  });

  it('returns no points for an empty history', () => {
    expect(computeTrend([])).toEqual([]);
  });
});

describe('ISO weeks', () => {
  it('labels weeks by the year of their Thursday', () => {
    expect(isoWeek(Date.UTC(2025, 11, 29))).toBe('2026-W01');
    expect(isoWeek(Date.UTC(2027, 0, 1))).toBe('2026-W53');
    expect(isoWeek(Date.UTC(2026, 10, 23))).toBe('2026-W48');
    expect(isoWeek(Date.UTC(2021, 0, 3))).toBe('2020-W53');
  });

  it('starts weeks on Monday, midnight UTC', () => {
    expect(new Date(weekStart(Date.UTC(2026, 10, 29, 23, 59, 59))).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(new Date(weekStart(Date.UTC(2026, 10, 30))).toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });
});
