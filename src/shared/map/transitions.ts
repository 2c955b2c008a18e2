import type { FieldEdit } from '../changes';
import type { Touchpoint, Transition } from '../schema/tables';
import { rowEdits } from '../edits';
/** What the checks read: the touchpoints on the map and the journey's transitions (a MapModel or a MapView). */
export interface TransitionScope {
  touchpoints: ReadonlyMap<string, Touchpoint>;
  transitions: readonly Transition[];
  allTransitions: readonly Transition[];
}

/**
 * Transitions: the customer moves from one touchpoint to the next. What the
 * map marks is the omnichannel question of every hand-off — does the next
 * touchpoint know what happened before?
 */

export type TransitionProblem = 'self' | 'duplicate' | 'missing';

/** Why this arrow may not be drawn, or null when it may. A→B and B→A are different transitions. */
export function checkTransition(model: TransitionScope, fromId: string, toId: string): TransitionProblem | null {
  if (fromId === toId) return 'self';
  if (!model.touchpoints.has(fromId) || !model.touchpoints.has(toId)) return 'missing';
  if (model.allTransitions.some((t) => t.from_touchpoint_id === fromId && t.to_touchpoint_id === toId))
    return 'duplicate';
  return null;
}

export function createTransitionEdits(
  journeyId: string,
  fromId: string,
  toId: string,
  id: string,
  carriesContext = false,
): FieldEdit[] {
  return rowEdits('transitions', id, {
    journey_id: journeyId,
    from_touchpoint_id: fromId,
    to_touchpoint_id: toId,
    carries_context: carriesContext,
  });
}

/**
 * - carried: context travels with the customer;
 * - lost: the next touchpoint starts from nothing;
 * - silo: it starts from nothing and another department takes over — the
 *   hand-off where customers most often have to repeat themselves.
 */
export type HandoffStatus = 'carried' | 'lost' | 'silo';

export interface Handoff {
  status: HandoffStatus;
  crossesDepartments: boolean;
  switchesChannel: boolean;
}

export function handoffOf(
  t: Pick<Transition, 'carries_context'>,
  from: Touchpoint | undefined,
  to: Touchpoint | undefined,
): Handoff {
  const a = from?.owner_department_id ?? null;
  const b = to?.owner_department_id ?? null;
  const crossesDepartments = a !== null && b !== null && a !== b;
  const switchesChannel = (from?.channel_id ?? null) !== (to?.channel_id ?? null);
  const status: HandoffStatus = t.carries_context ? 'carried' : crossesDepartments ? 'silo' : 'lost';
  return { status, crossesDepartments, switchesChannel };
}

export interface HandoffCounts {
  carried: number;
  lost: number;
  silo: number;
}

export function countHandoffs(model: TransitionScope): HandoffCounts {
  const counts: HandoffCounts = { carried: 0, lost: 0, silo: 0 };
  for (const t of model.transitions) {
    counts[
      handoffOf(t, model.touchpoints.get(t.from_touchpoint_id!), model.touchpoints.get(t.to_touchpoint_id!)).status
    ] += 1;
  }
  return counts;
}

/** Incoming and outgoing transitions per touchpoint, built once per model rather than searched per card. */
export function transitionsByTouchpoint(
  model: TransitionScope,
): Map<string, { incoming: Transition[]; outgoing: Transition[] }> {
  const index = new Map<string, { incoming: Transition[]; outgoing: Transition[] }>();
  const entry = (id: string) => {
    let e = index.get(id);
    if (!e) index.set(id, (e = { incoming: [], outgoing: [] }));
    return e;
  };
  for (const t of model.allTransitions) {
    if (t.from_touchpoint_id) entry(t.from_touchpoint_id).outgoing.push(t);
    if (t.to_touchpoint_id) entry(t.to_touchpoint_id).incoming.push(t);
  }
  return index;
}
