import { fieldKey, type FieldEdit } from '../../shared/changes';
import type { HistoryState, HistoryStep } from '../../shared/contract';

export interface HistoryEntry {
  label: string;
  undo: FieldEdit[];
  redo: FieldEdit[];
  /** Where the edit was made (the page's address); undo takes the user there. */
  place?: string | null;
  /** Saves of one field edit share a group and stay one step. */
  group?: string | null;
}

interface Step extends HistoryEntry {
  id: number;
}

const LIMIT = 200;

/**
 * Undo and redo for one workspace in this session. Both directions are new
 * changes through the write path, so undo replicates like any other edit and
 * never rewrites history.
 */
export class History {
  private readonly past: Step[] = [];
  private readonly future: Step[] = [];
  private nextId = 1;

  record(entry: HistoryEntry): void {
    const last = this.past[this.past.length - 1];
    if (entry.group && last?.group === entry.group) {
      this.past[this.past.length - 1] = { ...merge(last, entry), id: last.id };
    } else {
      this.past.push({ ...entry, id: this.nextId++ });
      if (this.past.length > LIMIT) this.past.shift();
    }
    this.future.length = 0;
  }

  takeUndo(): Step | undefined {
    return this.past.pop();
  }

  takeRedo(): Step | undefined {
    return this.future.pop();
  }

  /** After an undo has been applied: it can be redone. */
  undone(entry: Step): void {
    // A later save of the same field edit starts a new step rather than joining the undone one.
    this.future.push({ ...entry, group: null });
  }

  /** After a redo has been applied: it can be undone again. */
  redone(entry: Step): void {
    this.past.push(entry);
  }

  /** An undo or redo that failed: the step goes back where it was. */
  putBack(direction: 'undo' | 'redo', entry: Step): void {
    (direction === 'undo' ? this.past : this.future).push(entry);
  }

  state(): HistoryState {
    const last = this.past[this.past.length - 1];
    const next = this.future[this.future.length - 1];
    return {
      canUndo: !!last,
      canRedo: !!next,
      undoLabel: last?.label ?? null,
      redoLabel: next?.label ?? null,
      undo: last ? stepOf(last) : null,
      redo: next ? stepOf(next) : null,
    };
  }
}

function stepOf(entry: Step): HistoryStep {
  return { id: entry.id, label: entry.label, place: entry.place ?? null };
}

/**
 * One step out of two saves of the same field edit: undo restores what was
 * there before the first save; redo writes what the last save wrote.
 */
function merge(first: HistoryEntry, then: HistoryEntry): HistoryEntry {
  const undone = new Set(first.undo.map(fieldKey));
  const createdRows = new Set(
    first.undo.filter((e) => e.column === 'tombstone' && e.value === true).map((e) => `${e.table}\u0000${e.row}`),
  );
  const undo = [
    ...first.undo,
    ...then.undo.filter((e) => !undone.has(fieldKey(e)) && !createdRows.has(`${e.table}\u0000${e.row}`)),
  ];
  const redo = new Map<string, FieldEdit>();
  for (const e of [...first.redo, ...then.redo]) {
    redo.delete(fieldKey(e));
    redo.set(fieldKey(e), e);
  }
  return {
    label: first.label,
    place: first.place ?? then.place ?? null,
    group: first.group,
    undo,
    redo: [...redo.values()],
  };
}
