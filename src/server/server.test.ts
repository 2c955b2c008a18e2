import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTimestamp } from '../shared/hlc';
import type { SyncServer } from './app';
import { loadServerMigrations, migrateServer, NewerDatabaseError } from './migrate';
import type { Sql } from './sql';
import { BACKENDS, openEvents, TestClient, testServer } from './testing';
import type { Session } from '../shared/sync-wire';

const NODE = '0123456789abcdef';
let stamp = 0;
/** A change stamped a little in the past, each one later than the last. */
const tp = (row: string, column: string, value: unknown, node = NODE) => ({
  table: 'touchpoints',
  row,
  column,
  value,
  hlc: formatTimestamp({ millis: Date.now() - 60_000, counter: ++stamp % 0xffff, node }),
});

describe.each(BACKENDS)('sync server on $name', (backend) => {
  let db: Awaited<ReturnType<typeof backend.create>>;
  let server: SyncServer;
  let api: TestClient;
  let skew = 0;
  let admin: Session;

  beforeAll(async () => {
    db = await backend.create();
    server = await testServer(db.sql, { now: () => Date.now() + skew, tokenTtlMs: 3_600_000 });
    api = new TestClient(server.url);
    admin = await api.signUp('admin@example.com');
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  const newWorkspace = async (token = admin.token) => {
    const id = `ws-${Math.random().toString(36).slice(2, 12)}`;
    expect((await api.route('createWorkspace', { token, body: { id, name: 'Brand' } })).status).toBe(201);
    return id;
  };
  const member = async (workspaceId: string, role: string) =>
    api.signUp(
      `${role}-${Math.random().toString(36).slice(2)}@example.com`,
      await api.invite(admin.token, workspaceId, role),
    );

  it('makes the first account instance admin and later ones need an invitation', async () => {
    expect(admin.account.instanceAdmin).toBe(true);
    expect(
      (
        await api.route('signUp', {
          body: { email: 'x@example.com', name: 'X', password: 'long enough password' },
        })
      ).status,
    ).toBe(403);
    const code = await api.invite(admin.token);
    const bob = await api.signUp('bob@example.com', code);
    expect(bob.account.instanceAdmin).toBe(false);
    // Single use.
    expect(
      (
        await api.route('signUp', {
          body: { email: 'eve@example.com', name: 'E', password: 'long enough password', invitation: code },
        })
      ).status,
    ).toBe(403);
    // Only the instance admin invites without a workspace.
    expect((await api.route('createInvitation', { token: bob.token, body: {} })).status).toBe(403);
    // A taken e-mail address is refused like a used invitation: the answer tells nobody it exists.
    expect(
      (
        await api.route('signUp', {
          body: {
            email: 'BOB@example.com',
            name: 'B',
            password: 'long enough password',
            invitation: await api.invite(admin.token),
          },
        })
      ).status,
    ).toBe(403);
  });

  it('refuses an expired invitation', async () => {
    const code = (await api.route('createInvitation', { token: admin.token, body: { expiresInHours: 1 } })).body.code;
    skew = 2 * 3_600_000 - 60_000;
    try {
      const r = await api.route('signUp', {
        body: { email: 'late@example.com', name: 'L', password: 'long enough password', invitation: code },
      });
      expect(r.status).toBe(403);
    } finally {
      skew = 0;
    }
  });

  it('logs in with the password, case-insensitive e-mail, and logs out', async () => {
    expect(
      (await api.route('logIn', { body: { email: 'admin@example.com', password: 'wrong password!' } })).status,
    ).toBe(401);
    expect(
      (await api.route('logIn', { body: { email: 'nobody@example.com', password: 'long enough password' } })).status,
    ).toBe(401);
    const login = await api.route('logIn', {
      body: { email: 'ADMIN@example.com', password: 'long enough password' },
    });
    expect(login.status).toBe(200);
    expect(login.body.token).not.toBe(admin.token);
    expect((await api.route('me', { token: login.body.token })).status).toBe(200);
    expect((await api.route('logOut', { token: login.body.token })).status).toBe(204);
    expect((await api.route('me', { token: login.body.token })).status).toBe(401);
    expect((await api.route('me', { token: admin.token })).status).toBe(200);
  });

  it('creates workspaces, lists them with the role, refuses a duplicate id', async () => {
    const id = await newWorkspace();
    expect((await api.route('createWorkspace', { token: admin.token, body: { id, name: 'Again' } })).status).toBe(409);
    const me = await api.route('me', { token: admin.token });
    expect(me.body.workspaces).toContainEqual(expect.objectContaining({ id, role: 'admin' }));
    expect((await api.route('workspace', { params: { id }, token: admin.token })).body).toMatchObject({
      id,
      name: 'Brand',
      role: 'admin',
      seq: 0,
    });
  });

  it('stores a push under sequence numbers and pulls it back in pages', async () => {
    const id = await newWorkspace();
    const batch = Array.from({ length: 25 }, (_, i) => tp(`tp-${String(i).padStart(8, '0')}`, 'title', `T ${i}`));
    const push = await api.route('push', { params: { id }, token: admin.token, body: { changes: batch } });
    expect(push).toMatchObject({ status: 200, body: { accepted: 25 } });
    const pages: unknown[][] = [];
    let after = 0;
    for (;;) {
      const page = await api.route('pull', { params: { id }, query: { after: after, limit: 10 }, token: admin.token });
      expect(page.status).toBe(200);
      pages.push(page.body.changes);
      after = page.body.cursor;
      if (!page.body.more) break;
    }
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(pages.flat()).toEqual(batch);
    expect(after).toBe(25);
    expect((await api.route('pull', { params: { id }, query: { after: after }, token: admin.token })).body).toEqual({
      changes: [],
      cursor: 25,
      more: false,
    });
  });

  it('is idempotent: a retried batch stores nothing new and answers the same', async () => {
    const id = await newWorkspace();
    const kpi = tp('tp-00000001', 'kpi', 'CTR');
    const batch = [tp('tp-00000001', 'title', 'A'), kpi, kpi];
    const first = await api.route('push', { params: { id }, token: admin.token, body: { changes: batch } });
    const again = await api.route('push', { params: { id }, token: admin.token, body: { changes: batch } });
    expect(again.body).toEqual(first.body);
    const overlap = await api.route('push', {
      params: { id },
      token: admin.token,
      body: { changes: [batch[1], tp('tp-00000001', 'notes', 'n')] },
    });
    expect(overlap.status).toBe(200);
    const page = await api.route('pull', { params: { id }, token: admin.token });
    expect(page.body.changes).toEqual([batch[0], batch[1], expect.objectContaining({ column: 'notes' })]);
    expect(page.body.cursor).toBe(3);
  });

  it('gives roles their rights: viewers read, editors push, admins manage members', async () => {
    const id = await newWorkspace();
    const viewer = await member(id, 'viewer');
    const editor = await member(id, 'editor');
    // Each account pushes from a device of its own (a device belongs to the account that first pushed with it).
    const nodeOf = (token: string) => (token === viewer.token ? '1111111111111111' : '2222222222222222');
    const push = (token: string) =>
      api.route('push', { params: { id }, token, body: { changes: [tp('tp-00000001', 'title', 'x', nodeOf(token))] } });
    expect((await push(viewer.token)).status).toBe(403);
    expect((await push(editor.token)).status).toBe(200);
    expect((await api.route('pull', { params: { id }, token: viewer.token })).status).toBe(200);
    expect(
      (
        await api.route('addMember', {
          params: { id },
          token: editor.token,
          body: { email: viewer.account.email, role: 'admin' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await api.route('setRole', {
          params: { id, account: viewer.account.id },
          token: admin.token,
          body: { role: 'editor' },
        })
      ).status,
    ).toBe(204);
    expect((await push(viewer.token)).status).toBe(200);
    const members = await api.route('members', { params: { id }, token: viewer.token });
    expect(members.body.map((m) => m.role).sort()).toEqual(['admin', 'editor', 'editor']);
    // Removal cuts access on the very next request.
    expect(
      (await api.route('removeMember', { params: { id, account: editor.account.id }, token: admin.token })).status,
    ).toBe(204);
    expect((await api.route('pull', { params: { id }, token: editor.token })).status).toBe(403);
    expect((await push(editor.token)).status).toBe(403);
  });

  it('keeps at least one admin in a workspace', async () => {
    const id = await newWorkspace();
    expect(
      (await api.route('removeMember', { params: { id, account: admin.account.id }, token: admin.token })).status,
    ).toBe(409);
    expect(
      (
        await api.route('setRole', {
          params: { id, account: admin.account.id },
          token: admin.token,
          body: { role: 'viewer' },
        })
      ).status,
    ).toBe(409);
  });

  it('lets an existing account join with a workspace invitation and adds members by e-mail', async () => {
    const id = await newWorkspace();
    const other = await api.signUp(
      `other-${Math.random().toString(36).slice(2)}@example.com`,
      await api.invite(admin.token),
    );
    expect((await api.route('workspace', { params: { id }, token: other.token })).status).toBe(403);
    const code = await api.invite(admin.token, id, 'viewer');
    expect((await api.route('redeemInvitation', { token: other.token, body: { code } })).body).toEqual({
      workspaceId: id,
      role: 'viewer',
    });
    expect((await api.route('workspace', { params: { id }, token: other.token })).body).toMatchObject({
      role: 'viewer',
    });
    const id2 = await newWorkspace();
    expect(
      (
        await api.route('addMember', {
          params: { id: id2 },
          token: admin.token,
          body: { email: other.account.email, role: 'editor' },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await api.route('addMember', {
          params: { id: id2 },
          token: admin.token,
          body: { email: 'ghost@example.com', role: 'editor' },
        })
      ).status,
    ).toBe(404);
  });

  it('names the account behind each clock node', async () => {
    const id = await newWorkspace();
    await api.route('push', {
      params: { id },
      token: admin.token,
      body: { changes: [tp('tp-00000001', 'title', 'x', 'aaaaaaaaaaaaaaaa')] },
    });
    expect((await api.route('nodes', { params: { id }, token: admin.token })).body).toEqual([
      { node: 'aaaaaaaaaaaaaaaa', accountId: admin.account.id, name: 'admin' },
    ]);
  });

  it('tells live listeners about a push within a second, and closes them when access ends', async () => {
    const id = await newWorkspace();
    const editor = await member(id, 'editor');
    const stream = await openEvents(api.url('events', { id }), editor.token);
    expect(stream.status).toBe(200);
    expect(JSON.parse((await stream.next('ready')).data)).toEqual({ seq: 0 });
    const started = Date.now();
    await api.route('push', {
      params: { id },
      token: admin.token,
      body: { changes: [tp('tp-00000001', 'title', 'x'), tp('tp-00000001', 'kpi', 'y')] },
    });
    expect(JSON.parse((await stream.next('changes', 1000)).data)).toEqual({ seq: 2 });
    expect(Date.now() - started).toBeLessThan(1000);
    await api.route('removeMember', { params: { id, account: editor.account.id }, token: admin.token });
    expect(JSON.parse((await stream.next('closed', 1000)).data)).toEqual({ reason: 'access changed' });
    await stream.closed;
    const again = await openEvents(api.url('events', { id }), editor.token);
    expect(again.status).toBe(403);
  });

  it('closes a live stream when its token is signed out', async () => {
    const id = await newWorkspace();
    const login = await api.route('logIn', {
      body: { email: 'admin@example.com', password: 'long enough password' },
    });
    const stream = await openEvents(api.url('events', { id }), login.body.token);
    await stream.next('ready');
    await api.route('logOut', { token: login.body.token });
    await stream.next('closed', 1000);
  });

  it('limits requests per token', async () => {
    const limited = await testServer(db.sql, { rateLimit: { burst: 3, perSecond: 0.5 } });
    try {
      const client = new TestClient(limited.url);
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await client.route('me', { token: admin.token })).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const refused = await client.route('me', { token: admin.token });
      expect(refused.body.error.code).toBe('rate_limited');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      // Another token has its own bucket.
      const login = await client.route('logIn', {
        body: { email: 'admin@example.com', password: 'long enough password' },
      });
      expect((await client.route('me', { token: login.body.token })).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('records its migrations and refuses a database migrated by a newer server', async () => {
    const { rows } = await db.sql.query<{ id: number }>('SELECT id FROM schema_migrations ORDER BY id');
    expect(rows.map((r) => Number(r.id))).toEqual(loadServerMigrations().map((m) => m.id));
    expect(await migrateServer(db.sql, loadServerMigrations())).toEqual([]);
    const fresh = await backend.create();
    try {
      await migrateServer(fresh.sql, loadServerMigrations());
      await fresh.sql.query(`INSERT INTO schema_migrations (id, name, applied_at) VALUES (999, 'future', 0)`);
      await expect(testServer(fresh.sql)).rejects.toThrow(NewerDatabaseError);
      const tables = await fresh.sql.query(`SELECT count(*) AS n FROM accounts`);
      expect(Number(tables.rows[0]!.n)).toBe(0);
    } finally {
      await fresh.drop();
    }
    // A second database (a fresh PGlite in this process) takes long on a busy machine.
  }, 120_000);

  it('answers unknown routes and methods with 404 and 405', async () => {
    expect((await api.call('GET', '/nothing')).status).toBe(404);
    const r = await api.call('DELETE', '/health');
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('GET');
  });
});

export type { Sql };
