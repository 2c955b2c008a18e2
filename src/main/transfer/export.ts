import type { Change } from '../../shared/changes';
import type { TableName } from '../../shared/schema/tables';
import { workspaceFileName, writeWorkspaceFile } from '../../shared/workspace-file-format';
import type { Queries } from '../store/db';

export interface ExportedFile {
  fileName: string;
  content: string;
}

/** The workspace's whole change log, oldest first, values decoded from the JSON the log stores. */
export async function readChangeLog(db: Queries): Promise<Change[]> {
  const rows = await db.all<{ hlc: string; tbl: string; row_id: string; col: string; value: string }>(
    'SELECT hlc, tbl, row_id, col, value FROM changes ORDER BY hlc, tbl, row_id, col',
  );
  return rows.map((r) => ({
    hlc: r.hlc,
    table: r.tbl as TableName,
    row: r.row_id,
    column: r.col,
    value: JSON.parse(r.value) as Change['value'],
  }));
}

/** One workspace as a workspace file (see shared/workspace-file-format.ts). */
export async function exportWorkspace(
  db: Queries,
  workspaceId: string,
  options: { appVersion: string; now: Date },
): Promise<ExportedFile> {
  const row = await db.get<{ name: string }>('SELECT name FROM workspaces WHERE id = ?', [workspaceId]);
  const name = row?.name ?? '';
  const content = await writeWorkspaceFile(
    { appVersion: options.appVersion, exportedAt: options.now.toISOString(), workspace: { id: workspaceId, name } },
    await readChangeLog(db),
  );
  return { fileName: workspaceFileName(name, options.now), content };
}
