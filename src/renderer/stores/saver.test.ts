import { describe, expect, it } from 'vitest';
import { createSaver, type Timers } from './saver';

function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 1;
  const timers: Timers = {
    set: (run) => {
      pending.set(next, run);
      return next++;
    },
    clear: (h) => void pending.delete(h),
  };
  return { timers, fire: () => [...pending.entries()].forEach(([h, run]) => (pending.delete(h), run())), pending };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('saver', () => {
  it('writes only the latest text of a field, after the pause', async () => {
    const { timers, fire, pending } = manualTimers();
    const saver = createSaver(timers);
    const written: string[] = [];
    for (const text of ['S', 'Sa', 'Sal'])
      saver.stage('name', async () => {
        written.push(text);
        return true;
      });
    expect(pending.size).toBe(1);
    expect(saver.store.getState().status).toBe('saving');
    fire();
    await settle();
    expect(written).toEqual(['Sal']);
    expect(saver.store.getState().status).toBe('saved');
  });

  it('flushes every field at once and waits for writes under way', async () => {
    const { timers, pending } = manualTimers();
    const saver = createSaver(timers);
    let release: (ok: boolean) => void = () => undefined;
    const slow = saver.track(new Promise<boolean>((r) => (release = r)));
    const written: string[] = [];
    saver.stage('a', async () => (written.push('a'), true));
    saver.stage('b', async () => (written.push('b'), true));
    let done = false;
    const flushed = saver.flush().then((ok) => ((done = true), ok));
    expect(written).toEqual(['a', 'b']);
    expect(pending.size).toBe(0);
    await settle();
    expect(done).toBe(false);
    release(true);
    expect(await flushed).toBe(true);
    expect(await slow).toBe(true);
  });

  it('remembers a field whose write failed until it saves, and says so', async () => {
    const { timers } = manualTimers();
    const saver = createSaver(timers);
    saver.stage('body', async () => false);
    expect(await saver.flush('body')).toBe(false);
    expect(saver.store.getState()).toMatchObject({ status: 'failed', failed: ['body'] });
    expect(saver.unsaved()).toBe(true);
    // A click elsewhere that saves does not make the failed field saved.
    await saver.track(Promise.resolve(true));
    expect(saver.store.getState().status).toBe('failed');
    saver.stage('body', async () => true);
    expect(await saver.flush()).toBe(true);
    expect(saver.store.getState()).toMatchObject({ status: 'saved', failed: [] });
    expect(saver.unsaved()).toBe(false);
  });

  it('a write that throws counts as failed, and cancel forgets a staged text', async () => {
    const { timers, pending } = manualTimers();
    const saver = createSaver(timers);
    saver.stage('x', () => Promise.reject(new Error('offline')));
    expect(await saver.flush('x')).toBe(false);
    saver.stage('y', async () => true);
    saver.cancel('y');
    expect(pending.size).toBe(0);
    saver.cancel('x');
    expect(saver.store.getState().status).toBe('idle');
  });
});
