import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatTimestamp } from '../shared/hlc';
import type { SyncServer } from './app';
import { startSyncServer } from './app';
import { PRODUCTION_LIMITS } from './limits';
import { BACKENDS, CHEAP_PASSWORDS, TestClient } from './testing';
import { LIMITS } from '../shared/sync-wire';
import type { Session } from '../shared/sync-wire';

/**
 * Every refusal the issue lists, each with its status — and the server's
 * stored changes compared before and after, so "refused" also means "nothing
 * was written".
 */

const NODE = '0123456789abcdef';
const VIEWER_NODE = 'fedcba9876543210';
const stampAt = (offsetMs: number, counter = 0, node = NODE) =>
  formatTimestamp({ millis: Date.now() + offsetMs, counter, node });
const good = (title = 'fine', counter = 0) => ({
  table: 'touchpoints',
  row: 'tp-00000001',
  column: 'title',
  value: title,
  hlc: stampAt(-60_000, counter),
});

describe.each(BACKENDS)('security on $name', (backend) => {
  let db: Awaited<ReturnType<typeof backend.create>>;
  let server: SyncServer;
  let api: TestClient;
  let skew = 0;
  let admin: Session;
  let viewer: Session;
  let stranger: Session;
  const ws = 'ws-secure-0001';
  const other = 'ws-secure-0002';

  /** What the server holds: every stored change and every workspace's sequence counter. */
  const snapshot = async () => ({
    changes: (
      await db.sql.query(
        'SELECT workspace_id, seq, hlc, tbl, row_id, col, value FROM changes ORDER BY workspace_id, seq',
      )
    ).rows,
    workspaces: (await db.sql.query('SELECT id, seq FROM workspaces ORDER BY id')).rows,
  });
  let before: Awaited<ReturnType<typeof snapshot>>;
  const unchanged = async () => expect(await snapshot()).toEqual(before);
  const push = (token: string | undefined, changes: unknown[], workspace = ws) =>
    api.call<{ error: { code: string; message: string } }>('POST', `/workspaces/${workspace}/changes`, {
      token,
      body: { changes },
    });

  beforeAll(async () => {
    db = await backend.create();
    // Production limits: rates, body size and batch size as a real server has them (only hashing is cheap).
    server = await startSyncServer({
      sql: db.sql,
      passwordCost: CHEAP_PASSWORDS,
      now: () => Date.now() + skew,
      tokenTtlMs: 3_600_000,
    });
    api = new TestClient(server.url);
    admin = await api.signUp('admin@example.com');
    await api.call('POST', '/workspaces', { token: admin.token, body: { id: ws, name: 'Secure' } });
    viewer = await api.signUp('viewer@example.com', await api.invite(admin.token, ws, 'viewer'));
    stranger = await api.signUp('stranger@example.com', await api.invite(admin.token));
    await api.call('POST', '/workspaces', { token: stranger.token, body: { id: other, name: 'Elsewhere' } });
    expect((await push(admin.token, [good('seed')])).status).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });
  beforeEach(async () => {
    before = await snapshot();
  });

  it('refuses a request without a token: 401', async () => {
    expect((await push(undefined, [good()])).status).toBe(401);
    expect((await api.call('GET', `/workspaces/${ws}/changes`)).status).toBe(401);
    expect((await api.call('GET', `/workspaces/${ws}/changes`, { token: 'wbt_made-up' })).status).toBe(401);
    await unchanged();
  });

  it('refuses an expired token: 401', async () => {
    const login = await api.call<Session>('POST', '/login', {
      body: { email: 'admin@example.com', password: 'long enough password' },
    });
    before = await snapshot();
    skew = 3_600_000 + 1;
    try {
      const r = await push(login.body.token, [good()]);
      expect(r.status).toBe(401);
      expect(r.body.error.message).toMatch(/expired/);
    } finally {
      skew = 0;
    }
    await unchanged();
  });

  it('refuses a revoked token: 401', async () => {
    const login = await api.call<Session>('POST', '/login', {
      body: { email: 'admin@example.com', password: 'long enough password' },
    });
    await api.call('POST', '/logout', { token: login.body.token });
    before = await snapshot();
    const r = await push(login.body.token, [good()]);
    expect(r.status).toBe(401);
    expect(r.body.error.message).toMatch(/signed out/);
    await unchanged();
  });

  it('refuses a workspace the account is not a member of: 403, whether it exists or not', async () => {
    expect((await push(stranger.token, [good()])).status).toBe(403);
    expect((await api.call('GET', `/workspaces/${ws}/changes`, { token: stranger.token })).status).toBe(403);
    expect((await api.call('GET', `/workspaces/${ws}/events`, { token: stranger.token })).status).toBe(403);
    expect((await push(admin.token, [good()], other)).status).toBe(403);
    expect((await push(admin.token, [good()], 'ws-does-not-exist')).status).toBe(403);
    await unchanged();
  });

  it('refuses a push by a viewer: 403', async () => {
    const r = await push(viewer.token, [good()]);
    expect(r.status).toBe(403);
    expect(r.body.error.message).toMatch(/viewer/);
    await unchanged();
  });

  it("takes a viewer's comment and approval, but refuses a batch that also edits a touchpoint: 403, nothing stored", async () => {
    const comment = (column: string, value: unknown, counter: number) => ({
      table: 'comments',
      row: 'comment-0001',
      column,
      value,
      hlc: stampAt(-50_000, counter, VIEWER_NODE),
    });
    const approval = {
      table: 'journeys',
      row: 'journey-0001',
      column: 'approval',
      value: 'approved',
      hlc: stampAt(-50_000, 3, VIEWER_NODE),
    };
    const mixed = await push(viewer.token, [
      comment('body', 'Please check the price', 10),
      good('changed by a viewer', 11),
    ]);
    expect(mixed.status).toBe(403);
    expect(mixed.body.error.message).toMatch(/change 2 \(touchpoints\.title\).*viewer.*nothing was stored/);
    await unchanged();
    const journeyName = await push(viewer.token, [{ ...approval, column: 'name', value: 'Renamed' }]);
    expect(journeyName.status).toBe(403);
    await unchanged();

    const ok = await push(viewer.token, [
      comment('target_table', 'journeys', 1),
      comment('body', 'Looks good', 2),
      approval,
    ]);
    expect(ok.status).toBe(200);
    const stored = await db.sql.query<{ tbl: string; col: string }>(
      'SELECT tbl, col FROM changes WHERE workspace_id = $1 ORDER BY seq',
      [ws],
    );
    expect(stored.rows.slice(-3).map((r) => `${r.tbl}.${r.col}`)).toEqual([
      'comments.target_table',
      'comments.body',
      'journeys.approval',
    ]);
    // The touchpoint title is still the admin's.
    expect(stored.rows.filter((r) => r.tbl === 'touchpoints')).toHaveLength(1);
  });

  it('refuses unknown tables and columns and invalid values: 400, the whole batch', async () => {
    for (const bad of [
      { ...good(), table: 'accounts' },
      { ...good(), table: 'schema_migrations' },
      { ...good(), column: 'password_hash' },
      { ...good(), column: 'id' },
      { ...good(), column: 'emotion', value: 7 },
      { ...good(), row: 'short' },
      { ...good(), hlc: 'yesterday' },
      { table: 'touchpoints', row: 'tp-00000001', column: 'title' },
    ]) {
      const r = await push(admin.token, [good('first is fine', 1), bad]);
      expect(r.status, JSON.stringify(bad)).toBe(400);
      expect(r.body.error.code).toBe('invalid_input');
    }
    // A workspace may only write its own workspace row.
    expect(
      (
        await push(admin.token, [
          { table: 'workspaces', row: other, column: 'name', value: 'hijack', hlc: stampAt(-1000) },
        ])
      ).status,
    ).toBe(400);
    await unchanged();
  });

  it('keeps SQL in names out and stores SQL in values as plain text', async () => {
    for (const bad of [
      { ...good(), table: 'touchpoints"; DROP TABLE changes; --' },
      { ...good(), column: `title" = 'x'; DELETE FROM changes; --` },
      { ...good(), row: "x'); DELETE FROM changes; --" },
    ]) {
      expect((await push(admin.token, [bad])).status).toBe(400);
    }
    expect(
      (
        await api.call('GET', `/workspaces/${encodeURIComponent("ws'; DROP TABLE changes; --")}/changes`, {
          token: admin.token,
        })
      ).status,
    ).toBe(400);
    expect((await api.call('GET', `/workspaces/${ws}/changes?after=0;DELETE`, { token: admin.token })).status).toBe(
      400,
    );
    await unchanged();
    const evil = "Robert'); DROP TABLE changes; --";
    const change = good(evil, 7);
    expect((await push(admin.token, [change])).status).toBe(200);
    const page = await api.call<{ changes: unknown[] }>('GET', `/workspaces/${ws}/changes`, { token: admin.token });
    expect(page.body.changes).toContainEqual(change);
    const after = await snapshot();
    expect(after.changes.length).toBe(before.changes.length + 1);
  });

  it('refuses an oversized body (413) and too many changes per push (413), at the production limits', async () => {
    // A little over 4 MiB of valid changes.
    const big = { ...good(), column: 'notes', value: 'x'.repeat(19_000) };
    const many = Array.from({ length: Math.ceil(LIMITS.maxBodyBytes / 19_000) + 1 }, (_, i) => ({
      ...big,
      hlc: stampAt(-60_000, i),
    }));
    const r = await push(admin.token, many);
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('too_large');
    expect(r.body.error.message).toMatch(new RegExp(`${LIMITS.maxBodyBytes} bytes`));
    const count = await push(
      admin.token,
      Array.from({ length: LIMITS.maxPushChanges + 1 }, (_, i) => good(`t${i}`, i % 0xffff)),
    );
    expect(count.status).toBe(413);
    expect(count.body.error.message).toMatch(new RegExp(`at most ${LIMITS.maxPushChanges}`));
    await unchanged();
    // Exactly at the limit is fine.
    const most = await push(
      admin.token,
      Array.from({ length: LIMITS.maxPushChanges }, (_, i) => ({
        ...good(`m${i}`, i),
        row: `tp-max-${String(i).padStart(5, '0')}`,
      })),
    );
    expect(most.status).toBe(200);
  });

  it('limits requests without a token per address at the production rate: 429 with Retry-After', async () => {
    // An address of its own starts with a full bucket.
    const from = '127.0.3.1';
    const statuses: number[] = [];
    for (let i = 0; i < PRODUCTION_LIMITS.perAddress.burst + 5; i++)
      statuses.push((await api.call('GET', '/health', { from })).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(PRODUCTION_LIMITS.perAddress.burst);
    const refused = await api.call('GET', '/health', { from });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // One refill interval later one more request may go.
    skew += 1_000 / PRODUCTION_LIMITS.perAddress.perSecond;
    try {
      expect((await api.call('GET', '/health', { from })).status).toBe(200);
    } finally {
      skew = 0;
    }
  });

  it('refuses a body that is not JSON: 415 and 400', async () => {
    expect(
      (
        await api.call('POST', `/workspaces/${ws}/changes`, {
          token: admin.token,
          raw: 'changes=1',
          type: 'application/x-www-form-urlencoded',
        })
      ).status,
    ).toBe(415);
    expect(
      (await api.call('POST', `/workspaces/${ws}/changes`, { token: admin.token, raw: '{"changes": [' })).status,
    ).toBe(400);
    expect(
      (await api.call('POST', `/workspaces/${ws}/changes`, { token: admin.token, body: { changes: 'all' } })).status,
    ).toBe(400);
    await unchanged();
  });

  it('refuses a batch with a stamp too far in the future (422) and serves everyone else as before', async () => {
    const r = await push(admin.token, [good('ok', 2), { ...good('from the future'), hlc: stampAt(6 * 60_000) }]);
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('clock_drift');
    expect(r.body.error.message).toMatch(/ahead of the server's clock/);
    await unchanged();
    // Within the bound is fine, and nobody else is affected.
    expect((await push(admin.token, [{ ...good('soon'), hlc: stampAt(4 * 60_000) }])).status).toBe(200);
    expect((await push(stranger.token, [good('elsewhere', 3)], other)).status).toBe(200);
  });
});
