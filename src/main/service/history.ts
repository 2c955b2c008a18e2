import type { FieldEdit } from '../../shared/changes';
import type { HistoryState } from '../../shared/contract';

export interface HistoryEntry {
  label: string;
  undo: FieldEdit[];
  redo: FieldEdit[];
}

const LIMIT = 200;

/**
 * Undo and redo for one workspace in this session. Both directions are new
 * changes through the write path, so undo replicates like any other edit and
 * never rewrites history.
 */
export class History {
  private readonly past: HistoryEntry[] = [];
  private readonly future: HistoryEntry[] = [];

  record(entry: HistoryEntry): void {
    this.past.push(entry);
    if (this.past.length > LIMIT) this.past.shift();
    this.future.length = 0;
  }

  takeUndo(): HistoryEntry | undefined {
    return this.past.pop();
  }

  takeRedo(): HistoryEntry | undefined {
    return this.future.pop();
  }

  /** After an undo has been applied: it can be redone. */
  undone(entry: HistoryEntry): void {
    this.future.push(entry);
  }

  /** After a redo has been applied: it can be undone again. */
  redone(entry: HistoryEntry): void {
    this.past.push(entry);
  }

  state(): HistoryState {
    const last = this.past[this.past.length - 1];
    const next = this.future[this.future.length - 1];
    return { canUndo: !!last, canRedo: !!next, undoLabel: last?.label ?? null, redoLabel: next?.label ?? null };
  }
}
