import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from './db';
import { migrate } from './migrate';
import { migrations, tempDir } from './test-support';
import { inspectWorkspaceFile, openWorkspaceFile } from './workspace-file';

describe('workspace files', () => {
  it('creates a new file in WAL mode with foreign keys on', async () => {
    const { db } = await openWorkspaceFile(join(tempDir(), 'new.sqlite'), migrations);
    expect(await db.get('PRAGMA journal_mode')).toEqual({ journal_mode: 'wal' });
    expect(await db.get('PRAGMA foreign_keys')).toEqual({ foreign_keys: 1 });
    await db.close();
  });

  it('reports a corrupt file and leaves its bytes untouched', async () => {
    const file = join(tempDir(), 'corrupt.sqlite');
    const bytes = randomBytes(8192);
    writeFileSync(file, bytes);
    await expect(openWorkspaceFile(file, migrations)).rejects.toMatchObject({
      name: 'WorkspaceFileProblem',
      code: 'corrupt',
    });
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('reports a damaged database (valid header, broken pages) without touching it', async () => {
    const file = join(tempDir(), 'damaged.sqlite');
    const db = await openDb(file);
    await db.exec('PRAGMA journal_mode = DELETE');
    await migrate(db, migrations);
    await db.close();
    const bytes = readFileSync(file);
    // Keep the 100-byte header, scramble the schema page.
    bytes.fill(0xab, 100, 4096);
    writeFileSync(file, bytes);
    await expect(openWorkspaceFile(file, migrations)).rejects.toMatchObject({ code: 'corrupt' });
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('reports a file from a newer version and leaves it untouched', async () => {
    const file = join(tempDir(), 'newer.sqlite');
    const db = await openDb(file);
    await db.exec('PRAGMA journal_mode = DELETE');
    await migrate(db, migrations);
    await db.run('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)', [
      migrations.length + 1,
      'future',
      'x',
    ]);
    await db.close();
    const bytes = readFileSync(file);
    await expect(openWorkspaceFile(file, migrations)).rejects.toMatchObject({ code: 'newer_version' });
    await expect(inspectWorkspaceFile(file, migrations)).rejects.toThrow(/newer version/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});
