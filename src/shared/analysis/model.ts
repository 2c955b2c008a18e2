import { compareOrdered } from '../ordering';
import type { Channel, Department, Journey, Persona, Stage, Touchpoint, Transition } from '../schema/tables';
import { indexBackstage, type BackstageIndex } from './backstage';
import { isLive, type WorkspaceData } from './input';
import { indexMessages, type MessageIndex } from './messages';

/**
 * The workspace resolved once into live rows and lookups, so that coverage,
 * findings and maturity each make a single pass over touchpoints and
 * transitions instead of searching arrays (10,000 touchpoints, 12,000
 * transitions must analyse in a few milliseconds).
 */

/** Why a touchpoint has no usable owner; 'ok' when it has one. */
export type OwnerState = 'ok' | 'none' | 'missing' | 'archived';

export interface TouchpointNode {
  row: Touchpoint;
  journey: JourneyModel;
  /** Index into the journey's ordered stages. */
  stage: number;
  /** The channel when it exists and is not archived; otherwise null. */
  channelId: string | null;
  /** Its position in AnalysisModel.channels, -1 with no channel: matrices index by it without a lookup. */
  channel: number;
  /** The owner department when it exists and is not archived; otherwise null. */
  ownerId: string | null;
  /** Its position in AnalysisModel.departments, -1 without a valid owner. */
  owner: number;
  ownerState: OwnerState;
  /** Live supporting departments other than the owner, distinct, by id and by position in AnalysisModel.departments. */
  supporterIds: string[];
  supporters: number[];
  backChannel: boolean;
}

/**
 * Flags the analyses test on every pass are copied out of the rows: the node
 * or edge is already in cache, the row (a dozen fields) usually is not.
 */
export interface TransitionEdge {
  row: Transition;
  from: TouchpointNode;
  to: TouchpointNode;
  carriesContext: boolean;
}

export interface JourneyModel {
  journey: Journey;
  persona: Persona | null;
  stages: Stage[];
  /** Touchpoints per stage, each list in map order. */
  byStage: TouchpointNode[][];
  /** All touchpoints, stage by stage. */
  touchpoints: TouchpointNode[];
  transitions: TransitionEdge[];
}

export interface AnalysisModel {
  journeys: JourneyModel[];
  /** Live departments and channels in their display order; the matrices use these positions. */
  departments: Department[];
  departmentIndex: Map<string, number>;
  channels: Channel[];
  channelIndex: Map<string, number>;
  /** null when the workspace has no live message, so the message criterion does not apply. */
  messages: MessageIndex | null;
  /** Backstage hand-offs per journey id. */
  backstage: BackstageIndex;
}

function positions(rows: readonly { id: string }[]): Map<string, number> {
  const map = new Map<string, number>();
  rows.forEach((row, i) => map.set(row.id, i));
  return map;
}

function ownerState(tp: Touchpoint, departments: Map<string, Department>): OwnerState {
  if (tp.owner_department_id === null) return 'none';
  const dept = departments.get(tp.owner_department_id);
  if (!dept || dept.tombstone) return 'missing';
  return dept.archived ? 'archived' : 'ok';
}

export function buildModel(data: WorkspaceData): AnalysisModel {
  const departments = data.departments.filter(isLive).sort(compareOrdered);
  const channels = data.channels.filter(isLive).sort(compareOrdered);
  const channelIndex = positions(channels);
  const allDepartments = new Map(data.departments.map((d) => [d.id, d]));
  const departmentIndex = positions(departments);
  const personas = new Map(data.personas.filter(isLive).map((p) => [p.id, p]));

  const journeys: JourneyModel[] = [];
  const journeyById = new Map<string, JourneyModel>();
  for (const journey of data.journeys) {
    if (!isLive(journey)) continue;
    const persona = journey.persona_id === null ? null : (personas.get(journey.persona_id) ?? null);
    const model: JourneyModel = { journey, persona, stages: [], byStage: [], touchpoints: [], transitions: [] };
    journeys.push(model);
    journeyById.set(journey.id, model);
  }

  for (const stage of data.stages) {
    if (!isLive(stage) || stage.journey_id === null) continue;
    journeyById.get(stage.journey_id)?.stages.push(stage);
  }
  // Where each live stage sits in its journey; a touchpoint whose stage is gone is not on the map.
  const stageAt = new Map<string, { journey: JourneyModel; index: number }>();
  for (const journey of journeys) {
    journey.stages.sort(compareOrdered);
    journey.stages.forEach((stage, index) => stageAt.set(stage.id, { journey, index }));
    journey.byStage = journey.stages.map(() => []);
  }

  const nodes = new Map<string, TouchpointNode>();
  for (const tp of data.touchpoints) {
    if (!isLive(tp) || tp.stage_id === null) continue;
    const at = stageAt.get(tp.stage_id);
    if (!at || at.journey.journey.id !== tp.journey_id) continue;
    const channel = tp.channel_id === null ? -1 : (channelIndex.get(tp.channel_id) ?? -1);
    const state = ownerState(tp, allDepartments);
    const ownerId = state === 'ok' ? tp.owner_department_id : null;
    const supporterIds: string[] = [];
    const supporters: number[] = [];
    for (const id of tp.supporting_department_ids) {
      const at = departmentIndex.get(id);
      // Archived or deleted departments are not counted, as for owners; nor the owner twice.
      if (at === undefined || id === ownerId || supporterIds.includes(id)) continue;
      supporterIds.push(id);
      supporters.push(at);
    }
    const node: TouchpointNode = {
      row: tp,
      journey: at.journey,
      stage: at.index,
      channelId: channel < 0 ? null : tp.channel_id,
      channel,
      ownerId,
      owner: ownerId === null ? -1 : departmentIndex.get(ownerId)!,
      ownerState: state,
      supporterIds,
      supporters,
      backChannel: tp.back_channel,
    };
    at.journey.byStage[at.index]!.push(node);
    nodes.set(tp.id, node);
  }
  const byRow = (a: TouchpointNode, b: TouchpointNode): number => compareOrdered(a.row, b.row);
  for (const journey of journeys) {
    // A plain loop: Array.prototype.flat was a tenth of the whole model build.
    for (const list of journey.byStage) {
      list.sort(byRow);
      for (const node of list) journey.touchpoints.push(node);
    }
  }

  // A transition counts when both ends are on the map of the same journey;
  // a self-loop is no move at all.
  for (const row of data.transitions) {
    if (!isLive(row) || row.from_touchpoint_id === null || row.to_touchpoint_id === null) continue;
    if (row.from_touchpoint_id === row.to_touchpoint_id) continue;
    const from = nodes.get(row.from_touchpoint_id);
    const to = nodes.get(row.to_touchpoint_id);
    if (!from || !to || from.journey !== to.journey) continue;
    from.journey.transitions.push({ row, from, to, carriesContext: row.carries_context });
  }

  return {
    journeys,
    departments,
    departmentIndex,
    channels,
    channelIndex,
    messages: indexMessages(data),
    backstage: indexBackstage(data, journeys, nodes, allDepartments),
  };
}
