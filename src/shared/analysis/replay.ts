import type { Change } from '../changes';
import { columnNames, emptyRow, type Row } from '../schema/tables';
import type { WorkspaceData } from './input';

/**
 * Rebuilds rows from the change history, for the trend. Changes must be fed
 * in hlc order: then the change applied last to a field is the newest, which
 * is exactly last-writer-wins, with no per-field clock to keep. Rows live in
 * one Map per table and are updated in place, so a change costs a lookup and
 * an assignment whatever the size of the workspace.
 */

export const REPLAYED_TABLES = [
  'departments',
  'channels',
  'personas',
  'journeys',
  'stages',
  'touchpoints',
  'transitions',
  'messages',
  'variants',
  'facts',
  'backstage_steps',
  'backstage_links',
  'backstage_handoffs',
] as const;
type ReplayedTable = (typeof REPLAYED_TABLES)[number];

// Unknown tables and columns are skipped, as the write path refuses them.
const ALLOWED = new Map<string, Set<string>>(REPLAYED_TABLES.map((t) => [t, new Set(columnNames(t))]));

export class Replay {
  private readonly rows = new Map<string, Map<string, Record<string, unknown>>>(
    REPLAYED_TABLES.map((t) => [t, new Map()]),
  );

  apply(change: Change): void {
    if (!ALLOWED.get(change.table)?.has(change.column)) return;
    const table = this.rows.get(change.table)!;
    let row = table.get(change.row);
    if (!row) {
      row = emptyRow(change.table, change.row) as unknown as Record<string, unknown>;
      table.set(change.row, row);
    }
    row[change.column] = change.value;
  }

  /** One field of one row as replayed so far; null for a row or table it does not hold. */
  field(table: string, row: string, column: string): unknown {
    return this.rows.get(table)?.get(row)?.[column] ?? null;
  }

  private list<T extends ReplayedTable>(table: T): Row<T>[] {
    return [...this.rows.get(table)!.values()] as unknown as Row<T>[];
  }

  /** The current rows; they are live objects that later changes keep updating. */
  data(): WorkspaceData {
    return {
      departments: this.list('departments'),
      channels: this.list('channels'),
      personas: this.list('personas'),
      journeys: this.list('journeys'),
      stages: this.list('stages'),
      touchpoints: this.list('touchpoints'),
      transitions: this.list('transitions'),
      messages: this.list('messages'),
      variants: this.list('variants'),
      facts: this.list('facts'),
      backstageSteps: this.list('backstage_steps'),
      backstageLinks: this.list('backstage_links'),
      backstageHandoffs: this.list('backstage_handoffs'),
    };
  }
}

export function byHlc(a: Change, b: Change): number {
  return a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0;
}

/** The history in hlc order; the store usually hands it over sorted, so check before copying. */
export function inHlcOrder(changes: readonly Change[]): readonly Change[] {
  for (let i = 1; i < changes.length; i += 1) {
    if (changes[i - 1]!.hlc > changes[i]!.hlc) return [...changes].sort(byHlc);
  }
  return changes;
}

/** The workspace as the history leaves it. */
export function replayChanges(changes: readonly Change[]): WorkspaceData {
  const replay = new Replay();
  for (const c of inHlcOrder(changes)) replay.apply(c);
  return replay.data();
}
