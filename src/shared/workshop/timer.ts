/**
 * The workshop timer as plain data and a clock reading: every transition takes
 * `now` (epoch ms), so the model runs the same with a fake clock in tests. The
 * running time is not counted by ticks; it is derived from when the timer was
 * started, so a slow or sleeping page never makes it drift.
 */

export interface TimerState {
  durationMs: number;
  /** When the current run started; null while paused or not started. */
  startedAt: number | null;
  /** Time used by earlier runs (before the last pause). */
  usedMs: number;
}

export interface TimerView {
  remainingMs: number;
  /** Whole seconds left, rounded up: 0:01 shows until the very end. */
  remainingSeconds: number;
  running: boolean;
  finished: boolean;
  /** Started at least once and not reset. */
  started: boolean;
  /** mm:ss (minutes may exceed 59). */
  display: string;
}

export const TIMER_PRESETS_MINUTES = [5, 10, 15] as const;
export const TIMER_MAX_MINUTES = 180;

export function newTimer(minutes: number): TimerState {
  return { durationMs: minutesToMs(minutes), startedAt: null, usedMs: 0 };
}

/** Whole minutes between 1 and the maximum; anything else is refused with null. */
export function parseMinutes(input: string): number | null {
  const trimmed = input.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= 1 && n <= TIMER_MAX_MINUTES ? n : null;
}

function minutesToMs(minutes: number): number {
  return Math.round(Math.min(Math.max(minutes, 0), TIMER_MAX_MINUTES) * 60_000);
}

function used(state: TimerState, now: number): number {
  return state.usedMs + (state.startedAt === null ? 0 : Math.max(0, now - state.startedAt));
}

export function formatClock(totalSeconds: number): string {
  const m = Math.floor(totalSeconds / 60);
  const s = totalSeconds % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

export function timerView(state: TimerState, now: number): TimerView {
  const remainingMs = Math.max(0, state.durationMs - used(state, now));
  const remainingSeconds = Math.ceil(remainingMs / 1000);
  const finished = remainingMs === 0 && state.durationMs > 0 && (state.startedAt !== null || state.usedMs > 0);
  return {
    remainingMs,
    remainingSeconds,
    running: state.startedAt !== null && !finished,
    finished,
    started: state.startedAt !== null || state.usedMs > 0,
    display: formatClock(remainingSeconds),
  };
}

/** Start or resume; a finished timer stays finished until reset. */
export function startTimer(state: TimerState, now: number): TimerState {
  if (state.startedAt !== null || timerView(state, now).finished || state.durationMs === 0) return state;
  return { ...state, startedAt: now };
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  if (state.startedAt === null) return state;
  return { ...state, usedMs: Math.min(state.durationMs, used(state, now)), startedAt: null };
}

export function resetTimer(state: TimerState): TimerState {
  return { durationMs: state.durationMs, startedAt: null, usedMs: 0 };
}

/** A new duration starts over (a running timer keeps running from the new length). */
export function setTimerMinutes(state: TimerState, minutes: number, now: number): TimerState {
  return { durationMs: minutesToMs(minutes), startedAt: state.startedAt === null ? null : now, usedMs: 0 };
}

/**
 * What a screen reader should hear when the display moves from `before` to
 * `after`: the minutes left when a whole minute was crossed, 'end' at zero,
 * otherwise nothing (a live region that speaks every second is unbearable).
 */
export function timerAnnouncement(
  before: TimerView,
  after: TimerView,
): { kind: 'minutes'; minutes: number } | { kind: 'end' } | null {
  if (after.finished && !before.finished) return { kind: 'end' };
  if (!after.running || after.remainingSeconds === 0) return null;
  // Only a crossing counts (9:01 → 9:00 says "9 minutes"), even when the page skipped a tick.
  const minutes = Math.ceil(after.remainingSeconds / 60);
  return minutes < Math.ceil(before.remainingSeconds / 60) ? { kind: 'minutes', minutes } : null;
}
