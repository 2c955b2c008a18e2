import type { FieldEdit } from './changes';
import { channelDefaults } from './channel-defaults';
import { newId } from './ids';
import { byOrder, keyBetween } from './ordering';
import type { ChannelKind, Row } from './schema/tables';
import { rowEdits } from './edits';

/** Colours new departments cycle through: calm, distinct, readable with white text. */
export const DEPARTMENT_PALETTE = [
  '#2563eb',
  '#9333ea',
  '#0f766e',
  '#c2410c',
  '#be185d',
  '#4d7c0f',
  '#0e7490',
  '#a16207',
];

/** The key after every existing row (archived ones included), so a restored row keeps its place. */
function keyAfterAll(rows: readonly { sort_key: string; id: string }[]): string {
  const last = byOrder(rows).at(-1);
  return keyBetween(last?.sort_key ?? null, null);
}

export function newDepartmentEdits(all: readonly Row<'departments'>[], name: string): FieldEdit[] {
  return rowEdits('departments', newId(), {
    name,
    color: DEPARTMENT_PALETTE[all.length % DEPARTMENT_PALETTE.length]!,
    sort_key: keyAfterAll(all),
  });
}

/** A new channel: the kind decides the sensible defaults for reach, ownership, back channel and message limits. */
export function newChannelEdits(all: readonly Row<'channels'>[], name: string, kind: ChannelKind): FieldEdit[] {
  return rowEdits('channels', newId(), { name, ...channelDefaults(kind), sort_key: keyAfterAll(all) });
}

/** Active and archived rows, each in catalogue order. */
export function splitArchived<R extends { archived: boolean; sort_key: string; id: string }>(
  rows: readonly R[],
): { active: R[]; archived: R[] } {
  const ordered = byOrder(rows);
  return { active: ordered.filter((r) => !r.archived), archived: ordered.filter((r) => r.archived) };
}
