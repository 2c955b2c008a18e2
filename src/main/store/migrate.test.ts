import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES, TABLE_NAMES, columnNames } from '../../shared/schema/tables';
import { openDb } from './db';
import { appliedMigrations, loadMigrations, migrate, NewerSchemaError } from './migrate';
import { emptyWorkspaceDb, migrations, tempDir } from './test-support';

describe('migrations', () => {
  it('applies every numbered file once and records it', async () => {
    const db = await openDb(join(tempDir(), 'm.sqlite'));
    expect(await migrate(db, migrations)).toEqual(migrations.map((m) => m.id));
    expect(await migrate(db, migrations)).toEqual([]);
    expect(await appliedMigrations(db)).toEqual(migrations.map((m) => m.id));
    await db.close();
  });

  it('creates exactly the columns of the allow-list for every table', async () => {
    const db = await emptyWorkspaceDb();
    for (const table of TABLE_NAMES) {
      const cols = await db.all<{ name: string }>(`SELECT name FROM pragma_table_info(?)`, [table]);
      expect(cols.map((c) => c.name).sort(), table).toEqual(['id', ...columnNames(table)].sort());
    }
    expect(Object.keys(TABLES).length).toBe(TABLE_NAMES.length);
    await db.close();
  });

  it('refuses a database from a newer version without writing to it', async () => {
    const file = join(tempDir(), 'newer.sqlite');
    const db = await openDb(file);
    await migrate(db, migrations);
    await db.run('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)', [999, 'future', 'x']);
    await db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    await db.close();
    const before = readFileSync(file);
    const again = await openDb(file);
    await expect(migrate(again, migrations)).rejects.toThrow(NewerSchemaError);
    await again.close();
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('rolls back a failing migration and leaves no record of it', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'm'));
    writeFileSync(join(dir, 'm', '001_good.sql'), 'CREATE TABLE a (x INTEGER);');
    writeFileSync(join(dir, 'm', '002_bad.sql'), 'CREATE TABLE b (x INTEGER); INSERT INTO nowhere VALUES (1);');
    const db = await openDb(join(dir, 'db.sqlite'));
    await expect(migrate(db, loadMigrations(join(dir, 'm')))).rejects.toThrow(/nowhere/);
    expect(await appliedMigrations(db)).toEqual([1]);
    expect(await db.get(`SELECT name FROM sqlite_master WHERE name = 'b'`)).toBeUndefined();
    await db.close();
  });

  it('refuses gaps in the numbering', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '001_a.sql'), 'SELECT 1;');
    writeFileSync(join(dir, '003_c.sql'), 'SELECT 1;');
    expect(() => loadMigrations(dir)).toThrow(/gap/);
  });
});
