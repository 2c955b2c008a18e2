import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startSyncServer } from './app';
import { openPostgres } from './sql-pg';
import { openPglite } from './sql-pglite';
import type { Sql } from './sql';
import { API_PREFIX } from '../shared/sync-wire';

/**
 * `npm run server [-- --host H --port P --data-dir D]`. Environment:
 * WORKBENCH_SERVER_HOST / _PORT / _DATA_DIR, and DATABASE_URL=postgres://…
 * to use a PostgreSQL server instead of the embedded PGlite in the data folder.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      quiet: { type: 'boolean' },
    },
  });
  const host = values.host ?? process.env.WORKBENCH_SERVER_HOST ?? '127.0.0.1';
  const port = Number(values.port ?? process.env.WORKBENCH_SERVER_PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`invalid port: ${values.port ?? process.env.WORKBENCH_SERVER_PORT}`);
  const url = process.env.DATABASE_URL;
  let sql: Sql;
  let where: string;
  if (url) {
    sql = await openPostgres(url);
    where = `PostgreSQL at ${url.replace(/\/\/[^@/]*@/, '//…@')}`;
  } else {
    const dataDir = resolve(
      values['data-dir'] ?? process.env.WORKBENCH_SERVER_DATA_DIR ?? join(process.cwd(), '.data', 'server'),
    );
    mkdirSync(dataDir, { recursive: true });
    sql = await openPglite(join(dataDir, 'pglite'));
    where = `embedded PGlite in ${dataDir}`;
  }
  const server = await startSyncServer({
    sql,
    host,
    port,
    log: values.quiet ? undefined : (line) => process.stdout.write(`${new Date().toISOString()} ${line}\n`),
  });
  process.stdout.write(`Omnichannel Workbench sync server\n  store: ${where}\n  url:   ${server.url}${API_PREFIX}\n`);
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void server
      .close()
      .then(() => sql.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
