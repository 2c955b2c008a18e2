import { fieldKey, type Change } from '../../shared/changes';
import type { TableName } from '../../shared/schema/tables';
import { readWorkspaceFile } from '../../shared/workspace-file-format';
import { applyChanges } from '../store/apply';
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
): Promise<ImportOutcome> {
  const { header, changes } = await readWorkspaceFile(text, now());
  const id = header.workspace.id;
  const created = !files.ids().includes(id);
  const handle = created ? await files.create(id) : await files.get(id);
  try {
    const known = await knownFields(handle.db, changes);
    const fresh: Change[] = known.size === 0 ? changes : changes.filter((c) => !known.has(logKey(c)));
    // Without `localNode`: merging a file is deliberate, so a newer value from it is
    // not logged as a sync conflict. A fresh change lands in the log unpushed, so a
    // synced workspace sends it to its server.
    const outcome = fresh.length > 0 ? await applyChanges(handle.db, fresh, { clock: handle.clock, now: () => new Date(now()) }) : null;
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
