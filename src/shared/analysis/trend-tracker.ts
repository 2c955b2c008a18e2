import type { Change } from '../changes';
import type { TableName } from '../schema/tables';
import { emptyCounts } from './finding-kinds';
import { inHlcOrder, Replay } from './replay';
import { summarizeAll, type TrendPoint, type TrendSummaries, type TrendSummary } from './trend';
import { isoWeek, WEEK_MS, weekStart } from './week';

/**
 * The weekly trend kept up to date: the history is replayed once, each week
 * that saw changes keeps its summaries (the workspace's and every journey's),
 * and a later change only reopens the current week. One more edit therefore
 * costs one analysis, however long the history. A change older than what the
 * tracker has seen (a sync bringing in an offline device's week-old edits)
 * would rewrite past weeks: `add` refuses it, and the owner replays anew.
 */

interface Week {
  /** Monday 00:00 UTC, ms. */
  start: number;
  changes: number;
  /** Changes per row within the week ("table\0row"), to count a journey's own. */
  rows: Map<string, number>;
  /** null while the week is open and has changed since it was last summarised. */
  summaries: TrendSummaries | null;
}

/** Shared by every journey: each journey's trend counts their changes too. */
const CATALOGUE: ReadonlySet<string> = new Set<TableName>(['departments', 'channels', 'personas', 'facts']);
const JOURNEY_ROWS: ReadonlySet<string> = new Set<TableName>(['stages', 'touchpoints', 'transitions', 'messages']);

const isoDate = (millis: number): string => new Date(millis).toISOString().slice(0, 10);
const timeOf = (hlc: string): number => Date.parse(hlc.slice(0, 24));

const EMPTY: TrendSummary = {
  journeys: 0,
  touchpoints: 0,
  transitions: 0,
  stageCoverage: 0,
  findings: 0,
  findingsByKind: emptyCounts().byKind,
  findingsBySeverity: emptyCounts().bySeverity,
  level: 'single',
  overall: 0,
  scores: {
    channel_breadth: 0,
    transitions: 0,
    context_carried: 0,
    back_channels: 0,
    message_consistency: null,
    ownership: 0,
  },
};

// Each point gets its own objects, so no chart can alias another.
const copy = (s: TrendSummary): TrendSummary => ({
  ...s,
  findingsByKind: { ...s.findingsByKind },
  findingsBySeverity: { ...s.findingsBySeverity },
  scores: { ...s.scores },
});

export class TrendTracker {
  private readonly replay = new Replay();
  private readonly weeks: Week[] = [];
  /** The next Monday's ISO string: hlc strings start with a fixed-width ISO time. */
  private boundary = '';
  private newest = '';

  /** The newest stamp taken in. */
  get last(): string {
    return this.newest;
  }

  /**
   * Takes changes in hlc order that are all newer than any taken before.
   * Returns false, taking nothing, when one is not: the trend must then be replayed from the start.
   */
  add(changes: readonly Change[]): boolean {
    let previous = this.newest;
    for (const c of changes) {
      if (c.hlc < previous) return false;
      previous = c.hlc;
    }
    let week = this.weeks.at(-1);
    for (const c of changes) {
      if (c.hlc >= this.boundary) {
        const millis = timeOf(c.hlc);
        // A stamp without a readable time cannot be placed in a week.
        if (!Number.isFinite(millis)) continue;
        if (week) this.summarise(week);
        week = { start: weekStart(millis), changes: 0, rows: new Map(), summaries: null };
        this.weeks.push(week);
        this.boundary = new Date(week.start + WEEK_MS).toISOString();
      }
      this.replay.apply(c);
      const key = `${c.table}\u0000${c.row}`;
      week!.rows.set(key, (week!.rows.get(key) ?? 0) + 1);
      week!.changes += 1;
      week!.summaries = null;
      this.newest = c.hlc;
    }
    return true;
  }

  private summarise(week: Week): TrendSummaries {
    return (week.summaries ??= summarizeAll(this.replay.data()));
  }

  /** The workspace's trend (journeyId null) or one journey's, quiet weeks repeating the week before. */
  points(journeyId: string | null): TrendPoint[] {
    const current = this.weeks.at(-1);
    if (current) this.summarise(current);
    const belongs = journeyId === null ? null : this.journeyOf();
    const points: TrendPoint[] = [];
    let before: { start: number; summary: TrendSummary } | null = null;
    for (const week of this.weeks) {
      if (before) {
        for (let quiet = before.start + WEEK_MS; quiet < week.start; quiet += WEEK_MS) {
          points.push({ week: isoWeek(quiet), start: isoDate(quiet), changes: 0, ...copy(before.summary) });
        }
      }
      const summaries = week.summaries!;
      const summary = journeyId === null ? summaries.workspace : (summaries.journeys.get(journeyId) ?? EMPTY);
      let changes = week.changes;
      if (belongs) {
        changes = 0;
        for (const [key, n] of week.rows) if (belongs(key) === journeyId || belongs(key) === '*') changes += n;
      }
      points.push({ week: isoWeek(week.start), start: isoDate(week.start), changes, ...copy(summary) });
      before = { start: week.start, summary };
    }
    return points;
  }

  /** Which journey a row belongs to now ('*' for the catalogue every journey shares, null for none). */
  private journeyOf(): (key: string) => string | null {
    const { replay } = this;
    return (key) => {
      const cut = key.indexOf('\u0000');
      const table = key.slice(0, cut);
      const id = key.slice(cut + 1);
      if (CATALOGUE.has(table)) return '*';
      if (table === 'journeys') return id;
      if (JOURNEY_ROWS.has(table)) return (replay.field(table, id, 'journey_id') as string | null) ?? null;
      if (table === 'variants') {
        const message = replay.field('variants', id, 'message_id') as string | null;
        return message === null ? null : ((replay.field('messages', message, 'journey_id') as string | null) ?? null);
      }
      return null;
    };
  }
}

/** The whole history replayed once, in hlc order (the input may come in any order). */
export function computeTrend(changes: readonly Change[]): TrendPoint[] {
  const tracker = new TrendTracker();
  tracker.add(inHlcOrder(changes));
  return tracker.points(null);
}
