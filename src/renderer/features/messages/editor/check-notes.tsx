import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { ConsistencyFinding, VariantField } from '../../../../shared/messages';
import type { Channel, Variant } from '../../../../shared/schema/tables';
import { findingText } from '../consistency/finding-text';

/**
 * What the consistency check knows about a text that the live editor cannot
 * see by itself: contradictions with facts, brand terms, drift from the core
 * message. Measured on the saved text, so it follows typing once a field is left.
 */
const NOTE_RULES = new Set<ConsistencyFinding['rule']>([
  'fact_contradiction',
  'banned_term',
  'required_term_missing',
  'drift_missing_fact',
  'drift_stale',
]);

export interface CheckNotes {
  byField: ReadonlyMap<VariantField | 'sms', ReactNode[]>;
  general: ReactNode[];
  drift: boolean;
}

export function checkNotes(
  t: TFunction,
  findings: readonly ConsistencyFinding[],
  variants: readonly Variant[],
  channels: ReadonlyMap<string, Channel>,
): CheckNotes {
  const byField = new Map<VariantField | 'sms', ReactNode[]>();
  const general: ReactNode[] = [];
  let drift = false;
  findings.forEach((f, i) => {
    if (!NOTE_RULES.has(f.rule)) return;
    if (f.rule === 'drift_missing_fact' || f.rule === 'drift_stale') drift = true;
    const note = (
      <span key={`n${i}`} className={`note-${f.severity}`}>
        {findingText(t, f, variants, channels)}
      </span>
    );
    if (f.field) byField.set(f.field, [...(byField.get(f.field) ?? []), note]);
    else general.push(note);
  });
  return { byField, general, drift };
}
