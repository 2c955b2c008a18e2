import { z } from 'zod';
import { buildJourneySlice } from '../journey/slice';
import type {
  BackstageHandoff,
  BackstageLink,
  BackstageStep,
  Channel,
  Department,
  Journey,
  Persona,
  Row,
  Stage,
  SupportSystem,
  Touchpoint,
  Transition,
} from '../schema/tables';

/**
 * A journey frozen at sign-off. `buildSnapshot` turns the live rows into this
 * shape through the journey slice (also used for "the current state" when
 * comparing), so a snapshot holds the customer's time order, what the
 * customer thinks and feels, and the backstage with its hand-offs, as every
 * other view shows them. `parseSnapshot` reads a stored one back: the content
 * travels as JSON text through sync, so it is parsed, never trusted. Snapshots
 * of version 1 (before steps and the backstage existed) still open: they read
 * as having no order, no thoughts and no backstage.
 */

const id = z.string().min(1).max(64);
const text = z.string().max(20000);

const stageSchema = z.object({ id, name: text });
const touchpointV1 = z.object({
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
const touchpointSchema = touchpointV1.extend({ thinks: text, feels: text, says: text, pain_points: text });
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
/** A step in time: the touchpoints at it (parallel when several) and the backstage steps in its column. */
const stepSchema = z.object({ stage_id: id, touchpoint_ids: z.array(id), backstage_ids: z.array(id) });
const backstageSchema = z.object({
  id,
  stage_id: id.nullable(),
  department_id: id.nullable(),
  title: text,
  description: text,
  system_ids: z.array(id),
  /** The touchpoints it serves, in time order. */
  serves: z.array(id),
});
const backstageHandoffSchema = z.object({
  id,
  from_step_id: id.nullable(),
  to_step_id: id.nullable(),
  carries_context: z.boolean(),
  notes: text,
});
const namesV1 = z.object({
  persona: text.nullable(),
  channels: z.record(z.string(), text),
  departments: z.record(z.string(), text),
});
const journeySchema = z.object({ id, name: text, description: text, owner: text, persona_id: id.nullable() });

const contentV1 = z.object({
  version: z.literal(1),
  journey: journeySchema,
  stages: z.array(stageSchema),
  touchpoints: z.array(touchpointV1),
  transitions: z.array(transitionSchema),
  messages: z.array(messageSchema),
  variants: z.array(variantSchema),
  names: namesV1,
});

export const snapshotContentSchema = z.object({
  version: z.literal(2),
  journey: journeySchema,
  /** Stages in map order; touchpoints in time order (those off the map after them). */
  stages: z.array(stageSchema),
  touchpoints: z.array(touchpointSchema),
  transitions: z.array(transitionSchema),
  messages: z.array(messageSchema),
  variants: z.array(variantSchema),
  /** The steps in the customer's time order; null for a snapshot taken before steps existed. */
  order: z.array(stepSchema).nullable(),
  backstage: z.array(backstageSchema),
  backstage_handoffs: z.array(backstageHandoffSchema),
  /** Names as they were, so a snapshot still reads right after a channel is renamed or removed. */
  names: namesV1.extend({ systems: z.record(z.string(), text) }),
});

export type SnapshotContent = z.infer<typeof snapshotContentSchema>;
export type SnapshotTouchpoint = SnapshotContent['touchpoints'][number];
export type SnapshotMessage = SnapshotContent['messages'][number];
export type SnapshotVariant = SnapshotContent['variants'][number];
export type SnapshotBackstage = SnapshotContent['backstage'][number];
export type SnapshotStep = NonNullable<SnapshotContent['order']>[number];

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
  backstageSteps: readonly BackstageStep[];
  backstageLinks: readonly BackstageLink[];
  backstageHandoffs: readonly BackstageHandoff[];
  systems: readonly SupportSystem[];
}

/** The journey as it stands: live rows only, archived touchpoints and backstage steps left out. */
export function buildSnapshot(src: SnapshotSource): SnapshotContent {
  const j = src.journey;
  const slice = buildJourneySlice({
    journey: j,
    persona: src.personas.find((p) => p.id === j.persona_id && !p.tombstone) ?? null,
    stages: src.stages,
    touchpoints: src.touchpoints,
    transitions: src.transitions,
    backstageSteps: src.backstageSteps,
    backstageLinks: src.backstageLinks,
    backstageHandoffs: src.backstageHandoffs,
    messages: src.messages,
    variants: src.variants,
    channels: src.channels,
    departments: src.departments,
    systems: src.systems,
  });
  const stageIds = new Set(slice.stages.map((s) => s.id));
  // On the map in time order, then those without a stage or channel (listed, never dropped).
  const touchpoints = [...slice.touchpoints, ...slice.orphans];
  const tpIds = new Set(touchpoints.map((t) => t.id));
  const transitions = slice.allTransitions.filter(
    (t) => tpIds.has(t.from_touchpoint_id ?? '') && tpIds.has(t.to_touchpoint_id ?? ''),
  );
  const messages = src.messages.filter(
    (m) =>
      !m.tombstone &&
      (tpIds.has(m.touchpoint_id ?? '') ||
        (m.touchpoint_id === null && (stageIds.has(m.stage_id ?? '') || m.journey_id === j.id))),
  );
  const messageIds = new Set(messages.map((m) => m.id));
  const variants = src.variants.filter((v) => !v.tombstone && messageIds.has(v.message_id ?? ''));
  const backstage = [...slice.backstage.steps, ...slice.backstage.unplaced];
  const backstageIds = new Set(backstage.map((b) => b.id));
  const handoffs = slice.backstage.allHandoffs.filter(
    (h) => backstageIds.has(h.from_step_id ?? '') && backstageIds.has(h.to_step_id ?? ''),
  );

  const channelIds = new Set<string>();
  const departmentIds = new Set<string>();
  const systemIds = new Set<string>();
  for (const t of touchpoints) {
    if (t.channel_id) channelIds.add(t.channel_id);
    if (t.owner_department_id) departmentIds.add(t.owner_department_id);
    t.supporting_department_ids.forEach((d) => departmentIds.add(d));
  }
  for (const b of backstage) {
    if (b.department_id) departmentIds.add(b.department_id);
    b.system_ids.forEach((s) => systemIds.add(s));
  }
  for (const v of variants) if (v.channel_id) channelIds.add(v.channel_id);
  const namesOf = (rows: readonly { id: string; name: string; tombstone: boolean }[], ids: Set<string>) =>
    Object.fromEntries(rows.filter((r) => ids.has(r.id) && !r.tombstone).map((r) => [r.id, r.name]));

  return {
    version: 2,
    journey: { id: j.id, name: j.name, description: j.description, owner: j.owner, persona_id: j.persona_id },
    stages: slice.stages.map((s) => ({ id: s.id, name: s.name })),
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
      thinks: t.thinks,
      feels: t.feels,
      says: t.says,
      pain_points: t.pain_points,
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
    order: slice.steps.map((s) => ({
      stage_id: s.stageId,
      touchpoint_ids: s.touchpoints.map((t) => t.id),
      backstage_ids: s.backstage.map((b) => b.id),
    })),
    backstage: backstage.map((b) => ({
      id: b.id,
      stage_id: slice.stepOf.get(b.id)?.stageId ?? (stageIds.has(b.stage_id ?? '') ? b.stage_id : null),
      department_id: b.department_id,
      title: b.title,
      description: b.description,
      system_ids: [...b.system_ids],
      serves: (slice.backstage.serves.get(b.id) ?? []).map((t) => t.id),
    })),
    backstage_handoffs: handoffs.map((h) => ({
      id: h.id,
      from_step_id: h.from_step_id,
      to_step_id: h.to_step_id,
      carries_context: h.carries_context,
      notes: h.notes,
    })),
    names: {
      persona: slice.persona?.name ?? null,
      channels: namesOf(src.channels, channelIds),
      departments: namesOf(src.departments, departmentIds),
      systems: namesOf(src.systems, systemIds),
    },
  };
}

/** A version 1 snapshot read as version 2: no order known, nothing thought or felt, no backstage. */
function upgrade(v1: z.infer<typeof contentV1>): SnapshotContent {
  return {
    ...v1,
    version: 2,
    touchpoints: v1.touchpoints.map((t) => ({ ...t, thinks: '', feels: '', says: '', pain_points: '' })),
    order: null,
    backstage: [],
    backstage_handoffs: [],
    names: { ...v1.names, systems: {} },
  };
}

export type ParsedSnapshot = { ok: true; content: SnapshotContent } | { ok: false; error: string };

/** Reads stored content; a snapshot that is not valid JSON or not one of the known shapes says why instead of throwing. */
export function parseSnapshot(json: string): ParsedSnapshot {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, error: 'the snapshot is not valid JSON' };
  }
  const version = typeof raw === 'object' && raw !== null ? (raw as { version?: unknown }).version : undefined;
  const parsed = version === 1 ? contentV1.safeParse(raw) : snapshotContentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: `the snapshot does not have the expected shape (${issue ? `${issue.path.join('.') || 'content'}: ${issue.message}` : 'unknown'})`,
    };
  }
  return { ok: true, content: parsed.data.version === 1 ? upgrade(parsed.data) : parsed.data };
}
