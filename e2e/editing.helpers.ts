import type { FieldEdit } from '../src/shared/changes';
import type { HostControl } from './host-fixture';

/** Seeding and reading a workspace straight through the browser host's services (the same write path the page uses). */

export async function workspaceIdOf(host: HostControl): Promise<string> {
  const [workspace] = await host.current.service.handlers['workspaces.list']({});
  if (!workspace) throw new Error('no workspace yet: open the app first');
  return workspace.id;
}

export async function seed(host: HostControl, edits: FieldEdit[], label = 'seed'): Promise<void> {
  const workspaceId = await workspaceIdOf(host);
  await host.current.service.handlers['edits.apply']({ workspaceId, label, edits });
}

export async function rowsOf(host: HostControl, table: string): Promise<Record<string, unknown>[]> {
  const workspaceId = await workspaceIdOf(host);
  return (await host.current.service.handlers['rows.list']({
    workspaceId,
    table: table as never,
    includeDeleted: false,
  })) as unknown as Record<string, unknown>[];
}

/** Field edits that create one row. */
export function row(table: string, id: string, fields: Record<string, FieldEdit['value']>): FieldEdit[] {
  return Object.entries(fields).map(([column, value]) => ({
    table: table as FieldEdit['table'],
    row: id,
    column,
    value,
  }));
}
