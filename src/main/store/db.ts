import sqlite3 from 'sqlite3';

/**
 * A small async face on sqlite3: run/all/get/transaction with bound parameters
 * only. Every call goes through one queue, so one writer works at a time and a
 * read never sees another caller's half-finished transaction.
 */

export type SqlValue = string | number | null | Buffer;
export type Params = readonly SqlValue[];

export interface RunResult {
  changes: number;
  lastID: number;
}

export interface Queries {
  run(sql: string, params?: Params): Promise<RunResult>;
  all<T = Record<string, unknown>>(sql: string, params?: Params): Promise<T[]>;
  get<T = Record<string, unknown>>(sql: string, params?: Params): Promise<T | undefined>;
  /** Several statements without parameters: migrations only. */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queries {
  readonly file: string;
  /** Runs fn inside BEGIN IMMEDIATE … COMMIT; rolls back when fn throws. */
  transaction<T>(fn: (tx: Queries) => Promise<T>): Promise<T>;
  /** Runs fn's reads in one turn of the queue: no write lands between them. */
  read<T>(fn: (q: Queries) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  readOnly?: boolean;
  /** Create the file when missing (default true unless readOnly). */
  create?: boolean;
}

const STATEMENT_CACHE_SIZE = 64;

export class DbError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'DbError';
  }
}

function asDbError(err: unknown): Error {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return new DbError(err.message, typeof code === 'string' ? code : 'SQLITE_ERROR');
  }
  return new DbError(String(err), 'SQLITE_ERROR');
}

export async function openDb(file: string, options: OpenOptions = {}): Promise<Db> {
  const readOnly = options.readOnly ?? false;
  const create = options.create ?? !readOnly;
  const mode = readOnly ? sqlite3.OPEN_READONLY : sqlite3.OPEN_READWRITE | (create ? sqlite3.OPEN_CREATE : 0);
  const raw = await new Promise<sqlite3.Database>((resolve, reject) => {
    const db: sqlite3.Database = new sqlite3.Database(file, mode, (err) =>
      err ? reject(asDbError(err)) : resolve(db),
    );
  });
  return new SqliteDb(file, raw);
}

class SqliteDb implements Db {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly statements = new Map<string, sqlite3.Statement>();
  private closed = false;
  private readonly direct: Queries;

  constructor(
    readonly file: string,
    private readonly raw: sqlite3.Database,
  ) {
    this.direct = {
      run: (sql, params = []) => this.runNow(sql, params),
      all: <T>(sql: string, params: Params = []) => this.allNow<T>(sql, params),
      get: <T>(sql: string, params: Params = []) => this.getNow<T>(sql, params),
      exec: (sql) => this.execNow(sql),
    };
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new DbError('database is closed', 'SQLITE_MISUSE'));
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** A prepared statement from the cache; a statement that fails to prepare is never cached. */
  private async statement(sql: string): Promise<sqlite3.Statement> {
    const cached = this.statements.get(sql);
    if (cached) {
      // Map order doubles as recency order.
      this.statements.delete(sql);
      this.statements.set(sql, cached);
      return cached;
    }
    const stmt = await new Promise<sqlite3.Statement>((resolve, reject) => {
      const s: sqlite3.Statement = this.raw.prepare(sql, (err: Error | null) =>
        err ? reject(asDbError(err)) : resolve(s),
      );
    });
    this.statements.set(sql, stmt);
    if (this.statements.size > STATEMENT_CACHE_SIZE) {
      const [oldest, old] = this.statements.entries().next().value as [string, sqlite3.Statement];
      this.statements.delete(oldest);
      old.finalize();
    }
    return stmt;
  }

  private async runNow(sql: string, params: Params): Promise<RunResult> {
    const stmt = await this.statement(sql);
    return new Promise((resolve, reject) => {
      stmt.run(params as SqlValue[], function (this: sqlite3.RunResult, err: Error | null) {
        if (err) reject(asDbError(err));
        else resolve({ changes: this.changes, lastID: this.lastID });
      });
    });
  }

  private async allNow<T>(sql: string, params: Params): Promise<T[]> {
    const stmt = await this.statement(sql);
    return new Promise((resolve, reject) => {
      stmt.all(params as SqlValue[], (err: Error | null, rows: T[]) => (err ? reject(asDbError(err)) : resolve(rows)));
    });
  }

  private async getNow<T>(sql: string, params: Params): Promise<T | undefined> {
    const stmt = await this.statement(sql);
    return new Promise((resolve, reject) => {
      // A cached statement stopped after one row keeps its read open; reset it.
      stmt.get(params as SqlValue[], (err: Error | null, row: T | undefined) => {
        stmt.reset(() => (err ? reject(asDbError(err)) : resolve(row)));
      });
    });
  }

  private execNow(sql: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.raw.exec(sql, (err) => (err ? reject(asDbError(err)) : resolve()));
    });
  }

  run(sql: string, params: Params = []): Promise<RunResult> {
    return this.enqueue(() => this.runNow(sql, params));
  }

  all<T = Record<string, unknown>>(sql: string, params: Params = []): Promise<T[]> {
    return this.enqueue(() => this.allNow<T>(sql, params));
  }

  get<T = Record<string, unknown>>(sql: string, params: Params = []): Promise<T | undefined> {
    return this.enqueue(() => this.getNow<T>(sql, params));
  }

  exec(sql: string): Promise<void> {
    return this.enqueue(() => this.execNow(sql));
  }

  transaction<T>(fn: (tx: Queries) => Promise<T>): Promise<T> {
    return this.enqueue(async () => {
      await this.execNow('BEGIN IMMEDIATE');
      try {
        const result = await fn(this.direct);
        await this.execNow('COMMIT');
        return result;
      } catch (err) {
        await this.execNow('ROLLBACK').catch(() => undefined);
        throw err;
      }
    });
  }

  read<T>(fn: (q: Queries) => Promise<T>): Promise<T> {
    return this.enqueue(() => fn(this.direct));
  }

  close(): Promise<void> {
    return this.enqueue(async () => {
      this.closed = true;
      for (const stmt of this.statements.values()) {
        await new Promise<void>((resolve) => stmt.finalize(() => resolve()));
      }
      this.statements.clear();
      await new Promise<void>((resolve, reject) => this.raw.close((err) => (err ? reject(asDbError(err)) : resolve())));
    });
  }
}
