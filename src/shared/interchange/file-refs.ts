import type { Fact } from '../schema/tables';
import type { FileLink, FileVariant, JourneyFile } from './format';

/** The parts of a written journey file that reading it back relies on: its keys, and the small writers it shares. */

export interface FileRefs {
  stages: Map<string, string>;
  /** Touchpoint and backstage keys (one key space) → row id. */
  touchpoints: Map<string, string>;
  backstage: Map<string, string>;
  /** `${from}\u0000${to}` → row id. */
  transitions: Map<string, string>;
  handoffs: Map<string, string>;
  /** `${backstageKey}\u0000${touchpointKey}` → link row ids (several when made twice). */
  links: Map<string, string[]>;
  /** Message owner (see messageOwner) → message id. */
  messages: Map<string, string>;
  /** `${owner}\u0000${variantIdentity}` → variant id. */
  variants: Map<string, string>;
  personaId: string | null;
  /** Catalogue row id → its name in this file. */
  channelNames: Map<string, string>;
  departmentNames: Map<string, string>;
  systemNames: Map<string, string>;
}

export interface WrittenFile {
  file: JourneyFile;
  refs: FileRefs;
}

export const pairKey = (from: string, to: string): string => `${from}\u0000${to}`;
export const messageOwner = {
  journey: (): string => 'journey',
  stage: (key: string): string => `stage:${key}`,
  touchpoint: (key: string): string => `touchpoint:${key}`,
};

/** What tells two variants of one message apart, without an id: channel, condition and how many came before. */
export function variantIdentity(v: FileVariant, seen: Map<string, number>): string {
  const base = [v.channel, v.condition?.event ?? '', v.condition?.channel ?? ''].join('\u0001');
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return `${base}\u0001${n}`;
}

/** Put a value only when it is not the default. */
export function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K], isDefault: boolean): void {
  if (!isDefault) target[key] = value;
}

export function linkEntry(from: string, to: string, carries: boolean, notes: string): FileLink {
  const out: FileLink = { from, to };
  put(out, 'carries_context', true, !carries);
  put(out, 'notes', notes, notes === '');
  return out;
}

/** The facts the messages use, by key; of two facts with one key the lower id, as messages render them. */
export function chosenFacts(facts: readonly Fact[], keys: ReadonlySet<string>): NonNullable<JourneyFile['facts']> {
  const chosen = new Map<string, Fact>();
  for (const f of facts) {
    if (f.tombstone || !keys.has(f.key)) continue;
    const prev = chosen.get(f.key);
    if (!prev || (prev.archived && !f.archived) || (prev.archived === f.archived && f.id < prev.id))
      chosen.set(f.key, f);
  }
  return [...chosen.values()]
    .sort((a, b) => compareText(a.key, b.key))
    .map((f) => {
      const out: NonNullable<JourneyFile['facts']>[number] = { key: f.key };
      put(out, 'label', f.label, f.label === '');
      put(out, 'value', f.value, f.value === '');
      return out;
    });
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The same object with these keys first (a file reads key, title, stage, channel…). */
export function reorder<T extends object>(obj: T, first: readonly (keyof T)[]): T {
  const out = {} as T;
  for (const k of first) if (k in obj) out[k] = obj[k];
  for (const k of Object.keys(obj) as (keyof T)[]) if (!(k in out)) out[k] = obj[k];
  return out;
}
