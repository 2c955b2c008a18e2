import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Sql, SqlParam, SqlResult, SqlTx } from './sql';

/**
 * Embedded PostgreSQL. PGlite has one connection and queues callers itself;
 * a transaction holds that connection until it ends, so concurrent requests
 * simply wait their turn. NOTIFY is delivered in-process on commit.
 */

type Runner = Pick<PGlite | Transaction, 'query' | 'exec'>;

function facade(runner: Runner): SqlTx {
  return {
    async query<T>(text: string, params: readonly SqlParam[] = []): Promise<SqlResult<T>> {
      const result = await runner.query<T>(text, params as unknown[]);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
    async exec(text: string): Promise<void> {
      await runner.exec(text);
    },
  };
}

/** `dataDir` undefined: in memory (tests). */
export async function openPglite(dataDir?: string): Promise<Sql> {
  const db = await PGlite.create(dataDir);
  const direct = facade(db);
  return {
    kind: 'pglite',
    query: direct.query,
    exec: direct.exec,
    transaction: (fn) => db.transaction((tx) => fn(facade(tx))),
    async listen(channel, onPayload) {
      const unlisten = await db.listen(channel, onPayload);
      return async () => {
        if (!db.closed) await unlisten();
      };
    },
    close: () => db.close(),
  };
}
