import type { ChannelConstraints } from '../schema/tables';
import { conditionWarnings, type ConditionalVariant } from './conditions';
import { checkConstraints, VARIANT_FIELDS, type VariantField, type VariantTexts } from './constraints';
import { FindingScanner, type Where } from './consistency-scan';
import { compareStamps, consistencyScore, type ConsistencyFinding, type Severity } from './findings';
import type { FactLike } from './placeholders';
import { differingNumbers } from './number-drift';

/**
 * The consistency check over some journeys or a whole workspace: does every
 * channel get a variant, does every text say what the facts say, do the texts
 * fit their channels and the brand's term lists, and have variants kept up with
 * their core messages. See findings.ts for the rules and the score.
 *
 * Scope: the journeys named in `journeyIds`, or, without it, every journey that
 * is neither deleted nor archived plus messages that belong to no journey.
 * Archived or deleted touchpoints and their messages are out of scope. A
 * message belongs to its own journey_id or else its touchpoint's journey.
 *
 * Core messages are checked for placeholders, contradictions and banned terms
 * (they are what variants are written from); variants, what customers receive,
 * for everything. Placeholder and contradiction positions refer to the text as
 * typed; term, link and image positions to the rendered text.
 *
 * Speed: every field is parsed, rendered and searched once (a short text that
 * recurs, only once in all), lookups go through Maps, and term lists and fact
 * quantities are compiled once per run (see consistency-scan.ts).
 */

interface Flags {
  archived?: boolean;
  tombstone?: boolean;
}

export interface CheckJourney extends Flags {
  id: string;
}
export interface CheckChannel extends Flags {
  id: string;
  constraints: ChannelConstraints;
}
export interface CheckTouchpoint extends Flags {
  id: string;
  journey_id: string | null;
  channel_id: string | null;
  /** A touchpoint without a message of its own uses its stage's message (see simulator.ts). */
  stage_id?: string | null;
}
export interface CheckMessage extends Flags {
  id: string;
  journey_id: string | null;
  touchpoint_id: string | null;
  stage_id?: string | null;
  headline: string;
  body: string;
  cta: string;
  /** When the core text was last edited (hybrid-clock stamp or ISO date-time). */
  lastEdited?: string;
}
export interface CheckVariant extends Flags, ConditionalVariant, VariantTexts {
  message_id: string | null;
  lastEdited?: string;
}

export interface ConsistencyInput {
  journeys: readonly CheckJourney[];
  touchpoints: readonly CheckTouchpoint[];
  channels: readonly CheckChannel[];
  facts: readonly FactLike[];
  messages: readonly CheckMessage[];
  variants: readonly CheckVariant[];
  bannedTerms?: readonly string[];
  requiredTerms?: readonly string[];
  /** Last edit stamps by message or variant id; they take precedence over a row's own `lastEdited`. */
  lastEdited?: ReadonlyMap<string, string>;
  journeyIds?: readonly string[];
}

export interface ConsistencyReport {
  score: number;
  findings: ConsistencyFinding[];
  counts: Record<Severity, number> & { journeys: number; touchpoints: number; messages: number; variants: number };
}

const CORE_FIELDS: readonly VariantField[] = ['headline', 'body', 'cta'];

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

export function checkConsistency(input: ConsistencyInput): ConsistencyReport {
  const run = new FindingScanner(input.facts, input.bannedTerms ?? [], input.requiredTerms ?? []);
  const wanted = input.journeyIds ? new Set(input.journeyIds) : null;
  const journeys = new Set(
    input.journeys.filter((j) => !j.tombstone && (wanted ? wanted.has(j.id) : !j.archived)).map((j) => j.id),
  );
  const touchpoints = new Map<string, CheckTouchpoint>();
  for (const t of input.touchpoints) {
    if (!t.tombstone && !t.archived && t.journey_id !== null && journeys.has(t.journey_id)) touchpoints.set(t.id, t);
  }
  const channels = new Map(input.channels.map((c) => [c.id, c]));
  const messages: CheckMessage[] = [];
  const messageJourney = new Map<string, string | null>();
  for (const m of input.messages) {
    if (m.tombstone) continue;
    if (m.touchpoint_id !== null && !touchpoints.has(m.touchpoint_id)) continue;
    const journeyId =
      m.journey_id ?? (m.touchpoint_id !== null ? (touchpoints.get(m.touchpoint_id)?.journey_id ?? null) : null);
    if (journeyId === null ? wanted !== null : !journeys.has(journeyId)) continue;
    messages.push(m);
    messageJourney.set(m.id, journeyId);
  }
  const variantsByMessage = groupBy(
    input.variants.filter((v) => !v.tombstone),
    (v) => (v.message_id !== null && messageJourney.has(v.message_id) ? v.message_id : null),
  );
  const messagesByTouchpoint = groupBy(messages, (m) => m.touchpoint_id);
  const stamp = (row: { id: string; lastEdited?: string }): string | undefined =>
    input.lastEdited?.get(row.id) ?? row.lastEdited;

  let variantCount = 0;
  for (const m of messages) {
    const base: Where = {
      journeyId: messageJourney.get(m.id) ?? undefined,
      touchpointId: m.touchpoint_id ?? undefined,
      messageId: m.id,
      variantId: undefined,
      channelId: undefined,
    };
    const core = run.scan(CORE_FIELDS, m, base);
    const coreNumbers = core.numbers.map(([, q]) => q);
    const coreFacts = [...new Set(core.keys)].filter((k) => run.facts.has(k));
    const messageEdited = stamp(m);
    const variants = variantsByMessage.get(m.id) ?? [];
    variantCount += variants.length;
    for (const v of variants) {
      const where: Where = { ...base, variantId: v.id, channelId: v.channel_id ?? undefined };
      const from = run.findings.length;
      const { keys, rendered, seen, numbers } = run.scan(VARIANT_FIELDS, v, where);
      // A typed number that the core message has otherwise ("30 Tage" there, "14 Tage" here), fact or not;
      // a span already reported as contradicting a fact is not reported twice.
      const contradicted = new Set(
        run.findings
          .slice(from)
          .flatMap((f) => (f.rule === 'fact_contradiction' ? [`${f.field}:${f.params.start}`] : [])),
      );
      for (const d of differingNumbers(coreNumbers, numbers)) {
        if (contradicted.has(`${d.field}:${d.start}`)) continue;
        run.add('number_differs', where, d.field, { found: d.found, expected: d.expected, start: d.start, end: d.end });
      }
      const channel = v.channel_id !== null ? channels.get(v.channel_id) : undefined;
      if (channel && !channel.tombstone) {
        const texts = {} as VariantTexts;
        VARIANT_FIELDS.forEach((field, i) => (texts[field] = rendered[i] ?? ''));
        for (const x of checkConstraints(texts, channel.constraints)) {
          const { field, rule, ...rest } = x;
          const over = rule === 'max_length' || rule === 'sms_segments';
          run.add(over ? 'over_length' : 'channel_constraint', where, field, { constraint: rule, ...rest });
        }
      }
      for (const term of run.required)
        if (!seen.includes(term)) run.add('required_term_missing', where, undefined, { term });
      for (const key of coreFacts)
        if (!keys.includes(key)) run.add('drift_missing_fact', where, undefined, { factKey: key });
      const variantEdited = stamp(v);
      if (
        messageEdited !== undefined &&
        variantEdited !== undefined &&
        compareStamps(messageEdited, variantEdited) > 0
      ) {
        run.add('drift_stale', where, undefined, { messageEdited, variantEdited });
      }
    }
    for (const w of conditionWarnings(variants, channels)) {
      const where: Where = { ...base, variantId: w.variantId, channelId: w.channelId };
      if (w.kind === 'no_default') {
        run.add('no_default_variant', where, undefined, {});
        continue;
      }
      const params: ConsistencyFinding['params'] = { reason: w.kind };
      if (w.byVariantId !== undefined) params.byVariantId = w.byVariantId;
      if (w.conditionChannelId !== undefined) params.conditionChannelId = w.conditionChannelId;
      run.add('condition_never_applies', where, undefined, params);
    }
  }

  // Stage messages (no touchpoint of their own) speak for the stage's touchpoints without one.
  const messagesByStage = groupBy(messages, (m) => (m.touchpoint_id === null ? (m.stage_id ?? null) : null));
  for (const t of touchpoints.values()) {
    if (t.channel_id === null) continue;
    const channel = channels.get(t.channel_id);
    if (!channel || channel.tombstone) continue;
    const own = messagesByTouchpoint.get(t.id) ?? (t.stage_id ? messagesByStage.get(t.stage_id) : undefined);
    if (!own) {
      // Nothing written at all is the widest gap of all: the customer meets this channel and hears nothing.
      const where: Where = {
        journeyId: t.journey_id ?? undefined,
        touchpointId: t.id,
        messageId: undefined,
        variantId: undefined,
        channelId: t.channel_id,
      };
      run.add('channel_without_variant', where, undefined, {});
      continue;
    }
    for (const m of own) {
      const covered = (variantsByMessage.get(m.id) ?? []).some((v) => v.channel_id === t.channel_id);
      if (covered) continue;
      // The core message is what this channel then gets: worth a note, not an error.
      const where: Where = {
        journeyId: t.journey_id ?? undefined,
        touchpointId: t.id,
        messageId: m.id,
        variantId: undefined,
        channelId: t.channel_id,
      };
      run.add('core_serves_channel', where, undefined, {});
    }
  }

  const counts = {
    error: 0,
    warning: 0,
    info: 0,
    journeys: journeys.size,
    touchpoints: touchpoints.size,
    messages: messages.length,
    variants: variantCount,
  };
  for (const f of run.findings) counts[f.severity] += 1;
  return { score: consistencyScore(run.findings, variantCount), findings: run.findings, counts };
}
