import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTimestamp } from '../shared/hlc';
import type { SyncServer } from './app';
import { openEvents, postgresBackend, TestClient, testServer } from './testing';

/**
 * Two server instances, each with its own connection pool, on one PostgreSQL
 * database: a push through one must reach a live listener of the other
 * (LISTEN/NOTIFY), and each sees the other's accounts and data.
 */

const reason =
  'needs DATABASE_URL (a PostgreSQL server; PGlite is one in-process database and cannot be shared by instances)';

describe.skipIf(!postgresBackend)(
  `two server instances on one PostgreSQL — ${postgresBackend ? 'running' : `skipped: ${reason}`}`,
  () => {
    let db: Awaited<ReturnType<NonNullable<typeof postgresBackend>['create']>>;
    let a: SyncServer;
    let b: SyncServer;

    beforeAll(async () => {
      db = await postgresBackend!.create();
      // Both start at once: the migration lock lets exactly one of them migrate.
      [a, b] = await Promise.all([testServer(db.sql), db.open().then((sql) => testServer(sql))]);
    }, 60_000);
    afterAll(async () => {
      await a?.close();
      await b?.close();
      await db?.drop();
    });

    it('delivers a push on one instance to a live client of the other within a second', async () => {
      const onA = new TestClient(a.url);
      const onB = new TestClient(b.url);
      const admin = await onA.signUp('admin@example.com');
      expect(
        (await onB.route('createWorkspace', { token: admin.token, body: { id: 'ws-shared-01', name: 'Shared' } }))
          .status,
      ).toBe(201);
      const editor = await onB.signUp('editor@example.com', await onA.invite(admin.token, 'ws-shared-01', 'editor'));
      const stream = await openEvents(onB.url('events', { id: 'ws-shared-01' }), editor.token);
      await stream.next('ready');
      const started = Date.now();
      const change = {
        table: 'touchpoints',
        row: 'tp-00000001',
        column: 'title',
        value: 'from A',
        hlc: formatTimestamp({ millis: Date.now(), counter: 0, node: '0123456789abcdef' }),
      };
      expect(
        (await onA.route('push', { params: { id: 'ws-shared-01' }, token: admin.token, body: { changes: [change] } }))
          .status,
      ).toBe(200);
      expect(JSON.parse((await stream.next('changes', 1000)).data)).toEqual({ seq: 1 });
      expect(Date.now() - started).toBeLessThan(1000);
      const page = await onB.route('pull', { params: { id: 'ws-shared-01' }, token: editor.token });
      expect(page.body.changes).toEqual([change]);
      // Removing the member through A closes the stream on B.
      await onA.route('removeMember', {
        params: { id: 'ws-shared-01', account: editor.account.id },
        token: admin.token,
      });
      await stream.next('closed', 1000);
      stream.close();
    });

    it('recovers when its listening connection is cut: streams are told to resync and keep receiving', async () => {
      const onA = new TestClient(a.url);
      const login = await onA.route('logIn', {
        body: { email: 'admin@example.com', password: 'long enough password' },
      });
      const token = login.body.token;
      await onA.route('createWorkspace', { token, body: { id: 'ws-shared-03', name: 'Cut' } });
      const stream = await openEvents(new TestClient(b.url).url('events', { id: 'ws-shared-03' }), token);
      await stream.next('ready');
      // Kill every LISTEN session on the database (both instances').
      await db.sql.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()`,
      );
      // One resync per listening session (changes, access), each sent once its LISTEN is back: after both,
      // a push reaches the stream. (After the first alone the changes session may still be reconnecting.)
      await stream.next('resync', 5000);
      await stream.next('resync', 5000);
      const change = {
        table: 'touchpoints',
        row: 'tp-00000001',
        column: 'title',
        value: 'after the cut',
        hlc: formatTimestamp({ millis: Date.now(), counter: 1, node: '0123456789abcdef' }),
      };
      expect(
        (await onA.route('push', { params: { id: 'ws-shared-03' }, token, body: { changes: [change] } })).status,
      ).toBe(200);
      // Generous: the listener reconnects after the resync, and the CI machine may be busy.
      await stream.next('changes', 10_000);
      stream.close();
    });

    it('numbers concurrent pushes through both instances densely and in commit order', async () => {
      const onA = new TestClient(a.url);
      const onB = new TestClient(b.url);
      const login = await onA.route('logIn', {
        body: { email: 'admin@example.com', password: 'long enough password' },
      });
      const token = login.body.token;
      await onA.route('createWorkspace', { token, body: { id: 'ws-shared-02', name: 'Busy' } });
      const batches = Array.from({ length: 20 }, (_, i) =>
        Array.from({ length: 50 }, (_, j) => ({
          table: 'touchpoints',
          row: `tp-${String(i).padStart(4, '0')}${String(j).padStart(4, '0')}`,
          column: 'title',
          value: `${i}/${j}`,
          hlc: formatTimestamp({ millis: Date.now() - 1000, counter: i * 50 + j, node: '0123456789abcdef' }),
        })),
      );
      await Promise.all(
        batches.map((changes, i) =>
          (i % 2 ? onA : onB).route('push', { params: { id: 'ws-shared-02' }, token, body: { changes } }),
        ),
      );
      const { rows } = await db.sql.query<{ seq: number }>(
        `SELECT seq FROM changes WHERE workspace_id = 'ws-shared-02' ORDER BY seq`,
      );
      expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    });
  },
);
