import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../shared/changes';
import { HybridClock, randomNodeId } from '../../shared/hlc';
import { applyChanges } from '../store/apply';
import { migrations } from '../store/test-support';
import { openWorkspaceFile } from '../store/workspace-file';
import { SyncApi, type FetchFn } from './api';
import { SyncLoop, type LoopStatus } from './loop';
import { link } from './state';
import { faultyFetch, ManualTimers, startServerFixture, type ServerFixture, type WireFaults } from './testing';

/** The background loop, driven step by step: debounce, back-off, catching up, and what each failure means. */

let fixture: ServerFixture;
let n = 0;

beforeAll(async () => {
  fixture = await startServerFixture();
}, 60_000);
afterAll(async () => fixture?.close());

async function device(
  options: { clockSkewMs?: number; fetch?: FetchFn; signedIn?: boolean; role?: 'viewer' | 'editor' } = {},
) {
  const workspaceId = `ws-loop-${String(++n).padStart(4, '0')}`;
  await fixture.workspace(workspaceId);
  const session = await fixture.member(workspaceId, options.role);
  const { db } = await openWorkspaceFile(':memory:', migrations);
  await db.transaction((tx) => link(tx, fixture.server.url));
  const clock = new HybridClock(randomNodeId(), () => Date.now() + (options.clockSkewMs ?? 0));
  const timers = new ManualTimers();
  const faults: WireFaults = { dropAnswer: false, duplicate: false, offline: false };
  const api = new SyncApi(fixture.server.url, session.token, options.fetch ?? faultyFetch(faults));
  const statuses: LoopStatus[] = [];
  const deps: ConstructorParameters<typeof SyncLoop>[0] = {
    target: { workspaceId, db, clock },
    api: () => (options.signedIn === false ? null : api),
    timers,
    now: timers.now,
    random: () => 1,
    limits: { pushBatch: 100, pushBytes: 1 << 20, pageSize: 100 },
    backoff: { baseMs: 1000, maxMs: 60_000 },
    debounceMs: 500,
    live: false,
    onStatus: (s) => statuses.push(s),
    onTables: () => undefined,
  };
  const loop = new SyncLoop(deps);
  const edit = async (title: string, table: 'touchpoints' | 'comments' = 'touchpoints') => {
    const change: Change =
      table === 'comments'
        ? { table, row: 'comment-00000001', column: 'body', value: title, hlc: clock.send() }
        : { table: 'touchpoints', row: 'tp-00000001', column: 'title', value: title, hlc: clock.send() };
    await applyChanges(db, [change]);
    await loop.localEdit();
  };
  /** Fire the next timer and wait for the round it starts. */
  const step = async () => {
    expect(timers.fireNext()).toBe(true);
    await loop.whenIdle();
    return loop.status;
  };
  const stored = async () =>
    Number(
      (
        await fixture.sql.query<{ n: number }>('SELECT count(*) AS n FROM changes WHERE workspace_id = $1', [
          workspaceId,
        ])
      ).rows[0]!.n,
    );
  return { workspaceId, db, loop, deps, timers, faults, statuses, edit, step, stored };
}

describe('background sync loop', () => {
  it('as a viewer, sends comments and reports only the other local edits as read-only', async () => {
    const d = await device({ role: 'viewer' });
    await d.edit('a comment', 'comments');
    expect(await d.step()).toMatchObject({ state: 'synced', pending: 0, role: 'viewer', errorCode: null });
    expect(await d.stored()).toBe(1);
    // A touchpoint edit (made before the role was known, say) stays here; a later comment still goes out.
    await d.edit('a title');
    await d.edit('another comment', 'comments');
    const s = await d.step();
    expect(s).toMatchObject({ state: 'error', errorCode: 'read_only', pending: 1, role: 'viewer' });
    expect(s.reason).toMatch(/1 local change other than comments/);
    expect(await d.stored()).toBe(2);

    // Started again (say, offline), the loop knows the role before any round.
    await d.loop.stop();
    const again = new SyncLoop({ ...d.deps, onStatus: () => undefined });
    again.start();
    await expect.poll(() => again.status.role).toBe('viewer');
    await again.stop();
  });

  it('sends a burst of edits once, after the debounce, and reports synced', async () => {
    const d = await device();
    await d.edit('a');
    await d.edit('b');
    await d.edit('c');
    expect(d.loop.status).toMatchObject({ state: 'pending', pending: 3 });
    expect(d.timers.pending).toBe(1);
    expect(d.timers.nextDelay()).toBe(500);
    expect(await d.step()).toMatchObject({ state: 'synced', pending: 0, reason: null, role: 'editor' });
    expect(await d.stored()).toBe(3);
    expect(d.timers.pending).toBe(0);
  });

  it('works offline: retries with exponential back-off, keeps counting edits, catches up when back', async () => {
    const d = await device();
    d.faults.offline = true;
    await d.edit('offline 1');
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      const s = await d.step();
      expect(s.state).toBe('offline');
      expect(s.reason).toMatch(/cannot reach/);
      delays.push(s.nextRetryAt! - d.timers.now());
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000]);
    // An edit while offline is counted but does not hammer the server.
    await d.edit('offline 2');
    expect(d.loop.status).toMatchObject({ state: 'offline', pending: 2 });
    expect(d.timers.pending).toBe(1);
    d.faults.offline = false;
    expect(await d.step()).toMatchObject({ state: 'synced', pending: 0, nextRetryAt: null });
    expect(await d.stored()).toBe(2);
    // Back-off starts again from the beginning after a success.
    d.faults.offline = true;
    d.loop.kick(0);
    const s = await d.step();
    expect(s.nextRetryAt! - d.timers.now()).toBe(1000);
  });

  it('retries a lost acknowledgement without storing anything twice', async () => {
    const d = await device();
    await d.edit('x');
    d.faults.dropAnswer = true;
    expect(await d.step()).toMatchObject({ state: 'offline', pending: 1 });
    expect(await d.stored()).toBe(1);
    expect(await d.step()).toMatchObject({ state: 'synced', pending: 0 });
    expect(await d.stored()).toBe(1);
  });

  it('asks for a sign-in and does not retry on its own when signed out', async () => {
    const d = await device({ signedIn: false });
    await d.edit('x');
    expect(await d.step()).toMatchObject({ state: 'error', errorCode: 'signed_out', pending: 1 });
    expect(d.timers.pending).toBe(0);
  });

  it('waits as long as the server asks when it is busy (429)', async () => {
    let busy = true;
    const fetchFn: FetchFn = async (input, init) => {
      if (busy) {
        busy = false;
        return new Response(JSON.stringify({ error: { code: 'rate_limited', message: 'too many requests' } }), {
          status: 429,
          headers: { 'retry-after': '7' },
        });
      }
      return fetch(input, init);
    };
    const d = await device({ fetch: fetchFn });
    await d.edit('x');
    const s = await d.step();
    expect(s.state).toBe('offline');
    expect(s.nextRetryAt! - d.timers.now()).toBe(7000);
    expect(await d.step()).toMatchObject({ state: 'synced', pending: 0 });
  });

  it('explains a clock too far ahead, stores nothing, and recovers once the clock is right', async () => {
    let skew = 10 * 60_000;
    const d = await device({ clockSkewMs: 0 });
    // Stamp with a clock ten minutes fast.
    const fast = new HybridClock(randomNodeId(), () => Date.now() + skew);
    await applyChanges(d.db, [
      { table: 'touchpoints', row: 'tp-00000001', column: 'title', value: 'fast', hlc: fast.send() },
    ]);
    d.loop.kick(0);
    const s = await d.step();
    expect(s).toMatchObject({ state: 'error', errorCode: 'clock', pending: 1 });
    expect(s.reason).toMatch(/ahead of the server's clock/);
    expect(await d.stored()).toBe(0);
    expect(d.timers.pending).toBe(1);
    skew = 0;
  });

  it('pulls what others pushed', async () => {
    const d = await device();
    const change = {
      table: 'touchpoints',
      row: 'tp-00000009',
      column: 'title',
      value: 'from elsewhere',
      hlc: new HybridClock(randomNodeId()).send(),
    };
    await fixture.http.route('push', {
      params: { id: d.workspaceId },
      token: fixture.admin.token,
      body: { changes: [change] },
    });
    d.loop.kick(0);
    expect(await d.step()).toMatchObject({ state: 'synced' });
    expect(await d.db.get('SELECT title FROM touchpoints WHERE id = ?', ['tp-00000009'])).toEqual({
      title: 'from elsewhere',
    });
  });
});
