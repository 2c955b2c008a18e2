import { describe, expect, it } from 'vitest';
import {
  newTimer,
  parseMinutes,
  pauseTimer,
  resetTimer,
  setTimerMinutes,
  startTimer,
  timerAnnouncement,
  timerView,
  type TimerState,
} from './timer';

const T0 = 1_700_000_000_000;
const sec = (n: number) => n * 1000;

describe('workshop timer', () => {
  it('counts down mm:ss from when it was started', () => {
    let t = newTimer(5);
    expect(timerView(t, T0)).toMatchObject({ display: '05:00', running: false, started: false, finished: false });
    t = startTimer(t, T0);
    expect(timerView(t, T0 + 400).display).toBe('05:00');
    expect(timerView(t, T0 + sec(1)).display).toBe('04:59');
    expect(timerView(t, T0 + sec(61.5)).display).toBe('03:59');
    expect(timerView(t, T0 + sec(61.5)).running).toBe(true);
  });

  it('pauses and resumes without losing or gaining time', () => {
    let t = startTimer(newTimer(10), T0);
    t = pauseTimer(t, T0 + sec(90));
    // An hour on pause changes nothing.
    expect(timerView(t, T0 + sec(3600))).toMatchObject({ display: '08:30', running: false, started: true });
    t = startTimer(t, T0 + sec(3600));
    expect(timerView(t, T0 + sec(3630)).display).toBe('08:00');
    // Pausing twice or starting a running timer is harmless.
    expect(pauseTimer(pauseTimer(t, T0 + sec(3630)), T0 + sec(3700))).toEqual(pauseTimer(t, T0 + sec(3630)));
    expect(startTimer(t, T0 + sec(3700))).toBe(t);
  });

  it('stops at zero, stays finished, and starts again only after a reset', () => {
    let t = startTimer(newTimer(1), T0);
    expect(timerView(t, T0 + sec(59.9))).toMatchObject({ display: '00:01', finished: false });
    const end = timerView(t, T0 + sec(75));
    expect(end).toMatchObject({ display: '00:00', remainingMs: 0, finished: true, running: false });
    expect(startTimer(t, T0 + sec(80))).toBe(t);
    t = resetTimer(t);
    expect(timerView(t, T0 + sec(90))).toMatchObject({ display: '01:00', finished: false, started: false });
    t = startTimer(t, T0 + sec(90));
    expect(timerView(t, T0 + sec(100)).display).toBe('00:50');
  });

  it('takes a new length, starting over', () => {
    let t: TimerState = startTimer(newTimer(5), T0);
    t = setTimerMinutes(t, 15, T0 + sec(30));
    expect(timerView(t, T0 + sec(30))).toMatchObject({ display: '15:00', running: true });
    t = setTimerMinutes(pauseTimer(t, T0 + sec(40)), 7, T0 + sec(50));
    expect(timerView(t, T0 + sec(500))).toMatchObject({ display: '07:00', running: false, started: false });
  });

  it('accepts whole minutes from 1 to 180 and refuses the rest', () => {
    expect(parseMinutes(' 12 ')).toBe(12);
    expect(parseMinutes('180')).toBe(180);
    for (const bad of ['0', '181', '-3', '2.5', 'zehn', '', '1e2']) expect(parseMinutes(bad)).toBeNull();
  });

  it('speaks at whole minutes and at the end, not every second', () => {
    const t = startTimer(newTimer(2), T0);
    const at = (s: number) => timerView(t, T0 + sec(s));
    const spoken = [];
    for (let s = 0; s < 130; s += 1) {
      const said = timerAnnouncement(at(s), at(s + 1));
      if (said) spoken.push({ at: s + 1, said });
    }
    expect(spoken).toEqual([
      { at: 60, said: { kind: 'minutes', minutes: 1 } },
      { at: 120, said: { kind: 'end' } },
    ]);
    // A skipped tick (sleeping page) still announces the minute it crossed.
    expect(timerAnnouncement(at(55), at(63))).toEqual({ kind: 'minutes', minutes: 1 });
    // Starting (a standing display) says nothing.
    expect(timerAnnouncement(timerView(newTimer(2), T0), at(0))).toBeNull();
  });
});
