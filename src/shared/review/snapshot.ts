import { z } from 'zod';
import { byOrder } from '../ordering';
import type { Channel, Department, Journey, Persona, Row, Stage, Touchpoint, Transition } from '../schema/tables';

/**
 * A journey frozen at sign-off. `buildSnapshot` turns the live rows into this
 * shape (also used for "the current state" when comparing), and
 * `parseSnapshot` reads a stored one back: the content travels as JSON text
 * through sync, so it is parsed, never trusted.
 */

const id = z.string().min(1).max(64);
const text = z.string().max(20000);

const stageSchema = z.object({ id, name: text });
const touchpointSchema = z.object({
  id,
  stage_id: id.nullable(),
  channel_id: id.nullable(),
  title: text,
  customer_action: text,
  company_response: text,
  owner_department_id: id.nullable(),
  supporting_department_ids: z.array(id),
  emotion: z.number().int(),
  kpi: text,
  back_channel: z.boolean(),
  knows_history: z.boolean(),
  notes: text,
});
const transitionSchema = z.object({
  id,
  from_touchpoint_id: id.nullable(),
  to_touchpoint_id: id.nullable(),
  carries_context: z.boolean(),
  notes: text,
});
const messageSchema = z.object({
  id,
  stage_id: id.nullable(),
  touchpoint_id: id.nullable(),
  headline: text,
  body: text,
  cta: text,
});
const variantSchema = z.object({
  id,
  message_id: id.nullable(),
  channel_id: id.nullable(),
  headline: text,
  body: text,
  cta: text,
  subject: text,
  preheader: text,
  condition: z.object({ event: z.string().max(64), channelId: id.nullable() }).nullable(),
  precedence: z.number().int(),
});

export const snapshotContentSchema = z.object({
  version: z.literal(1),
  journey: z.object({ id, name: text, description: text, owner: text, persona_id: id.nullable() }),
  /** Stages in map order; touchpoints in their order within a cell. */
  stages: z.array(stageSchema),
  touchpoints: z.array(touchpointSchema),
  transitions: z.array(transitionSchema),
  messages: z.array(messageSchema),
  variants: z.array(variantSchema),
  /** Names as they were, so a snapshot still reads right after a channel is renamed or removed. */
  names: z.object({
    persona: text.nullable(),
    channels: z.record(z.string(), text),
    departments: z.record(z.string(), text),
  }),
});

export type SnapshotContent = z.infer<typeof snapshotContentSchema>;
export type SnapshotTouchpoint = SnapshotContent['touchpoints'][number];
export type SnapshotMessage = SnapshotContent['messages'][number];
export type SnapshotVariant = SnapshotContent['variants'][number];

export interface SnapshotSource {
  journey: Journey;
  stages: readonly Stage[];
  touchpoints: readonly Touchpoint[];
  transitions: readonly Transition[];
  messages: readonly Row<'messages'>[];
  variants: readonly Row<'variants'>[];
  channels: readonly Channel[];
  departments: readonly Department[];
  personas: readonly Persona[];
}

/** The journey as it stands: live rows only, archived touchpoints left out (they are off the map). */
export function buildSnapshot(src: SnapshotSource): SnapshotContent {
  const j = src.journey;
  const stages = byOrder(src.stages.filter((s) => !s.tombstone && s.journey_id === j.id));
  const stageIds = new Set(stages.map((s) => s.id));
  const touchpoints = byOrder(src.touchpoints.filter((t) => !t.tombstone && !t.archived && t.journey_id === j.id));
  const tpIds = new Set(touchpoints.map((t) => t.id));
  const transitions = src.transitions.filter(
    (t) =>
      !t.tombstone &&
      t.journey_id === j.id &&
      tpIds.has(t.from_touchpoint_id ?? '') &&
      tpIds.has(t.to_touchpoint_id ?? ''),
  );
  const messages = src.messages.filter(
    (m) =>
      !m.tombstone &&
      (tpIds.has(m.touchpoint_id ?? '') ||
        (m.touchpoint_id === null && (stageIds.has(m.stage_id ?? '') || m.journey_id === j.id))),
  );
  const messageIds = new Set(messages.map((m) => m.id));
  const variants = src.variants.filter((v) => !v.tombstone && messageIds.has(v.message_id ?? ''));

  const channelIds = new Set<string>();
  const departmentIds = new Set<string>();
  for (const t of touchpoints) {
    if (t.channel_id) channelIds.add(t.channel_id);
    if (t.owner_department_id) departmentIds.add(t.owner_department_id);
    t.supporting_department_ids.forEach((d) => departmentIds.add(d));
  }
  for (const v of variants) if (v.channel_id) channelIds.add(v.channel_id);
  const namesOf = (rows: readonly { id: string; name: string }[], ids: Set<string>) =>
    Object.fromEntries(rows.filter((r) => ids.has(r.id)).map((r) => [r.id, r.name]));

  return {
    version: 1,
    journey: { id: j.id, name: j.name, description: j.description, owner: j.owner, persona_id: j.persona_id },
    stages: stages.map((s) => ({ id: s.id, name: s.name })),
    touchpoints: touchpoints.map((t) => ({
      id: t.id,
      stage_id: t.stage_id,
      channel_id: t.channel_id,
      title: t.title,
      customer_action: t.customer_action,
      company_response: t.company_response,
      owner_department_id: t.owner_department_id,
      supporting_department_ids: [...t.supporting_department_ids],
      emotion: t.emotion,
      kpi: t.kpi,
      back_channel: t.back_channel,
      knows_history: t.knows_history,
      notes: t.notes,
    })),
    transitions: transitions.map((t) => ({
      id: t.id,
      from_touchpoint_id: t.from_touchpoint_id,
      to_touchpoint_id: t.to_touchpoint_id,
      carries_context: t.carries_context,
      notes: t.notes,
    })),
    messages: messages.map((m) => ({
      id: m.id,
      stage_id: m.stage_id,
      touchpoint_id: m.touchpoint_id,
      headline: m.headline,
      body: m.body,
      cta: m.cta,
    })),
    variants: variants.map((v) => ({
      id: v.id,
      message_id: v.message_id,
      channel_id: v.channel_id,
      headline: v.headline,
      body: v.body,
      cta: v.cta,
      subject: v.subject,
      preheader: v.preheader,
      condition: v.condition ? { event: v.condition.event, channelId: v.condition.channelId } : null,
      precedence: v.precedence,
    })),
    names: {
      persona: src.personas.find((p) => p.id === j.persona_id && !p.tombstone)?.name ?? null,
      channels: namesOf(src.channels, channelIds),
      departments: namesOf(src.departments, departmentIds),
    },
  };
}

export type ParsedSnapshot = { ok: true; content: SnapshotContent } | { ok: false; error: string };

/** Reads stored content; a snapshot that is not valid JSON or not this shape says why instead of throwing. */
export function parseSnapshot(json: string): ParsedSnapshot {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, error: 'the snapshot is not valid JSON' };
  }
  const parsed = snapshotContentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: `the snapshot does not have the expected shape (${issue ? `${issue.path.join('.') || 'content'}: ${issue.message}` : 'unknown'})`,
    };
  }
  return { ok: true, content: parsed.data };
}
