import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sql } from './sql';
import { toNumber } from './sql';
import { numberedSql, type NumberedSql } from '../shared/migration-files';

/**
 * Numbered .sql migrations, the same files for PGlite and PostgreSQL. Pending
 * ones run in one transaction under an advisory lock, so several instances
 * starting at once on one database neither race nor half-apply.
 */

export type ServerMigration = NumberedSql;

export class NewerDatabaseError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `the database was migrated by a newer server (migration ${found}; this server knows up to ${known}); refusing to touch it`,
    );
    this.name = 'NewerDatabaseError';
  }
}

/** Any constant shared by every instance; names the lock in pg_locks. */
const MIGRATION_LOCK = 7_270_406;

export function serverMigrationsDir(): string {
  return join(__dirname, 'migrations');
}

export function loadServerMigrations(dir: string = serverMigrationsDir()): ServerMigration[] {
  return numberedSql(
    readdirSync(dir).map((file) => ({ file, sql: () => readFileSync(join(dir, file), 'utf8') })),
    'server migration',
    dir,
  );
}

/** Applies what is missing; returns the ids it ran. Throws NewerDatabaseError before writing anything. */
export async function migrateServer(
  sql: Sql,
  migrations: readonly ServerMigration[],
  now: () => number = Date.now,
): Promise<number[]> {
  const known = migrations[migrations.length - 1]?.id ?? 0;
  return sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)',
    );
    const applied = new Set(
      (await tx.query<{ id: unknown }>('SELECT id FROM schema_migrations')).rows.map((r) => toNumber(r.id)),
    );
    const newest = Math.max(0, ...applied);
    if (newest > known) throw new NewerDatabaseError(newest, known);
    const ran: number[] = [];
    for (const m of migrations) {
      if (applied.has(m.id)) continue;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (id, name, applied_at) VALUES ($1, $2, $3)', [m.id, m.name, now()]);
      ran.push(m.id);
    }
    return ran;
  });
}
