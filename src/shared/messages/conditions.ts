import type { CustomerEvent } from '../schema/tables';

/**
 * Which variant a customer gets on a channel, given what they did elsewhere.
 *
 * Order of evaluation, for the variants of one message on one channel:
 * 1. lower `precedence` first (0 is the first to be tried, like a rank);
 * 2. at equal precedence a condition naming a channel before one that does not,
 *    because the narrower condition is the more deliberate one;
 * 3. then by id, so that every client picks the same variant.
 * The first conditional variant whose condition matches an event in the history
 * wins. When none matches, the default variant (condition null) applies; of
 * several defaults the first in the same order. No default and no match: none.
 *
 * A condition matches an event with the same name; when the condition names a
 * channel, the event must have happened on that channel.
 */

export interface VariantCondition {
  event: CustomerEvent;
  channelId: string | null;
}

export interface CustomerEventRecord {
  event: CustomerEvent;
  channelId?: string | null;
}

export interface ConditionalVariant {
  id: string;
  channel_id: string | null;
  condition: VariantCondition | null;
  precedence: number;
  tombstone?: boolean;
}

export type ChoiceReason =
  | {
      kind: 'condition';
      condition: VariantCondition;
      /** Index of the matching event in the history. */ eventIndex: number;
    }
  | { kind: 'default' }
  | { kind: 'none' };

export interface VariantChoice<V extends ConditionalVariant> {
  variant: V | null;
  reason: ChoiceReason;
}

export function compareEvaluationOrder(a: ConditionalVariant, b: ConditionalVariant): number {
  if (a.precedence !== b.precedence) return a.precedence - b.precedence;
  const aNarrow = a.condition?.channelId ? 0 : 1;
  const bNarrow = b.condition?.channelId ? 0 : 1;
  if (aNarrow !== bNarrow) return aNarrow - bNarrow;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The variants of one channel in the order they are tried. */
export function evaluationOrder<V extends ConditionalVariant>(variants: readonly V[], channelId: string): V[] {
  return variants.filter((v) => !v.tombstone && v.channel_id === channelId).sort(compareEvaluationOrder);
}

/** Index of the first event in the history that satisfies the condition, or -1. */
export function conditionMatch(condition: VariantCondition, history: readonly CustomerEventRecord[]): number {
  for (let i = 0; i < history.length; i += 1) {
    const e = history[i]!;
    if (e.event !== condition.event) continue;
    if (condition.channelId === null || (e.channelId ?? null) === condition.channelId) return i;
  }
  return -1;
}

export function chooseVariant<V extends ConditionalVariant>(
  variants: readonly V[],
  channelId: string,
  history: readonly CustomerEventRecord[],
): VariantChoice<V> {
  let fallback: V | null = null;
  for (const v of evaluationOrder(variants, channelId)) {
    if (v.condition === null) {
      fallback ??= v;
      continue;
    }
    const eventIndex = conditionMatch(v.condition, history);
    if (eventIndex >= 0) return { variant: v, reason: { kind: 'condition', condition: v.condition, eventIndex } };
  }
  return fallback ? { variant: fallback, reason: { kind: 'default' } } : { variant: null, reason: { kind: 'none' } };
}

export const CONDITION_WARNINGS = [
  /** The condition names a channel that does not exist (or was deleted). */
  'unknown_channel',
  /** The condition names an archived channel: no new events come from it. */
  'archived_channel',
  /** An earlier variant's condition is broader (same event, any channel) and always wins first. */
  'shadowed',
  /** An earlier variant has exactly the same condition; this one is never chosen. */
  'duplicate',
  /** Another default variant comes first; this one is never chosen. */
  'duplicate_default',
  /** Conditional variants but no default: customers without the event get nothing on this channel. */
  'no_default',
] as const;
export type ConditionWarningKind = (typeof CONDITION_WARNINGS)[number];

export interface ConditionWarning {
  kind: ConditionWarningKind;
  /** The channel the variants are for. */
  channelId: string;
  /** The variant that is affected; absent for no_default. */
  variantId?: string;
  /** For shadowed, duplicate and duplicate_default: the variant that wins instead. */
  byVariantId?: string;
  /** For unknown_channel and archived_channel: the channel the condition names. */
  conditionChannelId?: string;
}

export interface ChannelState {
  archived?: boolean;
  tombstone?: boolean;
}

/**
 * Conditions that can never apply or hide each other, for the variants of one
 * message (all channels). `channels` is every channel of the workspace by id.
 */
export function conditionWarnings(
  variants: readonly ConditionalVariant[],
  channels: ReadonlyMap<string, ChannelState>,
): ConditionWarning[] {
  const byChannel = new Map<string, ConditionalVariant[]>();
  for (const v of variants) {
    if (v.tombstone || v.channel_id === null) continue;
    const list = byChannel.get(v.channel_id);
    if (list) list.push(v);
    else byChannel.set(v.channel_id, [v]);
  }
  const out: ConditionWarning[] = [];
  for (const [channelId, list] of byChannel) {
    list.sort(compareEvaluationOrder);
    let firstDefault: ConditionalVariant | null = null;
    let conditional = 0;
    for (let j = 0; j < list.length; j += 1) {
      const v = list[j]!;
      const cond = v.condition;
      if (cond === null) {
        if (firstDefault)
          out.push({ kind: 'duplicate_default', channelId, variantId: v.id, byVariantId: firstDefault.id });
        else firstDefault = v;
        continue;
      }
      conditional += 1;
      if (cond.channelId !== null) {
        const ch = channels.get(cond.channelId);
        if (!ch || ch.tombstone)
          out.push({ kind: 'unknown_channel', channelId, variantId: v.id, conditionChannelId: cond.channelId });
        else if (ch.archived)
          out.push({ kind: 'archived_channel', channelId, variantId: v.id, conditionChannelId: cond.channelId });
      }
      const winner = earlierCover(list, j, cond);
      if (winner) {
        const same = winner.condition?.channelId === cond.channelId;
        out.push({ kind: same ? 'duplicate' : 'shadowed', channelId, variantId: v.id, byVariantId: winner.id });
      }
    }
    if (conditional > 0 && !firstDefault) out.push({ kind: 'no_default', channelId });
  }
  return out;
}

/** The first variant before index j whose condition matches whenever `cond` does. */
function earlierCover(
  list: readonly ConditionalVariant[],
  j: number,
  cond: VariantCondition,
): ConditionalVariant | null {
  for (let i = 0; i < j; i += 1) {
    const u = list[i]!.condition;
    if (u && u.event === cond.event && (u.channelId === null || u.channelId === cond.channelId)) return list[i]!;
  }
  return null;
}
