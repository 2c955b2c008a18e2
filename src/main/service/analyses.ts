import {
  analyzeWorkspace,
  coverageNamesOf,
  REPLAYED_TABLES,
  TrendTracker,
  type TrendPoint,
  type WorkspaceData,
} from '../../shared/analysis';
import type { Change } from '../../shared/changes';
import type { CoverageResult } from '../../shared/contract';
import type { Row, TableName } from '../../shared/schema/tables';
import { decodeRow } from '../store/codec';
import type { Queries } from '../store/db';
import type { ChangeFeed, Published } from './change-feed';
import type { WorkspaceHandle } from './workspaces';

/**
 * The dashboard's analyses on the desktop side, kept up to date from the
 * change feed instead of being recomputed in the page from every row:
 *
 * - coverage: a copy of the analysed tables, patched with the rows each change
 *   touched; the analysis runs again only when asked after a change.
 * - trend: the change log replayed once into weekly summaries (TrendTracker);
 *   later changes extend the current week. The page receives points, never the log.
 *
 * Both wake up on first use, so a workspace nobody looks at costs nothing.
 */

type Analysed = (typeof REPLAYED_TABLES)[number];
const ANALYSED: ReadonlySet<string> = new Set(REPLAYED_TABLES);
const IDS_PER_QUERY = 900;

interface CoverageState {
  tables: Map<Analysed, Map<string, Row<Analysed>>>;
  /** Rows to read again before the next analysis, per table; a table in `reload` is read whole. */
  stale: Map<Analysed, Set<string>>;
  reload: Set<Analysed>;
  result: CoverageResult | null;
}

interface TrendState {
  tracker: TrendTracker;
  /** Applied changes not yet taken in. */
  pending: Change[];
  /** A change came without its list (an import) or out of order: replay the log. */
  replay: boolean;
}

interface WorkspaceState {
  coverage: CoverageState | null;
  trend: TrendState | null;
  /** One computation at a time per workspace; the next waits for it. */
  queue: Promise<unknown>;
}

export class Analyses {
  private readonly states = new Map<string, WorkspaceState>();

  constructor(
    private readonly open: (workspaceId: string) => Promise<Pick<WorkspaceHandle, 'db'>>,
    feed: ChangeFeed,
  ) {
    feed.subscribe((published) => this.published(published));
  }

  private state(workspaceId: string): WorkspaceState {
    let state = this.states.get(workspaceId);
    if (!state) this.states.set(workspaceId, (state = { coverage: null, trend: null, queue: Promise.resolve() }));
    return state;
  }

  private serial<T>(workspaceId: string, task: () => Promise<T>): Promise<T> {
    const state = this.state(workspaceId);
    const result = state.queue.then(task, task);
    state.queue = result.catch(() => undefined);
    return result;
  }

  private published({ workspaceId, tables, applied }: Published): void {
    const state = this.states.get(workspaceId);
    if (!state) return;
    const { coverage, trend } = state;
    if (coverage) {
      if (applied) {
        for (const c of applied) {
          if (!ANALYSED.has(c.table)) continue;
          const table = c.table as Analysed;
          let set = coverage.stale.get(table);
          if (!set) coverage.stale.set(table, (set = new Set()));
          set.add(c.row);
          coverage.result = null;
        }
      } else {
        for (const t of tables) {
          if (!ANALYSED.has(t)) continue;
          coverage.reload.add(t as Analysed);
          coverage.result = null;
        }
      }
    }
    if (trend) {
      if (applied) for (const c of applied) trend.pending.push(c);
      else trend.replay = true;
    }
  }

  /** Coverage, findings and maturity of the whole workspace, with the names to show them. */
  coverage(workspaceId: string): Promise<CoverageResult> {
    return this.serial(workspaceId, async () => {
      const state = this.state(workspaceId);
      const { db } = await this.open(workspaceId);
      if (!state.coverage) {
        state.coverage = { tables: new Map(), stale: new Map(), reload: new Set(REPLAYED_TABLES), result: null };
      }
      const coverage = state.coverage;
      if (coverage.result) return coverage.result;
      await refresh(db, coverage);
      const data = workspaceData(coverage.tables);
      coverage.result = { analysis: analyzeWorkspace(data), names: coverageNamesOf(data) };
      return coverage.result;
    });
  }

  /** The weekly trend of the workspace (journeyId null) or of one journey. */
  trend(workspaceId: string, journeyId: string | null): Promise<TrendPoint[]> {
    return this.serial(workspaceId, async () => {
      const state = this.state(workspaceId);
      const { db } = await this.open(workspaceId);
      let trend = state.trend;
      if (trend && !trend.replay && trend.pending.length > 0) {
        const pending = [...trend.pending].sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
        trend.pending = [];
        if (!trend.tracker.add(pending)) trend.replay = true;
      }
      if (!trend || trend.replay) {
        // Changes announced while the log is read are in it already, or newer than its newest.
        state.trend = trend = { tracker: new TrendTracker(), pending: [], replay: false };
        trend.tracker.add(await readLog(db));
        const after = trend.tracker.last;
        const later = trend.pending.filter((c) => c.hlc > after);
        trend.pending = [];
        if (!trend.tracker.add(later.sort((a, b) => (a.hlc < b.hlc ? -1 : 1)))) trend.replay = true;
      }
      return trend.tracker.points(journeyId);
    });
  }

  /** The workspace was closed or replaced. */
  forget(workspaceId: string): void {
    this.states.delete(workspaceId);
  }
}

function workspaceData(tables: Map<Analysed, Map<string, Row<Analysed>>>): WorkspaceData {
  const list = <T extends Analysed>(t: T) => [...(tables.get(t)?.values() ?? [])] as unknown as Row<T>[];
  return {
    departments: list('departments'),
    channels: list('channels'),
    personas: list('personas'),
    journeys: list('journeys'),
    stages: list('stages'),
    touchpoints: list('touchpoints'),
    transitions: list('transitions'),
    messages: list('messages'),
    variants: list('variants'),
    facts: list('facts'),
    backstageSteps: list('backstage_steps'),
    backstageLinks: list('backstage_links'),
    backstageHandoffs: list('backstage_handoffs'),
  };
}

/** Reads what changed since the last analysis: whole tables where needed, else the touched rows. */
async function refresh(db: Queries, coverage: CoverageState): Promise<void> {
  for (const table of coverage.reload) {
    // Names come from REPLAYED_TABLES, which are tables of the allow-list.
    const raw = await db.all(`SELECT * FROM "${table}" WHERE tombstone = 0`);
    coverage.tables.set(table, new Map(raw.map((r) => [r.id as string, decodeRow(table, r)])));
    coverage.stale.delete(table);
  }
  coverage.reload.clear();
  for (const [table, ids] of coverage.stale) {
    const rows = coverage.tables.get(table)!;
    const list = [...ids];
    for (let i = 0; i < list.length; i += IDS_PER_QUERY) {
      const part = list.slice(i, i + IDS_PER_QUERY);
      const raw = await db.all(`SELECT * FROM "${table}" WHERE id IN (${part.map(() => '?').join(',')})`, part);
      for (const r of raw) {
        const row = decodeRow(table, r);
        if (row.tombstone) rows.delete(row.id);
        else rows.set(row.id, row);
      }
    }
  }
  coverage.stale.clear();
}

async function readLog(db: Queries): Promise<Change[]> {
  const rows = await db.all<{ hlc: string; tbl: string; row_id: string; col: string; value: string }>(
    'SELECT hlc, tbl, row_id, col, value FROM changes ORDER BY hlc',
  );
  return rows.map((r) => ({
    table: r.tbl as TableName,
    row: r.row_id,
    column: r.col,
    value: JSON.parse(r.value) as Change['value'],
    hlc: r.hlc,
  }));
}
