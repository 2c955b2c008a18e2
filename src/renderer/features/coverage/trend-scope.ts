import type { Change } from '../../../shared/changes';
import type { TableName } from '../../../shared/schema/tables';

/** Shared by every journey: a journey's trend replays them whole. */
const CATALOGUE: ReadonlySet<TableName> = new Set(['departments', 'channels', 'personas', 'facts']);
/** Rows that belong to a journey through their journey_id. */
const JOURNEY_ROWS: ReadonlySet<TableName> = new Set(['stages', 'touchpoints', 'transitions', 'messages']);

/**
 * The part of the history that concerns one journey, for its own trend:
 * the catalogue, the journey row, every row that was ever given this
 * journey_id, and the variants of its messages. computeTrend summarises the
 * whole replayed workspace, so replaying only this part makes the summary the
 * journey's. A row that moved between journeys counts for each it was in —
 * the map never moves rows across journeys, so that is a corner case only.
 */
export function journeyChanges(changes: readonly Change[], journeyId: string): Change[] {
  const rows = new Set<string>([journeyId]);
  const messages = new Set<string>();
  for (const c of changes) {
    if (c.column === 'journey_id' && c.value === journeyId && JOURNEY_ROWS.has(c.table)) {
      rows.add(c.row);
      if (c.table === 'messages') messages.add(c.row);
    }
  }
  for (const c of changes) {
    if (c.table === 'variants' && c.column === 'message_id' && typeof c.value === 'string' && messages.has(c.value))
      rows.add(c.row);
  }
  return changes.filter(
    (c) => CATALOGUE.has(c.table) || (c.table === 'journeys' ? c.row === journeyId : rows.has(c.row)),
  );
}

/**
 * The weeks worth drawing: from the first week that ended with a touchpoint.
 * Before that there was nothing to measure (a new workspace is created with
 * its catalogue weeks before anyone maps a journey), and a line starting at a
 * score of 0 would read as a collapse that never happened.
 */
export function measuredWeeks<P extends { touchpoints: number }>(points: readonly P[]): P[] {
  const first = points.findIndex((p) => p.touchpoints > 0);
  return first < 0 ? [] : points.slice(first);
}
