import { ApiError } from '../../shared/contract';
import type { FieldEdit } from '../../shared/changes';
import { nameKey } from '../../shared/names';
import type { Queries } from '../store/db';

/** The catalogues whose names are unique (shared/names.ts); journeys and stages may share a name. */
const UNIQUE_NAMES = { departments: 'department', channels: 'channel' } as const;
type CatalogueTable = keyof typeof UNIQUE_NAMES;

/**
 * A local edit that would give a department or channel the name of another
 * one (archived ones too) is refused, whole batch, nothing written — the same
 * rule the settings page shows while typing, held below the page so that no
 * other caller (an import, a script, a second window) can break it. Names that
 * meet through sync or a workspace file are other people's work merged, not
 * refused: the lists tell them apart. A batch that swaps two names is judged
 * by where it ends, not by its steps.
 */
export async function refuseDuplicateCatalogueNames(db: Queries, edits: readonly FieldEdit[]): Promise<void> {
  for (const table of Object.keys(UNIQUE_NAMES) as CatalogueTable[]) {
    const renamed = new Map<string, { name: string; index: number }>();
    const removed = new Set<string>();
    edits.forEach((e, index) => {
      if (e.table !== table) return;
      if (e.column === 'name' && typeof e.value === 'string') renamed.set(e.row, { name: e.value, index });
      if (e.column === 'tombstone' && e.value === true) removed.add(e.row);
    });
    if (renamed.size === 0) continue;
    // The table name comes from the constant list above, never from the input.
    const stored = await db.all<{ id: string; name: string }>(`SELECT id, name FROM ${table} WHERE tombstone = 0`);
    const names = new Map(stored.map((r) => [r.id, r.name]));
    for (const [id, { name }] of renamed) names.set(id, name);
    for (const id of removed) names.delete(id);
    const holders = new Map<string, string[]>();
    for (const [id, name] of names) {
      const key = nameKey(name);
      if (key !== '') holders.set(key, [...(holders.get(key) ?? []), id]);
    }
    for (const [id, { name, index }] of renamed) {
      if (removed.has(id)) continue;
      const clash = (holders.get(nameKey(name)) ?? []).find((other) => other !== id);
      if (clash === undefined) continue;
      throw new ApiError(
        'invalid_input',
        `change ${index + 1}: another ${UNIQUE_NAMES[table]} is already called "${names.get(clash)}"`,
      );
    }
  }
}
