import type { VariantField } from './constraints';

/**
 * What the consistency check reports. Findings are data: the renderer words
 * each `rule` (with its `params`) in the user's language and uses the ids to
 * link to the place to fix.
 */

export const CONSISTENCY_RULES = [
  /** A touchpoint on a channel has no message at all (neither its own nor its stage's). */
  'channel_without_variant',
  /** A touchpoint's message has no variant for the touchpoint's channel: the core message is sent as written. */
  'core_serves_channel',
  /** A number typed in a variant differs from the core message's number of the same kind. params: found, expected, start, end. */
  'number_differs',
  /** params: key, start, end. */
  'unknown_placeholder',
  /** params: kind (a PlaceholderProblemKind), start, end, key when guessable. */
  'malformed_placeholder',
  /** params: factKey, expected, found, start, end. */
  'fact_contradiction',
  /** A max length or the SMS segment limit is exceeded. params: constraint (max_length | sms_segments), limit, actual. */
  'over_length',
  /** Any other channel constraint. params: constraint (field_not_supported | field_required | link_not_allowed | image_not_allowed), match, start, end where known. */
  'channel_constraint',
  /** params: term, start, end. */
  'banned_term',
  /** params: term. */
  'required_term_missing',
  /** The core message uses a fact the variant no longer does. params: factKey. */
  'drift_missing_fact',
  /** The core message was edited after the variant. params: messageEdited, variantEdited. */
  'drift_stale',
  /** A variant's condition can never be chosen. params: reason (unknown_channel | archived_channel | shadowed | duplicate | duplicate_default), byVariantId, conditionChannelId where known. */
  'condition_never_applies',
  /** Conditional variants on a channel without a default. */
  'no_default_variant',
] as const;
export type ConsistencyRule = (typeof CONSISTENCY_RULES)[number];

export type Severity = 'error' | 'warning' | 'info';

/**
 * Errors reach the customer broken or break a rule of the channel or brand;
 * warnings are likely mistakes (contradictions are a heuristic, so warnings);
 * info is worth a look.
 */
export const RULE_SEVERITY: Readonly<Record<ConsistencyRule, Severity>> = {
  channel_without_variant: 'error',
  core_serves_channel: 'info',
  number_differs: 'warning',
  unknown_placeholder: 'error',
  malformed_placeholder: 'error',
  fact_contradiction: 'warning',
  over_length: 'error',
  channel_constraint: 'error',
  banned_term: 'error',
  required_term_missing: 'warning',
  drift_missing_fact: 'warning',
  drift_stale: 'info',
  condition_never_applies: 'warning',
  no_default_variant: 'warning',
};

/** Only what a user must act on lowers the score: notes are worth a look, nothing more. */
export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { error: 1, warning: 0.5, info: 0 };

/** Ids that do not apply are undefined (the keys are always there; JSON drops them). */
export interface ConsistencyFinding {
  rule: ConsistencyRule;
  severity: Severity;
  journeyId?: string;
  touchpointId?: string;
  messageId?: string;
  variantId?: string;
  channelId?: string;
  field?: VariantField | 'sms';
  params: Record<string, string | number>;
}

/**
 * score = round(100 × max(0, 1 − Σ weight / max(1, variants)))
 * with weights error 1, warning 0.5, info 0 (a note asks for no action). One error per variant on average
 * is a score of 0; a single error among 200 variants costs half a point. The
 * denominator is the number of variants checked so that a large workspace is
 * not punished for its size, and it is at least 1 so that a journey with
 * touchpoints but no variants at all still scores low.
 */
export function consistencyScore(findings: readonly Pick<ConsistencyFinding, 'severity'>[], variants: number): number {
  let penalty = 0;
  for (const f of findings) penalty += SEVERITY_WEIGHT[f.severity];
  return Math.round(100 * Math.max(0, 1 - penalty / Math.max(1, variants)));
}

/**
 * Orders edit stamps: hybrid-clock stamps (`<ISO>-<counter>-<node>`) or plain
 * ISO date-times, mixed. Wall time decides; at the same millisecond two clock
 * stamps compare as strings and a plain date-time equals either.
 * Unreadable stamps compare as equal, so they never raise a finding.
 */
export function compareStamps(a: string, b: string): number {
  // Fast path: both start with a UTC date-time to the millisecond, which orders as text.
  if (a.length >= 24 && b.length >= 24 && a.charCodeAt(23) === 0x5a && b.charCodeAt(23) === 0x5a) {
    for (let i = 0; i < 24; i += 1) {
      const d = a.charCodeAt(i) - b.charCodeAt(i);
      if (d !== 0) return d < 0 ? -1 : 1;
    }
  }
  const ma = stampMillis(a);
  const mb = stampMillis(b);
  if (ma === null || mb === null) return 0;
  if (ma !== mb) return ma < mb ? -1 : 1;
  if (HLC_SUFFIX.test(a) && HLC_SUFFIX.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return 0;
}

const HLC_SUFFIX = /-[0-9a-f]{4}-[0-9a-f]{16}$/;
const ISO_PREFIX = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})/;

function stampMillis(stamp: string): number | null {
  const m = ISO_PREFIX.exec(stamp);
  if (!m) return null;
  const millis = Date.parse(m[0]);
  return Number.isFinite(millis) ? millis : null;
}
