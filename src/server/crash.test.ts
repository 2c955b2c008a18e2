import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import { amcheck } from '@electric-sql/pglite/contrib/amcheck';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { formatTimestamp } from '../shared/hlc';
import { postgresBackend, TestClient } from './testing';

/**
 * The sync server killed with SIGKILL in the middle of a push — its rows
 * written, the transaction not yet committed — on embedded PGlite (a data
 * folder recovered on the next start) and on PostgreSQL (the server process
 * dies, the database aborts its open transaction). Afterwards the indexes pass
 * amcheck, the workspace holds nothing of the interrupted push and its
 * sequence is dense, and the same push sent again is stored whole.
 */

const WS = 'ws-killed-0001';
const NODE = 'feedfacefeedface';
const FIRST = 1_000;
const INTERRUPTED = 5_000;

const batch = (from: number, count: number) =>
  Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return {
      table: 'touchpoints',
      row: `tp-${String(i).padStart(8, '0')}`,
      column: 'title',
      value: `title ${i}`,
      hlc: formatTimestamp({ millis: Date.now() - 3_600_000 + Math.floor(i / 100), counter: i % 100, node: NODE }),
    };
  });

interface Query {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  close(): Promise<void>;
}

interface Store {
  name: string;
  /** What the child server is started with. */
  address: string;
  /** A connection with amcheck, for when no server runs. */
  open(): Promise<Query>;
  drop(): Promise<void>;
}

async function pgliteStore(): Promise<Store> {
  const dir = join(mkdtempSync(join(tmpdir(), 'workbench-killed-')), 'pglite');
  return {
    name: 'pglite',
    address: dir,
    async open() {
      const db = await PGlite.create(dir, { extensions: { amcheck } });
      return { query: (text, params) => db.query(text, params), close: () => db.close() };
    },
    drop: async () => undefined,
  };
}

async function postgresStore(): Promise<Store> {
  const made = await postgresBackend!.create();
  await made.sql.close();
  return {
    name: 'postgres',
    address: made.url!,
    async open() {
      const client = new pg.Client({ connectionString: made.url });
      await client.connect();
      return { query: (text, params) => client.query(text, params), close: () => client.end() };
    },
    drop: () => made.drop(),
  };
}

function startChild(
  address: string,
  stallAbove: number,
): Promise<{ child: ChildProcess; url: string; out: () => string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'testing-server-child.ts'), address, String(stallAbove)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /url (\S+)\n/.exec(out);
      if (m) resolve({ child, url: m[1]!, out: () => out });
    });
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before listening: ${err}`)));
  });
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

/** Indexes intact (amcheck, with every heap row looked up), and what the workspace holds. */
async function inspect(store: Store): Promise<{ count: number; top: number; seq: number }> {
  const db = await store.open();
  try {
    await db.query('CREATE EXTENSION IF NOT EXISTS amcheck');
    const { rows: indexes } = await db.query(
      `SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
        WHERE t.relname IN ('changes', 'workspaces', 'nodes', 'members', 'accounts', 'tokens', 'review_rows', 'snapshot_fields')`,
    );
    expect(indexes.length).toBeGreaterThan(8);
    for (const { relname } of indexes) await db.query('SELECT bt_index_check($1::regclass, true)', [relname]);
    const { rows } = await db.query(
      `SELECT count(*)::int AS count, coalesce(max(seq), 0)::int AS top,
              (SELECT seq FROM workspaces WHERE id = $1)::int AS seq
         FROM changes WHERE workspace_id = $1`,
      [WS],
    );
    return rows[0] as { count: number; top: number; seq: number };
  } finally {
    await db.close();
  }
}

const stores: (() => Promise<Store>)[] = [pgliteStore, ...(postgresBackend ? [postgresStore] : [])];

describe.each(stores.map((make) => ({ make, name: make === pgliteStore ? 'pglite' : 'postgres' })))(
  'a sync server killed mid-push on $name',
  ({ make }) => {
    it('keeps all of a push or none of it, with intact indexes, and takes the push again', async () => {
      const store = await make();
      try {
        let server = await startChild(store.address, FIRST + 1);
        let api = new TestClient(server.url);
        const admin = await api.signUp('admin@example.com');
        expect(
          (await api.route('createWorkspace', { token: admin.token, body: { id: WS, name: 'Killed' } })).status,
        ).toBe(201);
        const first = batch(0, FIRST);
        expect(
          (await api.route('push', { token: admin.token, params: { id: WS }, body: { changes: first } })).status,
        ).toBe(200);

        // The big push writes its rows, then the process dies before it commits.
        const interrupted = batch(FIRST, INTERRUPTED);
        const inserted = new Promise<void>((resolve) =>
          server.child.stdout!.on('data', () => server.out().includes('inserted') && resolve()),
        );
        const push = api.route('push', { token: admin.token, params: { id: WS }, body: { changes: interrupted } }).then(
          (r) => `answered ${r.status}`,
          (err: unknown) => (err instanceof Error ? err.message : String(err)),
        );
        await inserted;
        await killed(server.child);
        expect(await push).toMatch(/socket hang up|ECONNRESET/);

        expect(await inspect(store)).toEqual({ count: FIRST, top: FIRST, seq: FIRST });

        // Started again on the same store, the same push (a device's retry) is stored whole.
        server = await startChild(store.address, 0);
        api = new TestClient(server.url);
        const retry = await api.route('push', {
          token: admin.token,
          params: { id: WS },
          body: { changes: interrupted },
        });
        expect(retry.status).toBe(200);
        const again = await api.route('push', { token: admin.token, params: { id: WS }, body: { changes: first } });
        expect(again.status).toBe(200);
        await killed(server.child);
        expect(await inspect(store)).toEqual({
          count: FIRST + INTERRUPTED,
          top: FIRST + INTERRUPTED,
          seq: FIRST + INTERRUPTED,
        });
      } finally {
        await store.drop();
      }
    }, 420_000);
  },
);
