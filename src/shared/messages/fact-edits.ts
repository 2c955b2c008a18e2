import type { FieldEdit } from '../changes';
import { parsePlaceholders, PLACEHOLDER_KEY_PATTERN, VARIANT_FIELDS, type VariantField } from './';
import type { Fact, Message, Variant } from '../schema/tables';
import { fieldEdit, rowEdits } from '../edits';

/** Facts' writes and checks, as pure functions. */

export type KeyProblem = 'empty' | 'pattern' | 'taken';

/** Why a key cannot be used, or null. Keys are unique among all facts, archived ones too, so restoring one never clashes. */
export function keyProblem(key: string, facts: readonly Fact[], self?: string): KeyProblem | null {
  if (key === '') return 'empty';
  if (!PLACEHOLDER_KEY_PATTERN.test(key) || key.length > 64) return 'pattern';
  if (facts.some((f) => f.key === key && f.id !== self)) return 'taken';
  return null;
}

const FOLD: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** A key made from a label: "Lieferzeit (Tage)" → "lieferzeit_tage". Empty when nothing usable remains. */
export function keyFromLabel(label: string): string {
  const folded = label
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => FOLD[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  const key = folded
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .replace(/_+$/, '');
  return key.slice(0, 64).replace(/_+$/, '');
}

export function newFactEdits(id: string, key: string, label: string, value: string): FieldEdit[] {
  return rowEdits('facts', id, { key, label, value, archived: false });
}

type TextRow = { id: string } & Partial<Record<VariantField, string>>;

/** `text` with every well-formed `{{from}}` written as `{{to}}`; spaces inside the braces are tidied away. */
export function renameInText(text: string, from: string, to: string): string {
  const hits = parsePlaceholders(text).placeholders.filter((p) => p.key === from);
  if (hits.length === 0) return text;
  let out = '';
  let at = 0;
  for (const p of hits) {
    out += `${text.slice(at, p.start)}{{${to}}}`;
    at = p.end;
  }
  return out + text.slice(at);
}

function rewrites(
  table: 'messages' | 'variants',
  rows: readonly TextRow[],
  fields: readonly VariantField[],
  from: string,
  to: string,
): FieldEdit[] {
  const edits: FieldEdit[] = [];
  for (const row of rows) {
    for (const field of fields) {
      const text = row[field];
      if (text === undefined || !text.includes(from)) continue;
      const next = renameInText(text, from, to);
      if (next !== text) edits.push({ table, row: row.id, column: field, value: next });
    }
  }
  return edits;
}

/** Renaming a fact's key and every placeholder that uses it, as one undoable step. */
export function renameKeyEdits(
  fact: Fact,
  to: string,
  messages: readonly Message[],
  variants: readonly Variant[],
): FieldEdit[] {
  return [
    fieldEdit('facts', fact.id, 'key', to),
    ...rewrites('messages', messages, ['headline', 'body', 'cta'], fact.key, to),
    ...rewrites('variants', variants, VARIANT_FIELDS, fact.key, to),
  ];
}
