import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatTimestamp } from '../shared/hlc';
import type { SyncServer } from './app';
import { BACKENDS, CHEAP_PASSWORDS, TestClient, type Answer, type CallOptions } from './testing';
import { startSyncServer } from './app';
import type { Session } from '../shared/sync-wire';

/**
 * The probes of issue #17 that once got through, against a server with its
 * production rate and size limits (only password hashing is cheap). Each
 * probe says what it tries; "nothing stored" compares the change log before
 * and after.
 */

const PASSWORD = 'long enough password';

/** Opens an event stream and resolves with its status once headers arrive; `close` ends it. */
function openStream(api: TestClient, workspaceId: string, token: string, from?: string) {
  const url = new URL(api.url('events', { id: workspaceId }));
  return new Promise<{ status: number; close(): void }>((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
        localAddress: from,
      },
      (res) => {
        if (res.statusCode !== 200) res.resume();
        resolve({ status: res.statusCode ?? 0, close: () => req.destroy() });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

let counter = 0;
const stamp = (node: string, offsetMs = -60_000) =>
  formatTimestamp({ millis: Date.now() + offsetMs, counter: ++counter % 0xffff, node });
const ADMIN_NODE = 'a0a0a0a0a0a0a0a0';
const VIEWER_NODE = 'b1b1b1b1b1b1b1b1';
const EDITOR_NODE = 'c2c2c2c2c2c2c2c2';

describe.each(BACKENDS)('attacks that once got through, on $name', (backend) => {
  let db: Awaited<ReturnType<typeof backend.create>>;
  let server: SyncServer;
  let skew = 0;
  // The server's clock stands still within a probe: on a loaded machine a request slower than a bucket's
  // refill must not refill the bucket the probe drains.
  let clock = Date.now();
  let admin: Session;
  let viewer: Session;
  let editor: Session;
  const ws = 'ws-attack-0001';

  let api: TestClient;
  type Reply = Answer<{ error?: { code: string; message: string } } & Record<string, unknown>>;
  const call = (method: string, path: string, options: CallOptions = {}): Promise<Reply> =>
    api.call(method, path, options);
  const push = (token: string, changes: unknown[], workspace = ws) =>
    call('POST', `/workspaces/${workspace}/changes`, { token, body: { changes } });
  const log = async () =>
    (await db.sql.query('SELECT workspace_id, seq, hlc, tbl, row_id, col, value FROM changes ORDER BY 1, 2')).rows;
  /** A new account through an invitation from the admin. */
  const invited = async (email: string, role?: string, workspace = ws): Promise<Session> => {
    const code = await call('POST', '/invitations', {
      token: admin.token,
      body: role ? { workspaceId: workspace, role } : {},
    });
    const r = await call('POST', '/signup', {
      body: { email, name: email.split('@')[0], password: PASSWORD, invitation: code.body.code },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body as unknown as Session;
  };

  beforeAll(async () => {
    db = await backend.create();
    // Production limits: no rateLimit, anonymousRateLimit, maxBodyBytes or maxPushChanges passed.
    server = await startSyncServer({ sql: db.sql, passwordCost: CHEAP_PASSWORDS, now: () => clock });
    api = new TestClient(server.url);
    const first = await call('POST', '/signup', {
      body: { email: 'admin@example.com', name: 'Admin', password: PASSWORD },
    });
    admin = first.body as unknown as Session;
    expect((await call('POST', '/workspaces', { token: admin.token, body: { id: ws, name: 'Attacked' } })).status).toBe(
      201,
    );
    viewer = await invited('viewer@example.com', 'viewer');
    editor = await invited('editor@example.com', 'editor');
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });
  // Every probe starts with full rate-limit buckets: an hour passes between them.
  beforeEach(() => {
    skew += 3_600_000;
    clock = Date.now() + skew;
  });

  describe('1: password guessing', () => {
    it('keys requests without a verified token by address: a made-up bearer gets no fresh bucket', async () => {
      const from = '127.0.0.2';
      let status = 0;
      for (let tries = 0; status !== 429 && tries < 200; tries++)
        status = (await call('GET', '/health', { from })).status;
      expect(status).toBe(429);
      for (let i = 0; i < 5; i++) {
        const bearer = `wbt_madeup${i}${Math.random().toString(36).slice(2)}`;
        const guess = await call('POST', '/login', {
          from,
          token: bearer,
          body: { email: 'admin@example.com', password: 'another guess' },
        });
        expect(guess.status).toBe(429);
        expect(guess.headers['retry-after']).toBeDefined();
        expect((await call('GET', '/me', { from, token: bearer })).status).toBe(429);
      }
      // Another address is unaffected, and a known token keeps its own bucket.
      expect((await call('GET', '/me', { from: '127.0.0.3', token: admin.token })).status).toBe(200);
      expect((await call('GET', '/me', { from, token: admin.token })).status).toBe(200);
    });

    it('counts a signed-out token against its address again', async () => {
      const from = '127.0.0.5';
      const login = await call('POST', '/login', { from, body: { email: 'editor@example.com', password: PASSWORD } });
      const token = login.body.token as string;
      expect((await call('GET', '/me', { from, token })).status).toBe(200);
      expect((await call('POST', '/logout', { from, token })).status).toBe(204);
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) statuses.push((await call('GET', '/me', { from, token })).status);
      expect(statuses[0]).toBe(401);
      expect(statuses.slice(-5)).toEqual([429, 429, 429, 429, 429]);
    });

    it('stops password guessing from one address, with or without a made-up bearer', async () => {
      const from = '127.0.0.4';
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) {
        const token = i % 2 === 0 ? undefined : `wbt_guess${i}${Math.random().toString(36).slice(2)}`;
        const email = `someone${i}@example.com`;
        statuses.push((await call('POST', '/login', { from, token, body: { email, password: `guess ${i}` } })).status);
      }
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
      expect(statuses.slice(-5)).toEqual([429, 429, 429, 429, 429]);
    });

    it('limits failed logins per e-mail address, whatever address they come from', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) {
        const from = `127.0.1.${10 + (i % 20)}`;
        statuses.push(
          (await call('POST', '/login', { from, body: { email: 'viewer@example.com', password: `guess ${i}` } }))
            .status,
        );
      }
      expect(statuses).toContain(429);
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
      // While the address is locked, even the right password gets no answer about it.
      const right = await call('POST', '/login', {
        from: '127.0.1.99',
        body: { email: 'viewer@example.com', password: PASSWORD },
      });
      expect(right.status).toBe(429);
      // Other accounts are not locked.
      expect(
        (
          await call('POST', '/login', {
            from: '127.0.1.98',
            body: { email: 'editor@example.com', password: PASSWORD },
          })
        ).status,
      ).toBe(200);
    });
  });

  describe('3: review data is owned', () => {
    const comment = (row: string, column: string, value: unknown, node: string) => ({
      table: 'comments',
      row,
      column,
      value,
      hlc: stamp(node),
    });
    const snapshot = (row: string, column: string, value: unknown, node: string) => ({
      table: 'snapshots',
      row,
      column,
      value,
      hlc: stamp(node),
    });

    it("refuses a viewer's rewrite or deletion of someone else's comment, whole batch, nothing stored", async () => {
      expect(
        (
          await push(admin.token, [
            comment('cm-attack-0001', 'target_table', 'journeys', ADMIN_NODE),
            comment('cm-attack-0001', 'target_id', 'journey-0001', ADMIN_NODE),
            comment('cm-attack-0001', 'author', 'Admin', ADMIN_NODE),
            comment('cm-attack-0001', 'body', 'Check the price', ADMIN_NODE),
          ])
        ).status,
      ).toBe(200);
      const before = await log();
      const rewrite = await push(viewer.token, [
        comment('cm-attack-0002', 'body', 'my own new comment', VIEWER_NODE),
        comment('cm-attack-0001', 'body', 'Admin agrees with everything', VIEWER_NODE),
      ]);
      expect(rewrite.status).toBe(403);
      expect(rewrite.body.error?.message).toMatch(/comment/);
      const remove = await push(viewer.token, [comment('cm-attack-0001', 'tombstone', true, VIEWER_NODE)]);
      expect(remove.status).toBe(403);
      expect(await log()).toEqual(before);
    });

    it('refuses a comment signed with somebody else’s name', async () => {
      const before = await log();
      const forged = await push(viewer.token, [
        comment('cm-attack-0003', 'author', 'Admin', VIEWER_NODE),
        comment('cm-attack-0003', 'body', 'Approved by me, the admin', VIEWER_NODE),
      ]);
      expect(forged.status).toBe(403);
      expect(await log()).toEqual(before);
    });

    it('refuses an approval signed with somebody else’s name', async () => {
      const before = await log();
      const forged = await push(viewer.token, [
        { table: 'journeys', row: 'journey-0001', column: 'approval', value: 'approved', hlc: stamp(VIEWER_NODE) },
        { table: 'journeys', row: 'journey-0001', column: 'approval_by', value: 'Admin', hlc: stamp(VIEWER_NODE) },
      ]);
      expect(forged.status).toBe(403);
      expect(await log()).toEqual(before);
    });

    it('still lets the author edit, anyone resolve, and an admin moderate; signatures must be the pusher’s own', async () => {
      const viewerName = viewer.account.name;
      const own = await push(viewer.token, [
        comment('cm-attack-0010', 'author', viewerName, VIEWER_NODE),
        comment('cm-attack-0010', 'author_id', viewer.account.id, VIEWER_NODE),
        comment('cm-attack-0010', 'body', 'first words', VIEWER_NODE),
      ]);
      expect(own.status, JSON.stringify(own.body)).toBe(200);
      expect((await push(viewer.token, [comment('cm-attack-0010', 'body', 'better words', VIEWER_NODE)])).status).toBe(
        200,
      );
      // Another member resolves the viewer's thread, signed with their own name.
      const resolve = [
        comment('cm-attack-0010', 'resolved', true, EDITOR_NODE),
        comment('cm-attack-0010', 'resolved_by', editor.account.name, EDITOR_NODE),
      ];
      expect((await push(editor.token, resolve)).status).toBe(200);
      const before = await log();
      for (const forged of [
        [comment('cm-attack-0010', 'resolved_by', 'Admin', EDITOR_NODE)],
        [comment('cm-attack-0011', 'author_id', admin.account.id, EDITOR_NODE)],
        [comment('cm-attack-0010', 'body', 'edited by another', EDITOR_NODE)],
      ]) {
        const r = await push(editor.token, forged);
        expect(r.status, JSON.stringify(forged)).toBe(403);
      }
      expect(await log()).toEqual(before);
      // A workspace admin may edit and delete anyone's comment.
      expect(
        (await push(admin.token, [comment('cm-attack-0010', 'body', '(removed by an admin)', ADMIN_NODE)])).status,
      ).toBe(200);
      expect((await push(admin.token, [comment('cm-attack-0010', 'tombstone', true, ADMIN_NODE)])).status).toBe(200);
    });

    it('keeps a snapshot as it was written: a later change by anyone refuses the whole batch', async () => {
      const created = [
        snapshot('snap-attack-01', 'journey_id', 'journey-0001', ADMIN_NODE),
        snapshot('snap-attack-01', 'taken_by', 'Admin', ADMIN_NODE),
        snapshot('snap-attack-01', 'content', '{"journey":"as approved"}', ADMIN_NODE),
      ];
      expect((await push(admin.token, created)).status).toBe(200);
      // A retry of the same batch is fine: it stores nothing new.
      expect((await push(admin.token, created)).status).toBe(200);
      const before = await log();
      for (const [token, node] of [
        [viewer.token, VIEWER_NODE],
        [admin.token, ADMIN_NODE],
      ] as const) {
        const later = await push(token, [
          comment(`cm-innocent-${node}`, 'body', 'innocent', node),
          snapshot('snap-attack-01', 'content', '{"journey":"rewritten"}', node),
        ]);
        expect(later.status).toBe(403);
        expect(later.body.error?.message).toMatch(/snapshot/);
        expect((await push(token, [snapshot('snap-attack-01', 'tombstone', true, node)])).status).toBe(403);
      }
      expect(await log()).toEqual(before);
    });
  });

  it('4: refuses changes stamped with a device id that another account pushed with first', async () => {
    expect(
      (
        await push(admin.token, [
          { table: 'touchpoints', row: 'tp-attack-002', column: 'title', value: 'A', hlc: stamp(ADMIN_NODE) },
        ])
      ).status,
    ).toBe(200);
    const nodes = await call('GET', `/workspaces/${ws}/nodes`, { token: editor.token });
    expect(nodes.body).toEqual(expect.arrayContaining([expect.objectContaining({ node: ADMIN_NODE })]));
    const before = await log();
    const forged = await push(editor.token, [
      {
        table: 'touchpoints',
        row: 'tp-attack-002',
        column: 'title',
        value: 'by the admin, honestly',
        hlc: stamp(ADMIN_NODE, -30_000),
      },
    ]);
    expect(forged.status).toBe(403);
    expect(forged.body.error?.message).toMatch(/device/);
    expect(await log()).toEqual(before);
    // A retry of what the server holds already is no forgery: the admin's own changes, sent again by the editor.
    const held = (await call('GET', `/workspaces/${ws}/changes?after=0&limit=5000`, { token: editor.token })).body
      .changes as unknown[];
    expect((await push(editor.token, held.slice(-3))).status).toBe(200);
    expect(await log()).toEqual(before);
    // The editor's own device is fine.
    expect(
      (
        await push(editor.token, [
          { table: 'touchpoints', row: 'tp-attack-002', column: 'kpi', value: 'x', hlc: stamp(EDITOR_NODE) },
        ])
      ).status,
    ).toBe(200);
  });

  describe('5: no account lookup by e-mail', () => {
    it('lets only the instance admin add an account by e-mail; a workspace admin learns nothing', async () => {
      const owner = await invited('owner@example.com');
      expect(
        (await call('POST', '/workspaces', { token: owner.token, body: { id: 'ws-owner-0001', name: 'Mine' } })).status,
      ).toBe(201);
      const known = await call('POST', '/workspaces/ws-owner-0001/members', {
        token: owner.token,
        body: { email: 'viewer@example.com', role: 'editor' },
      });
      const unknown = await call('POST', '/workspaces/ws-owner-0001/members', {
        token: owner.token,
        body: { email: 'nobody-here@example.com', role: 'editor' },
      });
      expect(known.status).toBe(403);
      expect(unknown).toMatchObject({ status: known.status, body: known.body });
      const members = await call('GET', '/workspaces/ws-owner-0001/members', { token: owner.token });
      expect((members.body as unknown as unknown[]).length).toBe(1);
    });

    it('answers a sign-up with a taken e-mail like one with a used invitation, and uses the invitation up', async () => {
      const code = (await call('POST', '/invitations', { token: admin.token, body: {} })).body.code as string;
      const taken = await call('POST', '/signup', {
        body: { email: 'viewer@example.com', name: 'Mallory', password: PASSWORD, invitation: code },
      });
      expect(taken.status).not.toBe(409);
      const used = await call('POST', '/signup', {
        body: { email: 'fresh-address@example.com', name: 'Mallory', password: PASSWORD, invitation: code },
      });
      expect(used.status).toBe(403);
      expect(taken).toMatchObject({ status: used.status, body: used.body });
    });
  });

  it('6: the only admin cannot leave the admin role by redeeming an invitation', async () => {
    const owner = await invited('solo@example.com');
    expect(
      (await call('POST', '/workspaces', { token: owner.token, body: { id: 'ws-solo-00001', name: 'Solo' } })).status,
    ).toBe(201);
    const code = (
      await call('POST', '/invitations', { token: owner.token, body: { workspaceId: 'ws-solo-00001', role: 'viewer' } })
    ).body.code as string;
    const r = await call('POST', '/invitations/redeem', { token: owner.token, body: { code } });
    expect(r.status).toBe(409);
    const info = await call('GET', '/workspaces/ws-solo-00001', { token: owner.token });
    expect(info.body.role).toBe('admin');
  });

  it('7: caps live streams per token and per address', async () => {
    const opened: { close(): void }[] = [];
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) {
        const s = await openStream(api, ws, editor.token, '127.0.2.1');
        opened.push(s);
        statuses.push(s.status);
      }
      expect(statuses.filter((s) => s === 200).length).toBeLessThan(40);
      expect(statuses).toContain(429);
      // Per address: more tokens from one address do not open more streams than the address may.
      const tokens: string[] = [];
      for (let i = 0; i < 6; i++) {
        const login = await call('POST', '/login', {
          from: '127.0.2.3',
          body: { email: 'editor@example.com', password: PASSWORD },
        });
        tokens.push(login.body.token as string);
      }
      let refused = 0;
      for (const token of tokens) {
        for (let i = 0; i < 40; i++) {
          const s = await openStream(api, ws, token, '127.0.2.2');
          opened.push(s);
          if (s.status === 429) refused += 1;
        }
      }
      expect(refused).toBeGreaterThan(0);
    } finally {
      for (const s of opened) s.close();
    }
  }, 60_000);

  describe('8: bad characters', () => {
    it('answers a NUL in a name with 400 and a reason, not 500', async () => {
      const ws8 = await call('POST', '/workspaces', {
        token: admin.token,
        body: { id: 'ws-nul-000001', name: 'A\u0000B' },
      });
      expect(ws8.status).toBe(400);
      expect(ws8.body.error?.message).toMatch(/NUL|control|character/i);
      const code = (await call('POST', '/invitations', { token: admin.token, body: {} })).body.code as string;
      const signUp = await call('POST', '/signup', {
        body: { email: 'nul@example.com', name: 'Nu\u0000ll', password: PASSWORD, invitation: code },
      });
      expect(signUp.status).toBe(400);
    });

    it('refuses a lone surrogate in a workspace name and in a change value, never turning it into U+FFFD', async () => {
      const before = await log();
      const name = await call('POST', '/workspaces', {
        token: admin.token,
        raw: '{"id":"ws-surrogate-01","name":"Caf\\ud800"}',
      });
      expect(name.status).toBe(400);
      expect(name.body.error?.message).toMatch(/Unicode|surrogate/i);
      const value = await call('POST', `/workspaces/${ws}/changes`, {
        token: admin.token,
        raw: `{"changes":[{"table":"touchpoints","row":"tp-attack-003","column":"title","value":"Preis \\udc00","hlc":"${stamp(ADMIN_NODE)}"}]}`,
      });
      expect(value.status).toBe(400);
      expect(value.body.error?.message).toMatch(/Unicode|surrogate/i);
      // Bytes that are not UTF-8 at all are refused too, not replaced.
      const bytes = await call('POST', '/workspaces', {
        token: admin.token,
        raw: Buffer.concat([
          Buffer.from('{"id":"ws-bytes-000001","name":"Caf'),
          Buffer.from([0xff, 0xfe]),
          Buffer.from('"}'),
        ]),
      });
      expect(bytes.status).toBe(400);
      expect(await log()).toEqual(before);
      const listed = await call('GET', '/workspaces', { token: admin.token });
      expect(JSON.stringify(listed.body)).not.toContain('\ufffd');
    });
  });
});
