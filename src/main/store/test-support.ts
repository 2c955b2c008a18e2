import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMigrations } from './migrate';
import { openWorkspaceFile } from './workspace-file';
import type { Db } from './db';

/** For tests: a temp folder and a migrated, empty workspace database in it. */
export function tempDir(prefix = 'workbench-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export const migrations = loadMigrations(join(__dirname, 'migrations'));

export async function emptyWorkspaceDb(name = 'w.sqlite'): Promise<Db> {
  const { db } = await openWorkspaceFile(join(tempDir(), name), migrations);
  return db;
}
