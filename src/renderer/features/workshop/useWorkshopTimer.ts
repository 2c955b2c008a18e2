import { useCallback, useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import {
  newTimer,
  pauseTimer,
  resetTimer,
  setTimerMinutes,
  startTimer,
  timerAnnouncement,
  timerView,
  type TimerState,
  type TimerView,
} from '../../../shared/workshop/timer';

const storedTimer = z.object({
  durationMs: z
    .number()
    .int()
    .min(0)
    .max(180 * 60_000),
  startedAt: z.number().nullable(),
  usedMs: z.number().min(0),
});

const storageKey = (journeyId: string) => `workbench.workshop-timer.${journeyId}`;

/** The timer survives leaving the board (and a reload) on this device only: it is the facilitator's, not the workspace's. */
function load(journeyId: string): TimerState {
  try {
    const parsed = storedTimer.safeParse(JSON.parse(localStorage.getItem(storageKey(journeyId)) ?? 'null'));
    if (parsed.success) return parsed.data;
  } catch {
    // Unreadable storage means a fresh timer, nothing more.
  }
  return newTimer(10);
}

export type TimerAnnouncement = ReturnType<typeof timerAnnouncement>;

export interface WorkshopTimer {
  view: TimerView;
  durationMinutes: number;
  /** The last thing screen readers should hear (minute marks and the end), with a counter so a repeat is spoken again. */
  announcement: { said: NonNullable<TimerAnnouncement>; n: number } | null;
  start(): void;
  pause(): void;
  reset(): void;
  setMinutes(minutes: number): void;
}

export function useWorkshopTimer(journeyId: string, clock: () => number = Date.now): WorkshopTimer {
  const [state, setState] = useState<TimerState>(() => load(journeyId));
  const [now, setNow] = useState(clock);
  const [announcement, setAnnouncement] = useState<WorkshopTimer['announcement']>(null);
  const view = timerView(state, now);
  const previous = useRef<TimerView>(view);

  useEffect(() => {
    try {
      localStorage.setItem(storageKey(journeyId), JSON.stringify(state));
    } catch {
      // Private mode or full storage: the timer still runs, it just will not survive a reload.
    }
  }, [journeyId, state]);

  useEffect(() => {
    if (!view.running) return;
    const id = window.setInterval(() => setNow(clock()), 250);
    return () => window.clearInterval(id);
  }, [view.running, clock]);

  useEffect(() => {
    const said = timerAnnouncement(previous.current, view);
    previous.current = view;
    if (said) setAnnouncement((a) => ({ said, n: (a?.n ?? 0) + 1 }));
  }, [view]);

  const update = useCallback(
    (next: (s: TimerState, at: number) => TimerState) => {
      const at = clock();
      setNow(at);
      setState((s) => next(s, at));
    },
    [clock],
  );

  return {
    view,
    durationMinutes: Math.round(state.durationMs / 60_000),
    announcement,
    start: () => update(startTimer),
    pause: () => update(pauseTimer),
    reset: () => update((s) => resetTimer(s)),
    setMinutes: (minutes) => update((s, at) => setTimerMinutes(s, minutes, at)),
  };
}
