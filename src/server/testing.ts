import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import pg from 'pg';
import { startSyncServer, type SyncServer, type SyncServerOptions } from './app';
import type { Sql } from './sql';
import { openPostgres } from './sql-pg';
import { openPglite } from './sql-pglite';
import { readEventStream } from '../shared/sse';
import {
  routePath,
  SYNC_ROUTES,
  type RouteAnswer,
  type RouteBody,
  type RouteName,
  type RouteParams,
} from '../shared/sync-routes';
import { API_PREFIX, type Session } from '../shared/sync-wire';

/**
 * For tests and the bench: the database backends to run against (PGlite
 * always, PostgreSQL when DATABASE_URL is set, each test file in a database
 * of its own), a server on a free port, and a small JSON client.
 */

export interface Backend {
  name: 'pglite' | 'postgres';
  /**
   * A fresh, empty database; `open` gives more connections to the same one (several instances);
   * `url` is its address for another process (PostgreSQL only).
   */
  create(): Promise<{ sql: Sql; open(): Promise<Sql>; drop(): Promise<void>; url?: string }>;
}

export const DATABASE_URL = process.env.DATABASE_URL;
export const CHEAP_PASSWORDS = { N: 2 ** 10, r: 8, p: 1 };

const pglite: Backend = {
  name: 'pglite',
  async create() {
    const sql = await openPglite();
    return {
      sql,
      open: () => Promise.reject(new Error('PGlite is one in-process database: it cannot be shared by instances')),
      drop: () => sql.close(),
    };
  },
};

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

const postgres = (url: string): Backend => ({
  name: 'postgres',
  async create() {
    const database = `wb_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    const target = withDatabase(url, database);
    const opened: Sql[] = [];
    const open = async () => {
      const sql = await openPostgres(target, { reconnectMs: 200 });
      opened.push(sql);
      return sql;
    };
    const sql = await open();
    return {
      sql,
      open,
      url: target,
      async drop() {
        for (const s of opened) await s.close().catch(() => undefined);
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
        await c.end();
      },
    };
  },
});

export const postgresBackend: Backend | null = DATABASE_URL ? postgres(DATABASE_URL) : null;
export const BACKENDS: Backend[] = [pglite, ...(postgresBackend ? [postgresBackend] : [])];

export function testServer(sql: Sql, options: Partial<SyncServerOptions> = {}): Promise<SyncServer> {
  return startSyncServer({
    sql,
    passwordCost: CHEAP_PASSWORDS,
    rateLimit: { burst: 10_000, perSecond: 10_000 },
    anonymousRateLimit: { burst: 10_000, perSecond: 10_000 },
    ...options,
  });
}

export interface Answer<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | undefined>;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  /** A body sent as it is (malformed JSON, bytes that are not UTF-8). */
  raw?: string | Buffer;
  type?: string;
  /** The client's own loopback address (127.0.0.x): per-address limits see different clients. */
  from?: string;
  headers?: Record<string, string>;
}

/** The error body every refusal has. */
export interface Refusal {
  error: { code: string; message: string };
}

/**
 * A JSON client for one server, made from the route table: `route(name, …)`
 * for the API as clients use it, `call(method, path, …)` for requests no
 * client would make (attacks, malformed input), with any headers and from
 * any loopback address.
 */
export class TestClient {
  constructor(readonly base: string) {}

  /** A raw request; `path` is below the API prefix ('/workspaces'). */
  call<T = unknown>(method: string, path: string, options: CallOptions = {}): Promise<Answer<T>> {
    return this.send<T>(method, `${API_PREFIX}${path}`, options);
  }

  /** A route of the shared table, by name. */
  route<N extends RouteName>(
    name: N,
    options: Omit<CallOptions, 'body'> & {
      params?: RouteParams<N>;
      query?: Record<string, unknown>;
      body?: RouteBody<N> | unknown;
    } = {},
  ): Promise<Answer<RouteAnswer<N> & Refusal>> {
    const path = routePath(name, (options.params ?? {}) as RouteParams<N>, options.query);
    return this.send(SYNC_ROUTES[name].method, path, options);
  }

  /** The full URL of a route (event streams). */
  url<N extends RouteName>(name: N, params: RouteParams<N>): string {
    return `${this.base}${routePath(name, params)}`;
  }

  private send<T>(method: string, path: string, options: CallOptions): Promise<Answer<T>> {
    const url = new URL(`${this.base}${path}`);
    const payload =
      options.raw !== undefined ? options.raw : options.body === undefined ? undefined : JSON.stringify(options.body);
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (payload !== undefined) {
      headers['content-type'] ??= options.type ?? 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname + url.search,
          method,
          headers,
          localAddress: options.from,
          agent: false,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let body: unknown = null;
            try {
              body = text ? JSON.parse(text) : null;
            } catch {
              body = { text };
            }
            resolve({ status: res.statusCode ?? 0, body: body as T, headers: res.headers });
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  async signUp(email: string, invitation?: string, name = email.split('@')[0]!): Promise<Session> {
    const r = await this.route('signUp', { body: { email, name, password: 'long enough password', invitation } });
    if (r.status !== 201) throw new Error(`sign-up failed: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  }

  async invite(token: string, workspaceId?: string, role?: string): Promise<string> {
    const r = await this.route('createInvitation', { token, body: workspaceId ? { workspaceId, role } : {} });
    if (r.status !== 201) throw new Error(`invitation failed: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.code;
  }
}

export interface SseEvent {
  event: string;
  data: string;
}

/** Opens a server-sent event stream and collects its events; `next` waits for one by name. */
export async function openEvents(
  url: string,
  token: string,
): Promise<{
  status: number;
  events: SseEvent[];
  next(name: string, timeoutMs?: number): Promise<SseEvent>;
  closed: Promise<void>;
  close(): void;
}> {
  const abort = new AbortController();
  const res = await fetch(url, {
    headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    signal: abort.signal,
  });
  const events: SseEvent[] = [];
  const waiters: (() => void)[] = [];
  let seen = 0;
  const closed = (async () => {
    if (!res.body || res.status !== 200) return;
    try {
      await readEventStream(res.body as AsyncIterable<Uint8Array>, (event, data) => {
        events.push({ event, data });
        waiters.splice(0).forEach((w) => w());
      });
    } catch {
      // aborted
    }
    waiters.splice(0).forEach((w) => w());
  })();
  let done = false;
  void closed.then(() => (done = true));
  return {
    status: res.status,
    events,
    closed,
    close: () => abort.abort(),
    async next(name, timeoutMs = 2000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = events.slice(seen).findIndex((e) => e.event === name);
        if (found >= 0) {
          seen += found + 1;
          return events[seen - 1]!;
        }
        if (done) throw new Error(`stream closed before a "${name}" event`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no "${name}" event within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(t);
            resolve();
          });
        });
      }
    },
  };
}
