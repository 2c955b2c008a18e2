import type { FieldEdit } from '../../shared/changes';
import { DEFAULT_CHANNELS, DEFAULT_DEPARTMENTS, type Language } from '../../shared/default-catalogue';
import { newId } from '../../shared/ids';
import { keysBetween } from '../../shared/ordering';
import type { RowFields, TableName } from '../../shared/schema/tables';

/** The edits that create one row: one field edit per column given. */
export function rowEdits<T extends TableName>(table: T, row: string, fields: RowFields<T>): FieldEdit[] {
  return Object.entries(fields).map(([column, value]) => ({ table, row, column, value: value as FieldEdit['value'] }));
}

/** A new workspace: its own row and the default catalogue of departments and channels. */
export function seedWorkspaceEdits(
  workspaceId: string,
  name: string,
  language: Language,
  makeId: () => string = newId,
): FieldEdit[] {
  const edits = rowEdits('workspaces', workspaceId, { name });
  const departmentKeys = keysBetween(null, null, DEFAULT_DEPARTMENTS.length);
  DEFAULT_DEPARTMENTS.forEach((d, i) => {
    edits.push(
      ...rowEdits('departments', makeId(), { name: d[language], color: d.color, sort_key: departmentKeys[i]! }),
    );
  });
  const channelKeys = keysBetween(null, null, DEFAULT_CHANNELS.length);
  DEFAULT_CHANNELS.forEach((c, i) => {
    edits.push(
      ...rowEdits('channels', makeId(), {
        name: c[language],
        kind: c.kind,
        online: c.online,
        ownership: c.ownership,
        controlled: c.controlled,
        monitored: c.monitored,
        back_channel: c.backChannel,
        constraints: c.constraints,
        sort_key: channelKeys[i]!,
      }),
    );
  });
  return edits;
}
