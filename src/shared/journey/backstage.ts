import type { FieldEdit } from '../changes';
import { keyBetween } from '../ordering';
import { rowEdits, fieldEdit } from '../edits';
import type { BackstageHandoff, BackstageStep } from '../schema/tables';
import type { JourneySlice } from './slice';
import { isTimeProblem, placeInTime, type TimeProblem, type TimeTarget } from './steps';

/**
 * The backstage of a journey (the service blueprint): what departments do
 * behind the line of visibility, which touchpoints that serves, and the
 * hand-offs between backstage steps — which carry the customer's context or
 * lose it, like transitions between touchpoints.
 */

export type BackstageProblem = 'self' | 'duplicate' | 'missing';

export type HandoffStatus = 'carried' | 'lost' | 'silo';

export interface BackstageHandoffView {
  handoff: BackstageHandoff;
  from: BackstageStep;
  to: BackstageStep;
  status: HandoffStatus;
  /** Both ends have a department, and they differ. */
  crossesDepartments: boolean;
}

/** carried: context travels; lost: the next step starts from nothing; silo: …and another department takes over. */
export function backstageHandoffStatus(
  h: Pick<BackstageHandoff, 'carries_context'>,
  from: Pick<BackstageStep, 'department_id'> | undefined,
  to: Pick<BackstageStep, 'department_id'> | undefined,
): { status: HandoffStatus; crossesDepartments: boolean } {
  const a = from?.department_id ?? null;
  const b = to?.department_id ?? null;
  const crossesDepartments = a !== null && b !== null && a !== b;
  return { status: h.carries_context ? 'carried' : crossesDepartments ? 'silo' : 'lost', crossesDepartments };
}

/** Every hand-off of the slice with its ends and status, in the time order of where it starts. */
export function backstageHandoffs(slice: JourneySlice): BackstageHandoffView[] {
  const { byId } = slice.backstage;
  const order = new Map(slice.backstage.steps.map((b, i) => [b.id, i]));
  const rank = (id: string) => order.get(id) ?? Infinity;
  return slice.backstage.handoffs
    .map((handoff) => {
      const from = byId.get(handoff.from_step_id!)!;
      const to = byId.get(handoff.to_step_id!)!;
      return { handoff, from, to, ...backstageHandoffStatus(handoff, from, to) };
    })
    .sort((a, b) => rank(a.from.id) - rank(b.from.id) || rank(a.to.id) - rank(b.to.id));
}

/** Why this hand-off may not be made, or null. Cycles (A→B→A) are allowed; a step handing off to itself is not. */
export function checkBackstageHandoff(slice: JourneySlice, fromId: string, toId: string): BackstageProblem | null {
  if (fromId === toId) return 'self';
  const { byId, allHandoffs } = slice.backstage;
  if (!byId.has(fromId) || !byId.has(toId)) return 'missing';
  if (allHandoffs.some((h) => h.from_step_id === fromId && h.to_step_id === toId)) return 'duplicate';
  return null;
}

export function createBackstageHandoffEdits(
  slice: JourneySlice,
  fromId: string,
  toId: string,
  id: string,
  carriesContext = false,
): FieldEdit[] | BackstageProblem {
  const problem = checkBackstageHandoff(slice, fromId, toId);
  if (problem) return problem;
  return rowEdits('backstage_handoffs', id, {
    journey_id: slice.journey.id,
    from_step_id: fromId,
    to_step_id: toId,
    carries_context: carriesContext,
  });
}

/** Why this backstage step may not serve this touchpoint, or null. */
export function checkLink(slice: JourneySlice, backstageId: string, touchpointId: string): BackstageProblem | null {
  if (!slice.backstage.byId.has(backstageId) || !slice.touchpointById.has(touchpointId)) return 'missing';
  if (slice.backstage.serves.get(backstageId)?.some((tp) => tp.id === touchpointId)) return 'duplicate';
  return null;
}

export function linkEdits(
  slice: JourneySlice,
  backstageId: string,
  touchpointId: string,
  linkId: string,
): FieldEdit[] | BackstageProblem {
  const problem = checkLink(slice, backstageId, touchpointId);
  if (problem) return problem;
  return rowEdits('backstage_links', linkId, {
    journey_id: slice.journey.id,
    backstage_step_id: backstageId,
    touchpoint_id: touchpointId,
  });
}

/**
 * Keep a backstage step where it stands when it stops serving touchpoints: it
 * takes the stage and step key of its column, so it stays in place, unlinked.
 */
function pinEdits(slice: JourneySlice, backstageId: string, salt: string): FieldEdit[] {
  const b = slice.backstage.byId.get(backstageId);
  const step = slice.stepOf.get(backstageId);
  if (!b || !step) return [];
  const place = placeInTime(slice, { kind: 'step', stepId: step.id }, salt, [backstageId]);
  if (isTimeProblem(place)) return [];
  const edits = [...place.edits];
  if (b.stage_id !== place.stageId) edits.push(fieldEdit('backstage_steps', b.id, 'stage_id', place.stageId));
  if (b.step_key !== place.stepKey) edits.push(fieldEdit('backstage_steps', b.id, 'step_key', place.stepKey));
  return edits;
}

/** Remove the link(s) between a backstage step and a touchpoint; a step left serving nothing stays in its column. */
export function unlinkEdits(slice: JourneySlice, backstageId: string, touchpointId: string, salt: string): FieldEdit[] {
  const rows = slice.backstage.allLinks.filter(
    (l) => l.backstage_step_id === backstageId && l.touchpoint_id === touchpointId,
  );
  if (rows.length === 0) return [];
  const remaining = (slice.backstage.serves.get(backstageId) ?? []).filter((tp) => tp.id !== touchpointId);
  return [
    ...(remaining.length === 0 ? pinEdits(slice, backstageId, salt) : []),
    ...rows.map((l) => fieldEdit('backstage_links', l.id, 'tombstone', true)),
  ];
}

export interface NewBackstageStep {
  id: string;
  title: string;
  departmentId: string | null;
  /** The touchpoint it serves (link row id `linkId`), or where it stands when it serves none. */
  serves?: { touchpointId: string; linkId: string };
  place?: TimeTarget;
  systemIds?: readonly string[];
  description?: string;
}

/** A new backstage step: one row (and its link), placed in the step column of what it serves. */
export function createBackstageStepEdits(
  slice: JourneySlice,
  spec: NewBackstageStep,
  salt: string,
): FieldEdit[] | TimeProblem | BackstageProblem {
  const target: TimeTarget | undefined = spec.serves
    ? (() => {
        const step = slice.stepOf.get(spec.serves.touchpointId);
        return step ? { kind: 'step' as const, stepId: step.id } : undefined;
      })()
    : spec.place;
  if (!target) return spec.serves ? 'missing' : 'unknownStage';
  const place = placeInTime(slice, target, salt, [spec.id]);
  if (isTimeProblem(place)) return place;
  // Stacked after the backstage steps already in this column and lane.
  const step = target.kind === 'step' ? slice.steps.find((s) => s.id === target.stepId) : undefined;
  const last = step?.backstage.filter((b) => b.department_id === spec.departmentId).at(-1);
  const edits: FieldEdit[] = [
    ...place.edits,
    ...rowEdits('backstage_steps', spec.id, {
      journey_id: slice.journey.id,
      stage_id: place.stageId,
      step_key: place.stepKey,
      department_id: spec.departmentId,
      title: spec.title,
      description: spec.description ?? '',
      system_ids: [...(spec.systemIds ?? [])],
      sort_key: keyBetween(last?.sort_key || null, null),
    }),
  ];
  if (spec.serves)
    edits.push(
      ...rowEdits('backstage_links', spec.serves.linkId, {
        journey_id: slice.journey.id,
        backstage_step_id: spec.id,
        touchpoint_id: spec.serves.touchpointId,
      }),
    );
  return edits;
}

/** What happens to the backstage steps that serve only this touchpoint when it is archived (deleted). */
export type BackstageFate = 'keep' | 'archive';

/** Backstage steps that serve this touchpoint and no other on the map: the ones the question is about. */
export function onlyServing(slice: JourneySlice, touchpointId: string): BackstageStep[] {
  return (slice.backstage.servedBy.get(touchpointId) ?? []).filter(
    (b) => (slice.backstage.serves.get(b.id) ?? []).length === 1,
  );
}

/**
 * Archive a touchpoint, deciding for its backstage steps: keep them in their
 * column (unlinked, listed as such) or archive them with it. Links stay, so
 * restoring the touchpoint links them again.
 */
export function archiveTouchpointEdits(
  slice: JourneySlice,
  touchpointId: string,
  fate: BackstageFate,
  salt: string,
): FieldEdit[] {
  const edits: FieldEdit[] = [];
  for (const b of onlyServing(slice, touchpointId)) {
    if (fate === 'archive') edits.push(fieldEdit('backstage_steps', b.id, 'archived', true));
    else edits.push(...pinEdits(slice, b.id, salt));
  }
  edits.push(fieldEdit('touchpoints', touchpointId, 'archived', true));
  return lastPerField(edits);
}

/** One edit per field (the last): several pinned steps of one stage give its unplaced rows the same keys. */
export function lastPerField(edits: readonly FieldEdit[]): FieldEdit[] {
  const seen = new Map<string, number>();
  edits.forEach((e, i) => seen.set(`${e.table}\u0000${e.row}\u0000${e.column}`, i));
  return edits.filter((e, i) => seen.get(`${e.table}\u0000${e.row}\u0000${e.column}`) === i);
}
