/**
 * The one face the server has on its database: PostgreSQL, either embedded
 * (PGlite, one in-process connection) or a server reached through a `pg` pool.
 * Both speak the same dialect, so every query and migration is written once.
 * Values only ever travel as bound parameters.
 */

export type SqlParam = string | number | boolean | null | readonly string[] | readonly number[];

export interface SqlResult<T> {
  rows: T[];
  /** Rows inserted, updated or deleted (or returned, for a SELECT). */
  rowCount: number;
}

export interface SqlTx {
  query<T = Record<string, unknown>>(text: string, params?: readonly SqlParam[]): Promise<SqlResult<T>>;
  /** Several statements without parameters: migrations only. */
  exec(text: string): Promise<void>;
}

export interface Sql extends SqlTx {
  readonly kind: 'pglite' | 'postgres';
  /** Runs fn between BEGIN and COMMIT; rolls back when fn throws. */
  transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T>;
  /**
   * Receive NOTIFY payloads on a channel. `onResume` is called after the
   * listening connection was lost and re-established: notifications may have
   * been missed in between.
   */
  listen(channel: string, onPayload: (payload: string) => void, onResume?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** PostgreSQL error code of a failed query, if it has one. */
export function sqlErrorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export const UNIQUE_VIOLATION = '23505';

/** BIGINT arrives as a string from `pg` and as a number from PGlite. */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint' || typeof value === 'string') return Number(value);
  throw new Error(`expected a number from the database, got ${typeof value}`);
}
