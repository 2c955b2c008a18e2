import { startSyncServer } from './app';
import type { Sql, SqlParam, SqlTx } from './sql';
import { openPostgres } from './sql-pg';
import { openPglite } from './sql-pglite';
import { CHEAP_PASSWORDS } from './testing';

/**
 * A sync server in a process of its own for crash.test.ts, so it can be
 * killed with SIGKILL in the middle of a push:
 * `node --import tsx testing-server-child.ts <pglite dir | postgres url> <stall above N changes>`.
 * With a stall, a push of more than N changes writes its rows, prints
 * "inserted" and then holds its transaction open (a slow disk, a long
 * commit) — the moment to kill it. Prints "url <address>" once listening.
 */

function stalling(sql: Sql, above: number): Sql {
  const wrap = (tx: SqlTx): SqlTx => ({
    exec: (text) => tx.exec(text),
    async query<T>(text: string, params: readonly SqlParam[] = []) {
      const result = await tx.query<T>(text, params);
      const rows = Array.isArray(params[2]) ? params[2].length : 0;
      if (above > 0 && text.startsWith('INSERT INTO changes') && rows > above) {
        process.stdout.write('inserted\n');
        await new Promise(() => undefined);
      }
      return result;
    },
  });
  return { ...sql, transaction: (fn) => sql.transaction((tx) => fn(wrap(tx))) };
}

async function main(): Promise<void> {
  const [store, above] = process.argv.slice(2);
  const sql = store!.startsWith('postgres') ? await openPostgres(store!) : await openPglite(store!);
  const server = await startSyncServer({
    sql: stalling(sql, Number(above ?? 0)),
    passwordCost: CHEAP_PASSWORDS,
    rateLimit: { burst: 10_000, perSecond: 10_000 },
    anonymousRateLimit: { burst: 10_000, perSecond: 10_000 },
  });
  process.stdout.write(`url ${server.url}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
