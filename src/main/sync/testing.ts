import { TABLE_NAMES } from '../../shared/schema/tables';
import { startSyncServer, type SyncServer } from '../../server/app';
import { openPglite } from '../../server/sql-pglite';
import type { Sql } from '../../server/sql';
import { CHEAP_PASSWORDS, TestClient } from '../../server/testing';
import type { Session } from '../../shared/sync-wire';
import type { Db, Queries } from '../store/db';
import type { FetchFn } from './api';

/**
 * For the client's tests: a real sync server on embedded PGlite, fault
 * injection on the wire (lost answers, doubled requests) and in the database
 * (a crash just before a transaction commits), and comparable dumps.
 */

export interface ServerFixture {
  sql: Sql;
  server: SyncServer;
  http: TestClient;
  admin: Session;
  /** A new account that is an editor (or `role`) of the workspace. */
  member(workspaceId: string, role?: 'viewer' | 'editor' | 'admin'): Promise<Session>;
  workspace(id: string, name?: string): Promise<void>;
  close(): Promise<void>;
}

export async function startServerFixture(now: () => number = Date.now): Promise<ServerFixture> {
  const sql = await openPglite();
  const server = await startSyncServer({
    sql,
    now,
    passwordCost: CHEAP_PASSWORDS,
    rateLimit: { burst: 100_000, perSecond: 100_000 },
    anonymousRateLimit: { burst: 100_000, perSecond: 100_000 },
  });
  const http = new TestClient(server.url);
  const admin = await http.signUp('admin@example.com', undefined, 'Admin');
  let n = 0;
  return {
    sql,
    server,
    http,
    admin,
    async member(workspaceId, role = 'editor') {
      n += 1;
      return http.signUp(
        `member${n}-${Date.now()}@example.com`,
        await http.invite(admin.token, workspaceId, role),
        `Member ${n}`,
      );
    },
    async workspace(id, name = 'Workspace') {
      const r = await http.route('createWorkspace', { token: admin.token, body: { id, name } });
      if (r.status !== 201) throw new Error(`cannot create workspace: ${r.status}`);
    },
    async close() {
      await server.close();
      await sql.close();
    },
  };
}

export interface WireFaults {
  /** The next POST reaches the server, but its answer is lost. */
  dropAnswer: boolean;
  /** The next POST is sent twice. */
  duplicate: boolean;
  /** Every request fails as if the network were down. */
  offline: boolean;
  /** The next request (any method) is lost before it reaches the server. */
  dropRequest?: boolean;
  /** The next GET reaches the server, but its answer is lost. */
  dropPullAnswer?: boolean;
}

export function faultyFetch(faults: WireFaults, inner: FetchFn = fetch): FetchFn {
  return async (input, init) => {
    if (faults.offline) throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED (simulated)') });
    if (faults.dropRequest) {
      faults.dropRequest = false;
      throw new TypeError('fetch failed', { cause: new Error('connection reset before sending (simulated)') });
    }
    const post = init?.method === 'POST';
    if (post && faults.duplicate) {
      faults.duplicate = false;
      await (await inner(input, init)).arrayBuffer();
    }
    const res = await inner(input, init);
    const lose = post ? faults.dropAnswer : init?.method === 'GET' && faults.dropPullAnswer;
    if (lose) {
      if (post) faults.dropAnswer = false;
      else faults.dropPullAnswer = false;
      await res.arrayBuffer();
      throw new TypeError('fetch failed', { cause: new Error('socket hang up (simulated)') });
    }
    return res;
  };
}

export class SimulatedCrash extends Error {
  constructor() {
    super('simulated crash before commit');
    this.name = 'SimulatedCrash';
  }
}

/** A Db whose next `crashes` transactions die just before COMMIT (so they roll back). */
export function crashingDb(db: Db): Db & { crashes: number } {
  const wrapper = {
    crashes: 0,
    file: db.file,
    run: db.run.bind(db),
    all: db.all.bind(db),
    get: db.get.bind(db),
    exec: db.exec.bind(db),
    read: db.read.bind(db),
    close: db.close.bind(db),
    transaction<T>(fn: (tx: Queries) => Promise<T>): Promise<T> {
      return db.transaction(async (tx) => {
        const result = await fn(tx);
        if (wrapper.crashes > 0) {
          wrapper.crashes -= 1;
          throw new SimulatedCrash();
        }
        return result;
      });
    },
  };
  return wrapper;
}

/** Entity tables and the field clocks, sorted: equal dumps mean equal data. */
export async function dumpData(db: Queries): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLE_NAMES) out[t] = await db.all(`SELECT * FROM "${t}" ORDER BY id`);
  out.field_clock = await db.all('SELECT tbl, row_id, col, hlc, value FROM field_clock ORDER BY tbl, row_id, col');
  return out;
}

/** The write path's invariant: each field shows its newest logged change, and the entity row agrees. */
export async function inconsistencies(db: Queries): Promise<string[]> {
  return (
    await db.all<{ problem: string }>(
      `SELECT 'field ' || f.tbl || '.' || f.row_id || '.' || f.col || ' shows ' || f.hlc || ' but the newest change is ' || coalesce(m.hlc, 'none') AS problem
         FROM field_clock f
         LEFT JOIN (SELECT tbl, row_id, col, max(hlc) AS hlc FROM changes GROUP BY tbl, row_id, col) m USING (tbl, row_id, col)
        WHERE m.hlc IS NOT f.hlc
       UNION ALL
       SELECT 'change without field clock ' || c.tbl || '.' || c.row_id || '.' || c.col
         FROM (SELECT DISTINCT tbl, row_id, col FROM changes) c LEFT JOIN field_clock f USING (tbl, row_id, col)
        WHERE f.hlc IS NULL`,
    )
  ).map((r) => r.problem);
}

/** Timers a test fires by hand: `fireNext` runs the earliest scheduled callback and moves the clock to it. */
export class ManualTimers {
  time = 1_800_000_000_000;
  private seq = 0;
  private tasks: { id: number; at: number; fn: () => void }[] = [];

  readonly now = (): number => this.time;

  set = (fn: () => void, ms: number): { id: number } => {
    const id = ++this.seq;
    this.tasks.push({ id, at: this.time + ms, fn });
    return { id };
  };

  clear = (handle: unknown): void => {
    this.tasks = this.tasks.filter((t) => t.id !== (handle as { id: number }).id);
  };

  /** Delay of the earliest pending callback from now, or null. */
  nextDelay(): number | null {
    if (this.tasks.length === 0) return null;
    return Math.min(...this.tasks.map((t) => t.at)) - this.time;
  }

  fireNext(): boolean {
    if (this.tasks.length === 0) return false;
    const next = this.tasks.reduce((a, b) => (b.at < a.at ? b : a));
    this.tasks = this.tasks.filter((t) => t !== next);
    this.time = Math.max(this.time, next.at);
    next.fn();
    return true;
  }

  get pending(): number {
    return this.tasks.length;
  }
}
