import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError, type WorkspaceSummary } from '../../shared/contract';
import { HybridClock, randomNodeId } from '../../shared/hlc';
import { ID_PATTERN } from '../../shared/schema/columns';
import type { Db } from '../store/db';
import type { Migration } from '../store/migrate';
import { openWorkspaceFile, WorkspaceFileProblem } from '../store/workspace-file';
import { readSource } from '../transfer/source';
import { History } from './history';

export interface WorkspaceHandle {
  id: string;
  db: Db;
  clock: HybridClock;
  history: History;
}

const FILE_SUFFIX = '.sqlite';

/**
 * The workspaces of this device: one SQLite file each in `<dataDir>/workspaces`.
 * Handles stay open for the life of the service; a file with a problem is
 * reported in the list and never opened for writing.
 */
export class WorkspaceFiles {
  readonly dir: string;
  private readonly open = new Map<string, Promise<WorkspaceHandle>>();

  constructor(
    dataDir: string,
    private readonly migrations: readonly Migration[],
    private readonly now: () => number = Date.now,
  ) {
    this.dir = join(dataDir, 'workspaces');
    mkdirSync(this.dir, { recursive: true });
  }

  fileOf(id: string): string {
    if (!ID_PATTERN.test(id)) throw new ApiError('invalid_input', `invalid workspace id "${id}"`);
    return join(this.dir, `${id}${FILE_SUFFIX}`);
  }

  ids(): string[] {
    return readdirSync(this.dir)
      .filter((f) => f.endsWith(FILE_SUFFIX))
      .map((f) => f.slice(0, -FILE_SUFFIX.length))
      .filter((id) => ID_PATTERN.test(id));
  }

  async list(): Promise<WorkspaceSummary[]> {
    const out: WorkspaceSummary[] = [];
    for (const id of this.ids()) {
      const file = this.fileOf(id);
      try {
        const handle = await this.get(id);
        const row = await handle.db.get<{ name: string }>('SELECT name FROM workspaces WHERE id = ?', [id]);
        const source = await readSource(handle.db);
        out.push({ id, name: row?.name ?? '', file, status: 'ready', problem: null, source });
      } catch (err) {
        const problem =
          err instanceof WorkspaceFileProblem
            ? { code: err.code, message: err.message }
            : { code: 'unreadable' as const, message: err instanceof Error ? err.message : String(err) };
        out.push({ id, name: '', file, status: 'unavailable', problem, source: null });
      }
    }
    return out.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  /** The open handle; opens (and checks) the file on first use. A failed open is retried next time. */
  get(id: string): Promise<WorkspaceHandle> {
    let pending = this.open.get(id);
    if (!pending) {
      const file = this.fileOf(id);
      if (!existsSync(file)) return Promise.reject(new ApiError('not_found', `no workspace with id ${id}`));
      pending = this.openFile(id, file, false);
      this.open.set(id, pending);
      pending.catch(() => this.open.delete(id));
    }
    return pending;
  }

  /** A new, empty workspace file with its identity written; the caller seeds it. */
  create(id: string): Promise<WorkspaceHandle> {
    const file = this.fileOf(id);
    if (existsSync(file)) return Promise.reject(new ApiError('invalid_input', `workspace ${id} exists already`));
    const pending = this.openFile(id, file, true);
    this.open.set(id, pending);
    pending.catch(() => this.open.delete(id));
    return pending;
  }

  /** Closes and deletes a workspace this service has just created (an import that failed halfway). */
  async discard(id: string): Promise<void> {
    const file = this.fileOf(id);
    const pending = this.open.get(id);
    this.open.delete(id);
    const handle = await pending?.catch(() => undefined);
    await handle?.db.close().catch(() => undefined);
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
  }

  private async openFile(id: string, file: string, fresh: boolean): Promise<WorkspaceHandle> {
    const { db, header } = await openWorkspaceFile(file, this.migrations);
    let nodeId = header.nodeId;
    if (fresh || !nodeId) {
      nodeId = nodeId ?? randomNodeId();
      await db.transaction(async (tx) => {
        await tx.run(`INSERT OR REPLACE INTO meta (key, value) VALUES ('workspace_id', ?), ('node_id', ?)`, [
          id,
          nodeId!,
        ]);
      });
    } else if (header.workspaceId && header.workspaceId !== id) {
      await db.close();
      throw new WorkspaceFileProblem('unreadable', `the file belongs to workspace ${header.workspaceId}, not ${id}`);
    }
    const clock = new HybridClock(nodeId, this.now);
    // The clock never runs behind what this file has already seen, even after a restart.
    const newest = await db.get<{ hlc: string | null }>('SELECT max(hlc) AS hlc FROM changes');
    if (newest?.hlc) clock.catchUp(newest.hlc);
    return { id, db, clock, history: new History() };
  }

  async closeAll(): Promise<void> {
    const handles = [...this.open.values()];
    this.open.clear();
    for (const pending of handles) {
      const handle = await pending.catch(() => undefined);
      await handle?.db.close().catch(() => undefined);
    }
  }
}
