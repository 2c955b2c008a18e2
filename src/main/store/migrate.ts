import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appResources } from '../resources';
import type { Db } from './db';
import { numberedSql, type NumberedSql } from '../../shared/migration-files';

export type Migration = NumberedSql;

/** A database written by a newer version of the app: we must not touch it. */
export class NewerSchemaError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `this workspace was saved by a newer version of the app (schema ${found}, this version knows up to ${known})`,
    );
    this.name = 'NewerSchemaError';
  }
}

/** The migrations folder of the running app: in the checkout, or beside app.asar when installed (resources.ts). */
export function defaultMigrationsDir(): string {
  return appResources().migrations;
}

/** Numbered .sql files, in order; numbering must start at 1 and have no gaps. */
export function loadMigrations(dir: string = defaultMigrationsDir()): Migration[] {
  return numberedSql(
    readdirSync(dir).map((file) => ({ file, sql: () => readFileSync(join(dir, file), 'utf8') })),
    'migration',
    dir,
  );
}

export async function appliedMigrations(db: Pick<Db, 'all' | 'get'>): Promise<number[]> {
  const table = await db.get(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`);
  if (!table) return [];
  const rows = await db.all<{ id: number }>('SELECT id FROM schema_migrations ORDER BY id');
  return rows.map((r) => r.id);
}

/** Refuses a newer database before writing anything, then applies what is missing, each in its own transaction. */
export async function migrate(
  db: Db,
  migrations: readonly Migration[],
  now: () => Date = () => new Date(),
): Promise<number[]> {
  const known = migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.id;
  const applied = await appliedMigrations(db);
  const newest = applied.length === 0 ? 0 : Math.max(...applied);
  if (newest > known) throw new NewerSchemaError(newest, known);
  const done = new Set(applied);
  const ran: number[] = [];
  for (const m of migrations) {
    if (done.has(m.id)) continue;
    await db.transaction(async (tx) => {
      await tx.exec(
        'CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
      );
      await tx.exec(m.sql);
      await tx.run('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)', [
        m.id,
        m.name,
        now().toISOString(),
      ]);
    });
    ran.push(m.id);
  }
  return ran;
}
