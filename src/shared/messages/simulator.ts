import { catalogueRanks, touchpointTimeKey } from '../journey/time-key';
import { compareOrdered } from '../ordering';
import { chooseVariant, type ChoiceReason, type ConditionalVariant, type CustomerEventRecord } from './conditions';
import { VARIANT_FIELDS, type VariantField, type VariantTexts } from './constraints';
import { renderText, type FactValues, type Placeholder } from './placeholders';
import type { CustomerEvent } from '../schema/tables';

/**
 * The journey simulator: a customer walks the journey's touchpoints in the
 * map's order (orderTouchpoints) and, at each one, gets the variant chosen
 * for that touchpoint's channel from what they have done so far.
 *
 * The path is a list of events. An event with `before: n` happens just before
 * step n (0-based), so steps n and later know it; an event without `before`
 * happened before the journey started. A touchpoint without a message of its
 * own uses the message of its stage (a message with that stage and no
 * touchpoint), when there is one.
 */

export interface PathEvent extends CustomerEventRecord {
  event: CustomerEvent;
  before?: number;
}

export interface SimStage {
  id: string;
  sort_key: string;
  tombstone?: boolean;
}

export interface SimTouchpoint {
  id: string;
  stage_id: string | null;
  channel_id: string | null;
  sort_key: string;
  /** Its step in time ('' or absent: not yet placed; see journey/time-key.ts). */
  step_key?: string;
  archived?: boolean;
  tombstone?: boolean;
}

export interface SimChannel {
  id: string;
  sort_key: string;
  tombstone: boolean;
}

export interface SimMessage {
  id: string;
  stage_id: string | null;
  touchpoint_id: string | null;
  tombstone?: boolean;
}

export interface SimVariant extends ConditionalVariant, VariantTexts {
  message_id: string | null;
}

export interface SimulationInput<V extends SimVariant = SimVariant> {
  stages: readonly SimStage[];
  touchpoints: readonly SimTouchpoint[];
  /** The channel catalogue: parallel touchpoints go in lane order. */
  channels: readonly SimChannel[];
  messages: readonly SimMessage[];
  variants: readonly V[];
  facts: FactValues;
  path: readonly PathEvent[];
}

export type StepReason = ChoiceReason | { kind: 'no_message' } | { kind: 'no_channel' };

export interface SimulationStep<V extends SimVariant = SimVariant> {
  index: number;
  touchpointId: string;
  stageId: string | null;
  channelId: string | null;
  messageId: string | null;
  variant: V | null;
  reason: StepReason;
  /** The events the customer has done by this step, in path order. */
  history: PathEvent[];
  /** The chosen variant's fields with placeholders filled; null when no variant applies. */
  rendered: VariantTexts | null;
  /** Placeholders that named no fact, per field. */
  unknown: Partial<Record<VariantField, readonly Placeholder[]>>;
}

/**
 * Touchpoints in the order a customer meets them, the map's order (see
 * journey/slice.ts): stages in order; within a stage, steps in time (a row not
 * yet placed in time at the key derived from its lane); parallel touchpoints
 * in lane order. Archived ones are left out; those without a stage come last.
 */
export function orderTouchpoints<T extends SimTouchpoint>(
  stages: readonly SimStage[],
  touchpoints: readonly T[],
  channels: readonly SimChannel[],
): T[] {
  const rank = new Map<string, number>();
  [...stages]
    .filter((s) => !s.tombstone)
    .sort(compareOrdered)
    .forEach((s, i) => rank.set(s.id, i));
  const channelRank = catalogueRanks(channels);
  const last = Number.MAX_SAFE_INTEGER;
  const keyed = touchpoints
    .filter((t) => !t.tombstone && !t.archived)
    .map((t) => ({
      t,
      stage: (t.stage_id !== null ? rank.get(t.stage_id) : undefined) ?? last,
      time: touchpointTimeKey({ ...t, step_key: t.step_key ?? '' }, channelRank),
      lane: (t.channel_id !== null ? channelRank.get(t.channel_id) : undefined) ?? last,
    }));
  keyed.sort(
    (a, b) =>
      a.stage - b.stage ||
      (a.time < b.time ? -1 : a.time > b.time ? 1 : 0) ||
      a.lane - b.lane ||
      compareOrdered(a.t, b.t),
  );
  return keyed.map((k) => k.t);
}

function firstById<M extends { id: string }>(map: Map<string, M>, key: string, m: M): void {
  const prev = map.get(key);
  if (!prev || m.id < prev.id) map.set(key, m);
}

export function simulateJourney<V extends SimVariant>(input: SimulationInput<V>): SimulationStep<V>[] {
  const byTouchpoint = new Map<string, SimMessage>();
  const byStage = new Map<string, SimMessage>();
  for (const m of input.messages) {
    if (m.tombstone) continue;
    if (m.touchpoint_id !== null) firstById(byTouchpoint, m.touchpoint_id, m);
    else if (m.stage_id !== null) firstById(byStage, m.stage_id, m);
  }
  const variantsByMessage = new Map<string, V[]>();
  for (const v of input.variants) {
    if (v.tombstone || v.message_id === null) continue;
    const list = variantsByMessage.get(v.message_id);
    if (list) list.push(v);
    else variantsByMessage.set(v.message_id, [v]);
  }
  return orderTouchpoints(input.stages, input.touchpoints, input.channels).map((tp, index) => {
    const history = input.path.filter((e) => (e.before ?? 0) <= index);
    const message = byTouchpoint.get(tp.id) ?? (tp.stage_id !== null ? byStage.get(tp.stage_id) : undefined) ?? null;
    const step: SimulationStep<V> = {
      index,
      touchpointId: tp.id,
      stageId: tp.stage_id,
      channelId: tp.channel_id,
      messageId: message?.id ?? null,
      variant: null,
      reason: { kind: 'no_message' },
      history,
      rendered: null,
      unknown: {},
    };
    if (!message) return step;
    if (tp.channel_id === null) return { ...step, reason: { kind: 'no_channel' } };
    const choice = chooseVariant(variantsByMessage.get(message.id) ?? [], tp.channel_id, history);
    step.variant = choice.variant;
    step.reason = choice.reason;
    if (choice.variant) {
      const rendered = {} as VariantTexts;
      for (const field of VARIANT_FIELDS) {
        const r = renderText(choice.variant[field], input.facts);
        rendered[field] = r.text;
        if (r.unknown.length > 0) step.unknown[field] = r.unknown;
      }
      step.rendered = rendered;
    }
    return step;
  });
}
