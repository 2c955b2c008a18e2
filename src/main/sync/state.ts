import type { Role } from '../../shared/sync-wire';
import type { Queries } from '../store/db';

/**
 * A workspace's sync state, kept in its own file's `meta` table so that it
 * moves atomically with the data: the server it syncs with and the pull
 * cursor (the server's sequence number of the last change applied here).
 */

const SERVER = 'sync_server';
const CURSOR = 'sync_cursor';
/** This device's role as the server last said, so a viewer stays a viewer before the first round (offline start). */
const ROLE = 'sync_role';

async function read(db: Queries, key: string): Promise<string | null> {
  return (await db.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', [key]))?.value ?? null;
}

async function write(tx: Queries, key: string, value: string): Promise<void> {
  await tx.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [
    key,
    value,
  ]);
}

export const readServer = (db: Queries): Promise<string | null> => read(db, SERVER);

export async function readCursor(db: Queries): Promise<number> {
  const value = Number(await read(db, CURSOR));
  return Number.isSafeInteger(value) && value > 0 ? value : 0;
}

export const writeCursor = (tx: Queries, cursor: number): Promise<void> => write(tx, CURSOR, String(cursor));

/**
 * Bind the workspace to a server from scratch: cursor at 0 and every change
 * pending, so everything this file holds is offered to the server (a retried
 * change is a no-op there).
 */
export async function link(tx: Queries, server: string): Promise<void> {
  await write(tx, SERVER, server);
  await write(tx, CURSOR, '0');
  await tx.run('UPDATE changes SET pushed = 0 WHERE pushed <> 0');
}

export async function readRole(db: Queries): Promise<Role | null> {
  const value = await read(db, ROLE);
  return value === 'viewer' || value === 'editor' || value === 'admin' ? value : null;
}

export const writeRole = (tx: Queries, role: Role): Promise<void> => write(tx, ROLE, role);

export async function unlink(tx: Queries): Promise<void> {
  await tx.run(`DELETE FROM meta WHERE key IN (?, ?, ?)`, [SERVER, CURSOR, ROLE]);
}
