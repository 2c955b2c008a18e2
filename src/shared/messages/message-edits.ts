import type { FieldEdit } from '../changes';
import {
  CUSTOMER_EVENTS,
  type Channel,
  type CustomerEvent,
  type Message,
  type Touchpoint,
  type Variant,
} from '../schema/tables';
import { evaluationOrder, smsUnicodeCost, VARIANT_FIELDS, type VariantCondition, type VariantField } from './';
import { fieldEdit, rowEdits } from '../edits';

/**
 * The writes of the Messages section, as pure functions from rows to field
 * edits, so that each user action is one undoable batch and testable without a page.
 */

export type CoreField = 'headline' | 'body' | 'cta';
export const CORE_FIELDS: readonly CoreField[] = ['headline', 'body', 'cta'];
const MAX_PRECEDENCE = 1000;

/** The touchpoint's core message; of several (written concurrently) the lowest id, as the simulator picks. */
export function messageOf(messages: readonly Message[], touchpointId: string): Message | undefined {
  let found: Message | undefined;
  for (const m of messages) if (m.touchpoint_id === touchpointId && (!found || m.id < found.id)) found = m;
  return found;
}

function newMessageEdits(tp: Touchpoint, id: string): FieldEdit[] {
  return rowEdits('messages', id, { journey_id: tp.journey_id, stage_id: tp.stage_id, touchpoint_id: tp.id });
}

/** Writes fields of a touchpoint's core message, creating the message on its first write. */
export function coreEdits(
  tp: Touchpoint,
  message: Message | undefined,
  changes: Partial<Record<CoreField, string>>,
  newId: string,
): FieldEdit[] {
  const id = message?.id ?? newId;
  const fields = CORE_FIELDS.flatMap((f) =>
    changes[f] === undefined ? [] : [fieldEdit('messages', id, f, changes[f])],
  );
  return message ? fields : [...newMessageEdits(tp, id), ...fields];
}

/** A message's variants on one channel as the editor lists them: conditional ones in the order tried, defaults last. */
export function channelVariants<V extends Variant>(variants: readonly V[], channelId: string): V[] {
  const order = evaluationOrder(variants, channelId);
  return [...order.filter((v) => v.condition !== null), ...order.filter((v) => v.condition === null)];
}

/** The first event no variant of the channel reacts to yet, so a new conditional variant does not shadow another. */
function freshCondition(siblings: readonly Variant[]): VariantCondition {
  const used = new Set(siblings.map((v) => v.condition?.event).filter((e): e is CustomerEvent => e !== undefined));
  return { event: CUSTOMER_EVENTS.find((e) => !used.has(e)) ?? CUSTOMER_EVENTS[0], channelId: null };
}

export interface NewVariant {
  edits: FieldEdit[];
  messageId: string;
}

/**
 * A new variant for a channel, derived from the core message. The first one on
 * a channel is its default; later ones start with a condition (tried after the
 * conditional ones already there), since a second default would never be chosen.
 */
export function newVariantEdits(
  tp: Touchpoint,
  message: Message | undefined,
  variants: readonly Variant[],
  channel: Channel,
  ids: { variant: string; message: string },
  conditional = false,
): NewVariant {
  const messageId = message?.id ?? ids.message;
  const edits = message ? [] : newMessageEdits(tp, messageId);
  const siblings = variants.filter((v) => v.message_id === messageId && v.channel_id === channel.id);
  const hasDefault = siblings.some((v) => v.condition === null);
  const condition = conditional || hasDefault ? freshCondition(siblings) : null;
  const last = Math.max(-1, ...siblings.filter((v) => v.condition !== null).map((v) => v.precedence));
  const core = { headline: message?.headline ?? '', body: message?.body ?? '', cta: message?.cta ?? '' };
  edits.push(
    ...rowEdits('variants', ids.variant, {
      message_id: messageId,
      channel_id: channel.id,
      ...core,
      subject: channel.constraints.subject ? core.headline : '',
      preheader: '',
      condition,
      precedence: condition === null ? 0 : Math.min(MAX_PRECEDENCE, last + 1),
    }),
  );
  return { edits, messageId };
}

/**
 * Moves a conditional variant one place up (-1) or down (+1) among the
 * conditional variants of its channel, numbering their precedence 0, 1, 2…
 * so the order shown is the order tried. Only changed numbers are written.
 */
export function moveVariantEdits(variants: readonly Variant[], variant: Variant, direction: -1 | 1): FieldEdit[] {
  if (variant.channel_id === null || variant.condition === null) return [];
  const mine = variants.filter((v) => v.message_id === variant.message_id);
  const order = channelVariants(mine, variant.channel_id).filter((v) => v.condition !== null);
  const from = order.findIndex((v) => v.id === variant.id);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= order.length) return [];
  [order[from], order[to]] = [order[to]!, order[from]!];
  return order.flatMap((v, i) => (v.precedence === i ? [] : [fieldEdit('variants', v.id, 'precedence', i)]));
}

/** A variant's condition; a default gives way to a condition tried after the others. */
export function conditionEdits(
  variants: readonly Variant[],
  variant: Variant,
  condition: VariantCondition | null,
): FieldEdit[] {
  const edits = [fieldEdit('variants', variant.id, 'condition', condition === null ? null : { ...condition })];
  if (variant.condition === null && condition !== null) {
    const others = variants.filter(
      (v) =>
        v.id !== variant.id &&
        v.message_id === variant.message_id &&
        v.channel_id === variant.channel_id &&
        v.condition !== null,
    );
    const last = Math.max(-1, ...others.map((v) => v.precedence));
    edits.push(fieldEdit('variants', variant.id, 'precedence', Math.min(MAX_PRECEDENCE, last + 1)));
  }
  return edits;
}

/** Replaces typographic characters that force an SMS into Unicode with their GSM-7 stand-ins, in the fields as shown (drafts included). */
export function smsReplacementEdits(variant: Variant, texts: Readonly<Record<VariantField, string>>): FieldEdit[] {
  const edits: FieldEdit[] = [];
  for (const field of VARIANT_FIELDS) {
    const replaced = smsUnicodeCost(texts[field]).replaced;
    if (replaced !== texts[field]) edits.push(fieldEdit('variants', variant.id, field, replaced));
  }
  return edits;
}

/** Takes the core message's headline, body and call to action over into a variant again. */
export function copyCoreEdits(variant: Variant, message: Message): FieldEdit[] {
  return CORE_FIELDS.filter((f) => variant[f] !== message[f]).map((f) =>
    fieldEdit('variants', variant.id, f, message[f]),
  );
}
