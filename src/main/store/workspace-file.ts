import { existsSync } from 'node:fs';
import type { WorkspaceProblemCode } from '../../shared/contract';
import { openDb, type Db } from './db';
import { appliedMigrations, migrate, NewerSchemaError, type Migration } from './migrate';

/**
 * One workspace, one SQLite file. Before anything writes to an existing file we
 * look at it read-only: a corrupt file or one from a newer version is reported
 * and left exactly as it was, and the other workspaces stay usable.
 */

export class WorkspaceFileProblem extends Error {
  constructor(
    readonly code: WorkspaceProblemCode,
    message: string,
  ) {
    super(message);
    this.name = 'WorkspaceFileProblem';
  }
}

export interface WorkspaceHeader {
  workspaceId: string | null;
  nodeId: string | null;
  schema: number;
}

function problemFrom(err: unknown): WorkspaceFileProblem {
  if (err instanceof WorkspaceFileProblem) return err;
  if (err instanceof NewerSchemaError) return new WorkspaceFileProblem('newer_version', err.message);
  const code = (err as { code?: unknown } | null)?.code;
  const text = err instanceof Error ? err.message : String(err);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new WorkspaceFileProblem('corrupt', `the file is damaged or not a workspace database (${text})`);
  }
  return new WorkspaceFileProblem('unreadable', `the file cannot be read (${text})`);
}

/** Read-only look: which workspace, which schema; throws WorkspaceFileProblem. */
export async function inspectWorkspaceFile(file: string, migrations: readonly Migration[]): Promise<WorkspaceHeader> {
  let db: Db | undefined;
  try {
    db = await openDb(file, { readOnly: true });
    const check = await db.get<{ quick_check: string }>('PRAGMA quick_check(1)');
    if (check && check.quick_check !== 'ok') {
      throw new WorkspaceFileProblem('corrupt', `the file is damaged (${check.quick_check})`);
    }
    const applied = await appliedMigrations(db);
    const schema = applied.length ? Math.max(...applied) : 0;
    const known = migrations.length;
    if (schema > known) throw new NewerSchemaError(schema, known);
    if (schema === 0) return { workspaceId: null, nodeId: null, schema };
    const meta = await db.all<{ key: string; value: string }>(
      `SELECT key, value FROM meta WHERE key IN ('workspace_id', 'node_id')`,
    );
    const get = (key: string) => meta.find((m) => m.key === key)?.value ?? null;
    return { workspaceId: get('workspace_id'), nodeId: get('node_id'), schema };
  } catch (err) {
    throw problemFrom(err);
  } finally {
    await db?.close().catch(() => undefined);
  }
}

export interface OpenedWorkspace {
  db: Db;
  header: WorkspaceHeader;
}

/**
 * Open for work: inspect an existing file first, then switch on WAL and
 * foreign keys and bring the schema up to date. A new file is created.
 */
export async function openWorkspaceFile(file: string, migrations: readonly Migration[]): Promise<OpenedWorkspace> {
  if (existsSync(file)) await inspectWorkspaceFile(file, migrations);
  let db: Db | undefined;
  try {
    db = await openDb(file);
    await db.exec(
      'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;',
    );
    await migrate(db, migrations);
    const meta = await db.all<{ key: string; value: string }>(
      `SELECT key, value FROM meta WHERE key IN ('workspace_id', 'node_id')`,
    );
    const get = (key: string) => meta.find((m) => m.key === key)?.value ?? null;
    return { db, header: { workspaceId: get('workspace_id'), nodeId: get('node_id'), schema: migrations.length } };
  } catch (err) {
    await db?.close().catch(() => undefined);
    throw problemFrom(err);
  }
}
