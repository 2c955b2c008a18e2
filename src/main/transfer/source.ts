import type { Queries } from '../store/db';

/**
 * Where this device got a workspace from when it came as a file: kept in the
 * file's own `meta` table, not as a replicated change, so telling two alike
 * names apart here never renames the workspace for the team.
 */

const SOURCE = 'imported_from';

export async function writeSource(db: Queries, fileName: string): Promise<void> {
  await db.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [
    SOURCE,
    fileName,
  ]);
}

export async function readSource(db: Pick<Queries, 'get'>): Promise<string | null> {
  return (await db.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', [SOURCE]))?.value ?? null;
}
