import type { BackstageHandoff, BackstageStep, Department } from '../schema/tables';
import { isLive, type WorkspaceData } from './input';
import type { AnalysisModel, JourneyModel, TouchpointNode } from './model';

/**
 * Backstage hand-offs (the service blueprint behind the touchpoints): work
 * passed from one department's backstage step to another's. A hand-off that
 * loses the customer's context between two departments is a silo break the
 * customer feels later — the store that cannot see the hotline's ticket — so
 * the findings and the department matrix count these like the hand-offs
 * between touchpoints.
 */

export interface BackstageEdge {
  row: BackstageHandoff;
  journeyId: string;
  from: BackstageStep;
  to: BackstageStep;
  /** The department of each end when it exists and is not archived. */
  fromDepartmentId: string | null;
  toDepartmentId: string | null;
  carriesContext: boolean;
  /** Context lost and the two ends belong to two different departments. */
  silo: boolean;
  /** Stage index in the journey where each end stands (its first served touchpoint's, else its own); -1 unknown. */
  fromStage: number;
  toStage: number;
  /** Touchpoints on the map served by either end, from first. */
  touchpointIds: string[];
}

/** Per journey id, its backstage hand-offs (both ends live, not a hand-off to itself). */
export type BackstageIndex = Map<string, BackstageEdge[]>;

export function indexBackstage(
  data: Pick<WorkspaceData, 'backstageSteps' | 'backstageLinks' | 'backstageHandoffs'>,
  journeys: readonly JourneyModel[],
  nodes: ReadonlyMap<string, TouchpointNode>,
  departments: ReadonlyMap<string, Department>,
): BackstageIndex {
  const index: BackstageIndex = new Map();
  if (!data.backstageHandoffs || data.backstageHandoffs.length === 0) return index;
  const journeyById = new Map(journeys.map((j) => [j.journey.id, j]));
  const steps = new Map<string, BackstageStep>();
  for (const b of data.backstageSteps ?? [])
    if (isLive(b) && b.journey_id !== null && journeyById.has(b.journey_id)) steps.set(b.id, b);
  const served = new Map<string, TouchpointNode[]>();
  for (const link of data.backstageLinks ?? []) {
    if (link.tombstone || link.backstage_step_id === null || link.touchpoint_id === null) continue;
    const node = nodes.get(link.touchpoint_id);
    const step = steps.get(link.backstage_step_id);
    if (!node || !step || node.journey.journey.id !== step.journey_id) continue;
    const list = served.get(step.id);
    if (!list) served.set(step.id, [node]);
    else if (!list.includes(node)) list.push(node);
  }
  for (const list of served.values()) list.sort((a, b) => a.stage - b.stage);
  const departmentOf = (b: BackstageStep): string | null => {
    const d = b.department_id === null ? undefined : departments.get(b.department_id);
    return d && isLive(d) ? d.id : null;
  };
  const stageOf = (b: BackstageStep, journey: JourneyModel): number => {
    const first = served.get(b.id)?.[0];
    if (first) return first.stage;
    return b.stage_id === null ? -1 : journey.stages.findIndex((s) => s.id === b.stage_id);
  };

  for (const row of data.backstageHandoffs) {
    if (!isLive(row) || row.from_step_id === null || row.to_step_id === null) continue;
    if (row.from_step_id === row.to_step_id) continue;
    const from = steps.get(row.from_step_id);
    const to = steps.get(row.to_step_id);
    if (!from || !to || from.journey_id !== to.journey_id) continue;
    const journey = journeyById.get(from.journey_id!)!;
    const fromDepartmentId = departmentOf(from);
    const toDepartmentId = departmentOf(to);
    const ids = new Set<string>();
    for (const n of served.get(from.id) ?? []) ids.add(n.row.id);
    for (const n of served.get(to.id) ?? []) ids.add(n.row.id);
    const edge: BackstageEdge = {
      row,
      journeyId: journey.journey.id,
      from,
      to,
      fromDepartmentId,
      toDepartmentId,
      carriesContext: row.carries_context,
      silo:
        !row.carries_context &&
        fromDepartmentId !== null &&
        toDepartmentId !== null &&
        fromDepartmentId !== toDepartmentId,
      fromStage: stageOf(from, journey),
      toStage: stageOf(to, journey),
      touchpointIds: [...ids],
    };
    const list = index.get(edge.journeyId);
    if (list) list.push(edge);
    else index.set(edge.journeyId, [edge]);
  }
  // In journey order of where they start, so findings read like the map.
  for (const list of index.values())
    list.sort((a, b) => a.fromStage - b.fromStage || a.toStage - b.toStage || (a.row.id < b.row.id ? -1 : 1));
  return index;
}

export interface SiloCell {
  /** Hand-offs from the row's department to the column's. */
  handoffs: number;
  /** Of which lose the customer's context. */
  lost: number;
}

export interface SiloMatrix {
  /** Live departments in display order: rows (from) and columns (to). */
  departmentIds: string[];
  /** Hand-offs between touchpoints, by owner department: [from][to]. */
  front: SiloCell[][];
  /** Hand-offs between backstage steps, by department: [from][to]. */
  backstage: SiloCell[][];
}

/**
 * Who hands the customer to whom, front and back, and how often the context
 * is lost: the silo matrix of one journey (or, with null, of the workspace).
 * Hand-offs within one department sit on the diagonal.
 */
export function siloMatrix(model: AnalysisModel, journeyId: string | null): SiloMatrix {
  const n = model.departments.length;
  const grid = () => Array.from({ length: n }, () => Array.from({ length: n }, () => ({ handoffs: 0, lost: 0 })));
  const front = grid();
  const backstage = grid();
  const add = (cells: SiloCell[][], a: string | null, b: string | null, carried: boolean) => {
    const i = a === null ? undefined : model.departmentIndex.get(a);
    const j = b === null ? undefined : model.departmentIndex.get(b);
    if (i === undefined || j === undefined) return;
    cells[i]![j]!.handoffs += 1;
    if (!carried) cells[i]![j]!.lost += 1;
  };
  for (const j of model.journeys) {
    if (journeyId !== null && j.journey.id !== journeyId) continue;
    for (const t of j.transitions) add(front, t.from.ownerId, t.to.ownerId, t.carriesContext);
    for (const e of model.backstage.get(j.journey.id) ?? [])
      add(backstage, e.fromDepartmentId, e.toDepartmentId, e.carriesContext);
  }
  return { departmentIds: model.departments.map((d) => d.id), front, backstage };
}
