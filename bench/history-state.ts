import type { HistoryState } from '../src/shared/contract';

/** An undo history with nothing in it, for events the benchmarks announce. */
export const NO_HISTORY_STATE: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };
