import type {
  SnapshotBackstage,
  SnapshotContent,
  SnapshotMessage,
  SnapshotTouchpoint,
  SnapshotVariant,
} from './snapshot';

/**
 * What changed in a journey since a snapshot was taken: the list a reviewer
 * reads before signing off again. Both sides are snapshot-shaped (the current
 * state is built with `buildSnapshot`), so names resolve from each side's own
 * name table and a renamed channel still reads as it was.
 */

export type DiffValue = string | number | boolean | null;

export const TOUCHPOINT_DIFF_FIELDS = [
  'title',
  'customer_action',
  'company_response',
  'owner_department_id',
  'supporting_department_ids',
  'emotion',
  'kpi',
  'back_channel',
  'knows_history',
  'notes',
  'thinks',
  'feels',
  'says',
  'pain_points',
] as const;
export type TouchpointDiffField = (typeof TOUCHPOINT_DIFF_FIELDS)[number];
export const MESSAGE_DIFF_FIELDS = ['headline', 'body', 'cta'] as const;
export const VARIANT_DIFF_FIELDS = [
  'headline',
  'body',
  'cta',
  'subject',
  'preheader',
  'condition',
  'precedence',
] as const;
export type MessageDiffField = (typeof MESSAGE_DIFF_FIELDS)[number];
export const BACKSTAGE_DIFF_FIELDS = ['title', 'description', 'department', 'systems', 'serves'] as const;
export type BackstageDiffField = (typeof BACKSTAGE_DIFF_FIELDS)[number];
export type VariantDiffField = (typeof VARIANT_DIFF_FIELDS)[number];

/** Where a touchpoint sits, by name. */
export interface Place {
  stage: string;
  channel: string;
}

export type SnapshotDiffEntry =
  | { kind: 'stage_added'; stage: string }
  | { kind: 'stage_removed'; stage: string }
  | { kind: 'stage_renamed'; from: string; to: string }
  | { kind: 'touchpoint_added'; touchpoint: string; place: Place }
  | { kind: 'touchpoint_removed'; touchpoint: string; place: Place }
  | { kind: 'touchpoint_moved'; touchpoint: string; from: Place; to: Place }
  | { kind: 'touchpoint_changed'; touchpoint: string; field: TouchpointDiffField; from: DiffValue; to: DiffValue }
  | { kind: 'transition_added'; from: string; to: string }
  | { kind: 'transition_removed'; from: string; to: string }
  | { kind: 'transition_context'; from: string; to: string; before: boolean; after: boolean }
  /** The time order of a stage's touchpoints changed: titles step by step (parallel ones together). */
  | { kind: 'order_changed'; stage: string; from: string[][]; to: string[][] }
  | { kind: 'backstage_added'; step: string; department: string }
  | { kind: 'backstage_removed'; step: string; department: string }
  | { kind: 'backstage_changed'; step: string; field: BackstageDiffField; from: DiffValue; to: DiffValue }
  | { kind: 'backstage_handoff_added'; from: string; to: string }
  | { kind: 'backstage_handoff_removed'; from: string; to: string }
  | { kind: 'backstage_handoff_context'; from: string; to: string; before: boolean; after: boolean }
  | { kind: 'message_added'; owner: string }
  | { kind: 'message_removed'; owner: string }
  | { kind: 'message_changed'; owner: string; field: MessageDiffField; from: DiffValue; to: DiffValue }
  | { kind: 'variant_added'; owner: string; channel: string }
  | { kind: 'variant_removed'; owner: string; channel: string }
  | {
      kind: 'variant_changed';
      owner: string;
      channel: string;
      field: VariantDiffField;
      from: DiffValue;
      to: DiffValue;
    };

const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));

/** Name lookups of one side. */
function namer(s: SnapshotContent) {
  const stages = byId(s.stages);
  const tps = byId(s.touchpoints);
  const messages = byId(s.messages);
  const channel = (id: string | null) => (id ? (s.names.channels[id] ?? '?') : '—');
  const department = (id: string | null) => (id ? (s.names.departments[id] ?? '?') : null);
  const stage = (id: string | null) => (id ? (stages.get(id)?.name ?? '?') : '—');
  const touchpoint = (id: string | null) => (id ? (tps.get(id)?.title ?? '?') : '?');
  const place = (t: SnapshotTouchpoint): Place => ({ stage: stage(t.stage_id), channel: channel(t.channel_id) });
  /** A message is named after what it belongs to: its touchpoint, else its stage, else the journey. */
  const owner = (m: SnapshotMessage | undefined) =>
    !m ? '?' : m.touchpoint_id ? touchpoint(m.touchpoint_id) : m.stage_id ? stage(m.stage_id) : s.journey.name;
  const messageOwner = (id: string | null) => owner(id ? messages.get(id) : undefined);
  const backstage = byId(s.backstage);
  const backstageStep = (id: string | null) => (id ? (backstage.get(id)?.title ?? '?') : '?');
  const system = (id: string) => s.names.systems[id] ?? '?';
  return { channel, department, stage, touchpoint, place, owner, messageOwner, backstageStep, system };
}

function touchpointValue(
  t: SnapshotTouchpoint,
  field: TouchpointDiffField,
  names: ReturnType<typeof namer>,
): DiffValue {
  if (field === 'owner_department_id') return names.department(t.owner_department_id);
  if (field === 'supporting_department_ids') {
    return t.supporting_department_ids
      .map((d) => names.department(d) ?? '?')
      .sort()
      .join(', ');
  }
  return t[field];
}

function variantValue(v: SnapshotVariant, field: VariantDiffField, names: ReturnType<typeof namer>): DiffValue {
  if (field === 'condition') {
    if (!v.condition) return null;
    return v.condition.channelId ? `${v.condition.event} @ ${names.channel(v.condition.channelId)}` : v.condition.event;
  }
  return v[field];
}

function backstageValue(b: SnapshotBackstage, field: BackstageDiffField, names: ReturnType<typeof namer>): DiffValue {
  switch (field) {
    case 'department':
      return names.department(b.department_id);
    case 'systems':
      return b.system_ids.map(names.system).sort().join(', ');
    case 'serves':
      return b.serves.map(names.touchpoint).join(', ');
    default:
      return b[field];
  }
}

/** A stage's steps as groups of the given touchpoints (parallel ones together), in time order. */
function stageOrder(s: SnapshotContent, stageId: string, keep: ReadonlySet<string>): string[][] {
  return (s.order ?? [])
    .filter((step) => step.stage_id === stageId)
    .map((step) => step.touchpoint_ids.filter((id) => keep.has(id)))
    .filter((group) => group.length > 0);
}

const sameOrder = (a: readonly string[][], b: readonly string[][]) =>
  a.length === b.length && a.every((g, i) => [...g].sort().join('\u0000') === [...b[i]!].sort().join('\u0000'));

/**
 * Order, backstage steps and backstage hand-offs. A snapshot taken before
 * steps existed has no order to compare; its empty backstage makes today's
 * backstage read as added, which it was.
 */
function diffInTime(before: SnapshotContent, after: SnapshotContent, out: SnapshotDiffEntry[]): void {
  const a = namer(before);
  const b = namer(after);
  if (before.order && after.order) {
    const oldStages = new Set(before.stages.map((s) => s.id));
    const oldTps = byId(before.touchpoints);
    for (const stage of after.stages) {
      if (!oldStages.has(stage.id)) continue;
      // Touchpoints in this stage then and now: added, removed and moved ones have entries of their own.
      const keep = new Set(
        after.touchpoints
          .filter((t) => t.stage_id === stage.id && oldTps.get(t.id)?.stage_id === stage.id)
          .map((t) => t.id),
      );
      const from = stageOrder(before, stage.id, keep);
      const to = stageOrder(after, stage.id, keep);
      if (!sameOrder(from, to))
        out.push({
          kind: 'order_changed',
          stage: stage.name,
          from: from.map((g) => g.map(a.touchpoint)),
          to: to.map((g) => g.map(b.touchpoint)),
        });
    }
  }

  const oldSteps = byId(before.backstage);
  const newSteps = byId(after.backstage);
  for (const s of before.backstage)
    if (!newSteps.has(s.id))
      out.push({ kind: 'backstage_removed', step: s.title, department: a.department(s.department_id) ?? '—' });
  for (const s of after.backstage) {
    const old = oldSteps.get(s.id);
    if (!old) {
      out.push({ kind: 'backstage_added', step: s.title, department: b.department(s.department_id) ?? '—' });
      continue;
    }
    for (const field of BACKSTAGE_DIFF_FIELDS) {
      const from = backstageValue(old, field, a);
      const to = backstageValue(s, field, b);
      if (from !== to) out.push({ kind: 'backstage_changed', step: s.title, field, from, to });
    }
  }

  const ends = (h: { from_step_id: string | null; to_step_id: string | null }) => `${h.from_step_id}>${h.to_step_id}`;
  const oldHandoffs = new Map(before.backstage_handoffs.map((h) => [ends(h), h]));
  const newHandoffs = new Map(after.backstage_handoffs.map((h) => [ends(h), h]));
  for (const [key, h] of oldHandoffs)
    if (!newHandoffs.has(key))
      out.push({
        kind: 'backstage_handoff_removed',
        from: a.backstageStep(h.from_step_id),
        to: a.backstageStep(h.to_step_id),
      });
  for (const [key, h] of newHandoffs) {
    const old = oldHandoffs.get(key);
    const from = b.backstageStep(h.from_step_id);
    const to = b.backstageStep(h.to_step_id);
    if (!old) out.push({ kind: 'backstage_handoff_added', from, to });
    else if (old.carries_context !== h.carries_context)
      out.push({ kind: 'backstage_handoff_context', from, to, before: old.carries_context, after: h.carries_context });
  }
}

export function diffSnapshot(before: SnapshotContent, after: SnapshotContent): SnapshotDiffEntry[] {
  const out: SnapshotDiffEntry[] = [];
  const a = namer(before);
  const b = namer(after);

  const oldStages = byId(before.stages);
  const newStages = byId(after.stages);
  for (const s of before.stages) if (!newStages.has(s.id)) out.push({ kind: 'stage_removed', stage: s.name });
  for (const s of after.stages) {
    const old = oldStages.get(s.id);
    if (!old) out.push({ kind: 'stage_added', stage: s.name });
    else if (old.name !== s.name) out.push({ kind: 'stage_renamed', from: old.name, to: s.name });
  }

  const oldTps = byId(before.touchpoints);
  const newTps = byId(after.touchpoints);
  for (const t of before.touchpoints)
    if (!newTps.has(t.id)) out.push({ kind: 'touchpoint_removed', touchpoint: t.title, place: a.place(t) });
  for (const t of after.touchpoints) {
    const old = oldTps.get(t.id);
    if (!old) {
      out.push({ kind: 'touchpoint_added', touchpoint: t.title, place: b.place(t) });
      continue;
    }
    if (old.stage_id !== t.stage_id || old.channel_id !== t.channel_id) {
      out.push({ kind: 'touchpoint_moved', touchpoint: t.title, from: a.place(old), to: b.place(t) });
    }
    for (const field of TOUCHPOINT_DIFF_FIELDS) {
      const from = touchpointValue(old, field, a);
      const to = touchpointValue(t, field, b);
      if (from !== to) out.push({ kind: 'touchpoint_changed', touchpoint: t.title, field, from, to });
    }
  }

  // Transitions are compared by their ends: redrawing the same arrow is no change.
  const ends = (t: { from_touchpoint_id: string | null; to_touchpoint_id: string | null }) =>
    `${t.from_touchpoint_id}>${t.to_touchpoint_id}`;
  const oldTr = new Map(before.transitions.map((t) => [ends(t), t]));
  const newTr = new Map(after.transitions.map((t) => [ends(t), t]));
  for (const [key, t] of oldTr) {
    if (!newTr.has(key))
      out.push({
        kind: 'transition_removed',
        from: a.touchpoint(t.from_touchpoint_id),
        to: a.touchpoint(t.to_touchpoint_id),
      });
  }
  for (const [key, t] of newTr) {
    const old = oldTr.get(key);
    const from = b.touchpoint(t.from_touchpoint_id);
    const to = b.touchpoint(t.to_touchpoint_id);
    if (!old) out.push({ kind: 'transition_added', from, to });
    else if (old.carries_context !== t.carries_context)
      out.push({ kind: 'transition_context', from, to, before: old.carries_context, after: t.carries_context });
  }
  diffInTime(before, after, out);

  const oldMsgs = byId(before.messages);
  const newMsgs = byId(after.messages);
  for (const m of before.messages) if (!newMsgs.has(m.id)) out.push({ kind: 'message_removed', owner: a.owner(m) });
  for (const m of after.messages) {
    const old = oldMsgs.get(m.id);
    if (!old) {
      out.push({ kind: 'message_added', owner: b.owner(m) });
      continue;
    }
    for (const field of MESSAGE_DIFF_FIELDS) {
      if (old[field] !== m[field])
        out.push({ kind: 'message_changed', owner: b.owner(m), field, from: old[field], to: m[field] });
    }
  }

  const oldVars = byId(before.variants);
  const newVars = byId(after.variants);
  for (const v of before.variants) {
    if (!newVars.has(v.id))
      out.push({ kind: 'variant_removed', owner: a.messageOwner(v.message_id), channel: a.channel(v.channel_id) });
  }
  for (const v of after.variants) {
    const old = oldVars.get(v.id);
    const owner = b.messageOwner(v.message_id);
    const channel = b.channel(v.channel_id);
    if (!old) {
      out.push({ kind: 'variant_added', owner, channel });
      continue;
    }
    for (const field of VARIANT_DIFF_FIELDS) {
      const from = variantValue(old, field, a);
      const to = variantValue(v, field, b);
      if (from !== to) out.push({ kind: 'variant_changed', owner, channel, field, from, to });
    }
  }
  return out;
}
