import { VARIANT_FIELDS, type VariantField } from './constraints';
import { parsePlaceholders } from './placeholders';

/**
 * Where a fact is used, so that deleting or renaming it can show what would
 * break before it does (the editor refuses or asks; this only finds).
 */

export interface UsageMessage {
  id: string;
  headline: string;
  body: string;
  cta: string;
  tombstone?: boolean;
}

export interface UsageVariant extends Partial<Record<VariantField, string>> {
  id: string;
  message_id: string | null;
  tombstone?: boolean;
}

export interface FactUsage {
  messageId: string | null;
  /** Absent when the use is in the core message. */
  variantId?: string;
  field: VariantField;
  count: number;
}

export function factUsages(
  key: string,
  messages: readonly UsageMessage[],
  variants: readonly UsageVariant[],
): FactUsage[] {
  const needle = '{{';
  const out: FactUsage[] = [];
  const count = (text: string | undefined): number => {
    // Most texts do not mention the key at all; only those are parsed.
    if (text === undefined || text.indexOf(needle) < 0 || text.indexOf(key) < 0) return 0;
    return parsePlaceholders(text).placeholders.filter((p) => p.key === key).length;
  };
  for (const m of messages) {
    if (m.tombstone) continue;
    for (const field of ['headline', 'body', 'cta'] as const) {
      const n = count(m[field]);
      if (n > 0) out.push({ messageId: m.id, field, count: n });
    }
  }
  for (const v of variants) {
    if (v.tombstone) continue;
    for (const field of VARIANT_FIELDS) {
      const n = count(v[field]);
      if (n > 0) out.push({ messageId: v.message_id, variantId: v.id, field, count: n });
    }
  }
  return out;
}
