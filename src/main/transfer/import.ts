import { fieldKey, type Change } from '../../shared/changes';
import type { TableName } from '../../shared/schema/tables';
import { readWorkspaceFile } from '../../shared/workspace-file-format';
import { applyChanges } from '../store/apply';
import type { Queries } from '../store/db';
import type { WorkspaceFiles, WorkspaceHandle } from '../service/workspaces';
import { knownFields, logKey } from '../sync/outbox';

export interface ImportOutcome {
  handle: WorkspaceHandle;
  created: boolean;
  received: number;
  /** Changes this workspace had not seen: now in its log (and pending for sync). */
  added: number;
  alreadyKnown: number;
  /** Fields whose value the import moved. */
  fieldsChanged: number;
  /** Fields the file changed too, where this workspace's newer value stays. */
  keptNewer: number;
  tables: TableName[];
}

/**
 * Merges a workspace file into the workspace with the same id on this device,
 * or into a new one made for it. Everything is checked before anything is
 * written, and the changes go through the one write path in one transaction:
 * per field the newest stamp wins, and changes already in the log are skipped,
 * so a second import, or an older copy, changes nothing.
 */
export async function importWorkspaceFile(
  files: Pick<WorkspaceFiles, 'ids' | 'get' | 'create' | 'discard'>,
  text: string,
  now: () => number,
  /** Throws when the changes new to this workspace may not be merged into it (a viewer's workspace). */
  admit: (workspaceId: string, fresh: readonly Change[]) => void = () => undefined,
): Promise<ImportOutcome> {
  const { header, changes } = await readWorkspaceFile(text, now());
  const id = header.workspace.id;
  const created = !files.ids().includes(id);
  const handle = created ? await files.create(id) : await files.get(id);
  try {
    const known = await knownFields(handle.db, changes);
    const fresh: Change[] = known.size === 0 ? changes : changes.filter((c) => !known.has(logKey(c)));
    admit(id, fresh);
    // Only the newest change per field goes through the merge: the file's own history
    // (a value someone later changed again) is no conflict here, it is just logged, in
    // the same transaction. Without `localNode`: merging a file is deliberate, so a
    // newer value from it is not logged as a sync conflict either. Fresh changes land
    // in the log unpushed, so a synced workspace sends them to its server.
    const { newest, superseded } = splitHistory(fresh);
    const outcome =
      newest.length > 0
        ? await applyChanges(handle.db, newest, {
            clock: handle.clock,
            now: () => new Date(now()),
            extra: (tx) => logOnly(tx, superseded),
          })
        : null;
    const moved = new Set(outcome?.applied.map(fieldKey));
    const touched = new Set(fresh.map(fieldKey));
    return {
      handle,
      created,
      received: changes.length,
      added: fresh.length,
      alreadyKnown: changes.length - fresh.length,
      fieldsChanged: outcome?.applied.length ?? 0,
      keptNewer: [...touched].filter((key) => !moved.has(key)).length,
      tables: outcome?.tables ?? [],
    };
  } catch (err) {
    // A workspace made for this file must not stay behind half-filled or empty.
    if (created) await files.discard(id);
    throw err;
  }
}

/** Per field the newest change, and the older ones that only belong in the log. */
function splitHistory(changes: readonly Change[]): { newest: Change[]; superseded: Change[] } {
  const best = new Map<string, Change>();
  for (const c of changes) {
    const key = fieldKey(c);
    const seen = best.get(key);
    if (!seen || c.hlc > seen.hlc) best.set(key, c);
  }
  return { newest: [...best.values()], superseded: changes.filter((c) => best.get(fieldKey(c)) !== c) };
}

const ROWS_PER_INSERT = 5_000;

/** Older changes into the change log only (checked like the rest; they move no field). */
async function logOnly(tx: Queries, changes: readonly Change[]): Promise<void> {
  for (let i = 0; i < changes.length; i += ROWS_PER_INSERT) {
    const part = changes.slice(i, i + ROWS_PER_INSERT);
    await tx.run(
      `INSERT OR IGNORE INTO changes (hlc, tbl, row_id, col, value) VALUES ${part.map(() => '(?,?,?,?,?)').join(',')}`,
      part.flatMap((c) => [c.hlc, c.table, c.row, c.column, JSON.stringify(c.value)]),
    );
  }
}
