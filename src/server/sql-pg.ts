import pg from 'pg';
import type { Sql, SqlParam, SqlResult, SqlTx } from './sql';

/**
 * A PostgreSQL server through a `pg` pool. BIGINT is parsed to a number per
 * pool (not through pg's global type registry, which other code may share);
 * our BIGINTs are sequence numbers and epoch milliseconds, far below 2^53.
 */

const INT8_OID = 20;

function types(): pg.CustomTypesConfig {
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === INT8_OID
        ? (value: string) => Number(value)
        : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
  };
}

function facade(client: pg.Pool | pg.PoolClient): SqlTx {
  return {
    async query<T>(text: string, params: readonly SqlParam[] = []): Promise<SqlResult<T>> {
      const result = await client.query(text, params as unknown[]);
      return { rows: result.rows as T[], rowCount: result.rowCount ?? result.rows.length };
    },
    async exec(text: string): Promise<void> {
      await client.query(text);
    },
  };
}

export interface PgOptions {
  max?: number;
  /** Delay before the listening connection reconnects after a loss. */
  reconnectMs?: number;
}

export async function openPostgres(url: string, options: PgOptions = {}): Promise<Sql> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, types: types() });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  await pool.query('SELECT 1');
  const direct = facade(pool);
  const listeners = new Set<() => Promise<void>>();

  return {
    kind: 'postgres',
    query: direct.query,
    exec: direct.exec,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(facade(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async listen(channel, onPayload, onResume) {
      // LISTEN needs one dedicated session that outlives every pooled query.
      let client: pg.Client | null = null;
      let stopped = false;
      let timer: NodeJS.Timeout | undefined;
      const connect = async (resumed: boolean): Promise<void> => {
        const c = new pg.Client({ connectionString: url, types: types() });
        c.on('notification', (msg) => {
          if (msg.channel === channel && msg.payload !== undefined) onPayload(msg.payload);
        });
        // Only the current session's loss matters; a replaced one ending is expected.
        c.on('error', () => client === c && retry());
        c.on('end', () => client === c && retry());
        await c.connect();
        await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
        if (stopped) return void (await c.end().catch(() => undefined));
        client = c;
        if (resumed) onResume?.();
      };
      const retry = (): void => {
        if (stopped || timer) return;
        const old = client;
        client = null;
        void old?.end().catch(() => undefined);
        timer = setTimeout(() => {
          timer = undefined;
          connect(true).catch(() => retry());
        }, options.reconnectMs ?? 1000);
      };
      await connect(false);
      const stop = async (): Promise<void> => {
        stopped = true;
        clearTimeout(timer);
        listeners.delete(stop);
        await client?.end().catch(() => undefined);
      };
      listeners.add(stop);
      return stop;
    },
    async close() {
      for (const stop of [...listeners]) await stop();
      await pool.end();
    },
  };
}
