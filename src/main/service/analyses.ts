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
import { checkConsistency, type ConsistencyReport } from '../../shared/messages';
import type { TableName } from '../../shared/schema/tables';
import type { Queries } from '../store/db';
import type { ChangeFeed, Published } from './change-feed';
import { RowCache } from './row-cache';
import type { WorkspaceHandle } from './workspaces';

/**
 * The dashboard's analyses on the desktop side, kept up to date from the
 * change feed instead of being recomputed in the page from every row:
 *
 * - coverage and the consistency check (of a journey or the workspace): a copy
 *   of the analysed tables (RowCache), patched with the rows each change
 *   touched; an analysis runs again only when asked after a change.
 * - trend: the change log replayed once into weekly summaries (TrendTracker);
 *   later changes extend the current week. The page receives points, never the log.
 *
 * Each wakes up on first use, so a workspace nobody looks at costs nothing.
 */

type Analysed = (typeof REPLAYED_TABLES)[number] | 'workspaces';
const ANALYSED: readonly Analysed[] = [...REPLAYED_TABLES, 'workspaces'];
/** The drift check needs when messages and variants were last edited. */
const STAMPED: ReadonlySet<Analysed> = new Set(['messages', 'variants']);

interface Computed<R> {
  version: number;
  result: R;
}

interface CopyState {
  rows: RowCache<Analysed>;
  coverage: Computed<CoverageResult> | null;
  /** Consistency reports of the current version, by journey id ('' for the workspace). */
  consistency: Map<string, Computed<ConsistencyReport>>;
}

interface TrendState {
  tracker: TrendTracker;
  /** Applied changes not yet taken in. */
  pending: Change[];
  /** A change came without its list (an import) or out of order: replay the log. */
  replay: boolean;
}

interface WorkspaceState {
  copy: CopyState | null;
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
    if (!state) this.states.set(workspaceId, (state = { copy: null, trend: null, queue: Promise.resolve() }));
    return state;
  }

  private serial<T>(workspaceId: string, task: () => Promise<T>): Promise<T> {
    const state = this.state(workspaceId);
    const result = state.queue.then(task, task);
    state.queue = result.catch(() => undefined);
    return result;
  }

  private published(published: Published): void {
    const state = this.states.get(published.workspaceId);
    if (!state) return;
    state.copy?.rows.note(published);
    const { trend } = state;
    if (trend) {
      if (published.applied) for (const c of published.applied) trend.pending.push(c);
      else trend.replay = true;
    }
  }

  /**
   * The copy of the analysed tables, read up to date, and the version what is
   * computed from it now belongs to: a change announced during the read moves
   * the version past it, so that result is not reused.
   */
  private async copy(workspaceId: string): Promise<{ copy: CopyState; version: number }> {
    const state = this.state(workspaceId);
    const { db } = await this.open(workspaceId);
    if (!state.copy) state.copy = { rows: new RowCache(ANALYSED, STAMPED), coverage: null, consistency: new Map() };
    const copy = state.copy;
    const version = copy.rows.version;
    await copy.rows.refresh(db);
    for (const [key, c] of copy.consistency) if (c.version !== version) copy.consistency.delete(key);
    return { copy, version };
  }

  private current<R>(computed: Computed<R> | null | undefined, copy: CopyState | null | undefined): R | null {
    return computed && copy && computed.version === copy.rows.version ? computed.result : null;
  }

  /** Coverage, findings and maturity of the whole workspace, with the names to show them. */
  coverage(workspaceId: string): Promise<CoverageResult> {
    return this.serial(workspaceId, async () => {
      const known = this.states.get(workspaceId)?.copy;
      const hit = this.current(known?.coverage, known);
      if (hit) return hit;
      const { copy, version } = await this.copy(workspaceId);
      const data = workspaceData(copy.rows);
      const result = { analysis: analyzeWorkspace(data), names: coverageNamesOf(data) };
      copy.coverage = { version, result };
      return result;
    });
  }

  /**
   * The consistency check of one journey, or (journeyId null) of every active
   * journey and the messages of none, as the Messages section shows it.
   */
  consistency(workspaceId: string, journeyId: string | null): Promise<ConsistencyReport> {
    return this.serial(workspaceId, async () => {
      const key = journeyId ?? '';
      const known = this.states.get(workspaceId)?.copy;
      const hit = this.current(known?.consistency.get(key), known);
      if (hit) return hit;
      const { copy, version } = await this.copy(workspaceId);
      const rows = copy.rows;
      const workspace = rows.rows('workspaces').find((w) => w.id === workspaceId);
      const result = checkConsistency({
        journeys: rows.rows('journeys'),
        touchpoints: rows.rows('touchpoints'),
        channels: rows.rows('channels'),
        facts: rows.rows('facts'),
        messages: rows.rows('messages'),
        variants: rows.rows('variants'),
        bannedTerms: workspace?.banned_terms ?? [],
        requiredTerms: workspace?.required_terms ?? [],
        lastEdited: rows.lastEdited(),
        ...(journeyId !== null ? { journeyIds: [journeyId] } : {}),
      });
      copy.consistency.set(key, { version, result });
      return result;
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

/** Copies: the analyses may sort what they are given. */
function workspaceData(rows: RowCache<Analysed>): WorkspaceData {
  return {
    departments: [...rows.rows('departments')],
    channels: [...rows.rows('channels')],
    personas: [...rows.rows('personas')],
    journeys: [...rows.rows('journeys')],
    stages: [...rows.rows('stages')],
    touchpoints: [...rows.rows('touchpoints')],
    transitions: [...rows.rows('transitions')],
    messages: [...rows.rows('messages')],
    variants: [...rows.rows('variants')],
    facts: [...rows.rows('facts')],
    backstageSteps: [...rows.rows('backstage_steps')],
    backstageLinks: [...rows.rows('backstage_links')],
    backstageHandoffs: [...rows.rows('backstage_handoffs')],
  };
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
