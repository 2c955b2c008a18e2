import { z } from 'zod';
import { byOrder } from '../ordering';
import type { Channel, Department, Journey, Persona, Stage, Touchpoint, Transition } from '../schema/tables';

/** The rows a journey export reads; deleted and archived rows may be passed in, they are left out here. */
export interface JourneyExportInput {
  journey: Journey;
  persona: Persona | null;
  stages: readonly Stage[];
  touchpoints: readonly Touchpoint[];
  transitions: readonly Transition[];
  channels: readonly Channel[];
  departments: readonly Department[];
}

const label = z.string().max(200);

/**
 * The words of a journey export in the reader's language. The page translates
 * them (the main process has no catalogue) and sends them with the request.
 */
export const journeyLabelsSchema = z.object({
  /** The reader's language: long words in the layout break by its hyphenation patterns. */
  language: z.enum(['de', 'en']),
  /** "Customer journey": the document kind, also the file name's first word. */
  kind: label,
  persona: label,
  /** The export date, formatted by the page in its locale. */
  date: label,
  /** "Page {page} of {pages}". */
  page: label,
  noChannel: label,
  noOwner: label,
  untitled: label,
  unnamedStage: label,
  continued: label,
  backChannel: label,
  knowsHistory: label,
  emotion: label,
  legend: label,
  departments: label,
  handoffs: label,
  noHandoffs: label,
  empty: label,
});
export type JourneyLabels = z.infer<typeof journeyLabelsSchema>;

export interface Lane {
  /** null: touchpoints whose channel is unset, deleted or archived. */
  channelId: string | null;
  name: string;
}

export interface LostHandoff {
  number: number;
  from: Touchpoint;
  to: Touchpoint;
}

/** The journey resolved into what a printed map shows: stages, lanes in use, cells, hand-offs that lose context. */
export interface ResolvedJourney {
  stages: Stage[];
  lanes: Lane[];
  /** [lane][stage]: touchpoints in map order. */
  cells: Touchpoint[][][];
  departments: Map<string, Department>;
  channels: Map<string, Channel>;
  handoffs: LostHandoff[];
  /** Touchpoint id → numbers of the lost hand-offs it starts or ends. */
  handoffsOf: Map<string, number[]>;
  /** Departments owning a touchpoint on the map, in department order: the legend. */
  usedDepartments: Department[];
}

const live = (row: { tombstone: boolean; archived?: boolean }) => !row.tombstone && row.archived !== true;

export function resolveJourney(input: JourneyExportInput): ResolvedJourney {
  const journeyId = input.journey.id;
  const stages = byOrder(input.stages.filter((s) => live(s) && s.journey_id === journeyId));
  const stageIndex = new Map(stages.map((s, i) => [s.id, i]));
  const channels = new Map(input.channels.filter(live).map((c) => [c.id, c]));
  const departments = new Map(input.departments.filter((d) => !d.tombstone).map((d) => [d.id, d]));
  const onMap = byOrder(
    input.touchpoints.filter(
      (tp) => live(tp) && tp.journey_id === journeyId && tp.stage_id !== null && stageIndex.has(tp.stage_id),
    ),
  );

  const laneOf = (tp: Touchpoint): string | null =>
    tp.channel_id !== null && channels.has(tp.channel_id) ? tp.channel_id : null;
  const used = new Set(onMap.map(laneOf));
  const lanes: Lane[] = byOrder([...channels.values()])
    .filter((c) => used.has(c.id))
    .map((c) => ({ channelId: c.id, name: c.name }));
  if (used.has(null)) lanes.push({ channelId: null, name: '' });
  const laneIndex = new Map(lanes.map((l, i) => [l.channelId, i]));
  const cells = lanes.map(() => stages.map(() => [] as Touchpoint[]));
  for (const tp of onMap) cells[laneIndex.get(laneOf(tp))!]![stageIndex.get(tp.stage_id!)!]!.push(tp);

  const byId = new Map(onMap.map((tp) => [tp.id, tp]));
  const handoffs: LostHandoff[] = [];
  const handoffsOf = new Map<string, number[]>();
  const mark = (id: string, n: number) => handoffsOf.set(id, [...(handoffsOf.get(id) ?? []), n]);
  for (const t of input.transitions) {
    if (t.tombstone || t.carries_context || t.journey_id !== journeyId || t.from_touchpoint_id === t.to_touchpoint_id)
      continue;
    const from = t.from_touchpoint_id === null ? undefined : byId.get(t.from_touchpoint_id);
    const to = t.to_touchpoint_id === null ? undefined : byId.get(t.to_touchpoint_id);
    if (!from || !to) continue;
    handoffs.push({ number: 0, from, to });
  }
  // Numbered in map order of where they start, so the list reads like the map.
  const position = new Map(onMap.map((tp, i) => [tp.id, stageIndex.get(tp.stage_id!)! * 1e6 + i]));
  handoffs.sort(
    (a, b) => position.get(a.from.id)! - position.get(b.from.id)! || position.get(a.to.id)! - position.get(b.to.id)!,
  );
  handoffs.forEach((h, i) => {
    h.number = i + 1;
    mark(h.from.id, h.number);
    if (h.to.id !== h.from.id) mark(h.to.id, h.number);
  });

  const owners = new Set(onMap.map((tp) => tp.owner_department_id));
  const usedDepartments = byOrder([...departments.values()]).filter((d) => owners.has(d.id));
  return { stages, lanes, cells, departments, channels, handoffs, handoffsOf, usedDepartments };
}
