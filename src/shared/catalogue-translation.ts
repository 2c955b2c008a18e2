import type { FieldEdit } from './changes';
import {
  DEFAULT_CHANNELS,
  DEFAULT_DEPARTMENTS,
  DEFAULT_WORKSPACE_NAME,
  defaultNames,
  type Language,
} from './default-catalogue';
import type { Channel, Department } from './schema/tables';

/**
 * Translating the default catalogue: a workspace created in English and used
 * by a German team keeps "Physical store" until someone asks for "Filiale".
 * Only names still at a default (in either language, or an earlier version's
 * default) are translated; a name the team chose is theirs and stays. Nothing
 * happens unless the user asks, and the result is one batch of edits, so one
 * undo takes it back.
 */

export type TranslatedTable = 'channels' | 'departments' | 'workspaces';

export interface Renaming {
  table: TranslatedTable;
  id: string;
  from: string;
  to: string;
}

export interface KeptName {
  table: TranslatedTable;
  id: string;
  name: string;
  /** own: a name the team chose; taken: the translation is already another row's name. */
  why: 'own' | 'taken';
}

export interface CatalogueTranslation {
  renamings: Renaming[];
  kept: KeptName[];
}

export interface CatalogueRows {
  workspace: { id: string; name: string } | null;
  channels: readonly Pick<Channel, 'id' | 'name' | 'tombstone'>[];
  departments: readonly Pick<Department, 'id' | 'name' | 'tombstone'>[];
}

type Named = { de: string; en: string; formerly?: readonly string[] };

function translationOf(name: string, defaults: readonly Named[], to: Language): string | null {
  const trimmed = name.trim();
  const entry = defaults.find((d) => defaultNames(d).includes(trimmed));
  return entry ? entry[to] : null;
}

function plan(
  table: TranslatedTable,
  rows: readonly { id: string; name: string; tombstone?: boolean }[],
  defaults: readonly Named[],
  to: Language,
  out: CatalogueTranslation,
): void {
  const live = rows.filter((r) => !r.tombstone);
  const planned: Renaming[] = [];
  for (const row of live) {
    const target = translationOf(row.name, defaults, to);
    if (target === null) out.kept.push({ table, id: row.id, name: row.name, why: 'own' });
    else if (target !== row.name) planned.push({ table, id: row.id, from: row.name, to: target });
  }
  // Two rows must not end up with one name: a translation that another row already carries (and keeps) is left out.
  const fold = (s: string) => s.trim().toLocaleLowerCase();
  const renamed = new Set(planned.map((p) => p.id));
  const staying = new Set(live.filter((r) => !renamed.has(r.id)).map((r) => fold(r.name)));
  const claimed = new Set<string>();
  for (const p of planned) {
    const key = fold(p.to);
    if (staying.has(key) || claimed.has(key)) {
      out.kept.push({ table, id: p.id, name: p.from, why: 'taken' });
      continue;
    }
    claimed.add(key);
    out.renamings.push(p);
  }
}

/** What translating the catalogue into `to` would rename, and what it leaves alone. */
export function planCatalogueTranslation(rows: CatalogueRows, to: Language): CatalogueTranslation {
  const out: CatalogueTranslation = { renamings: [], kept: [] };
  plan('channels', rows.channels, DEFAULT_CHANNELS, to, out);
  plan('departments', rows.departments, DEFAULT_DEPARTMENTS, to, out);
  if (rows.workspace) plan('workspaces', [rows.workspace], [DEFAULT_WORKSPACE_NAME], to, out);
  return out;
}

/** The renamings as field edits: one batch, one undo. */
export function translationEdits(translation: CatalogueTranslation): FieldEdit[] {
  return translation.renamings.map((r) => ({ table: r.table, row: r.id, column: 'name', value: r.to }));
}
