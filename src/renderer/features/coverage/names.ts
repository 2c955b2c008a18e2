import { isLive, type WorkspaceData } from '../../../shared/analysis';
import { byOrder } from '../../../shared/ordering';

export interface DepartmentLook {
  name: string;
  color: string;
}

/**
 * Display names by id. The analyses hand out ids and the user's own names in
 * params; the dashboard needs names for ids too (matrix headers, department
 * colours, touchpoint links), looked up here once per change.
 */
export interface Names {
  departments: ReadonlyMap<string, DepartmentLook>;
  channels: ReadonlyMap<string, string>;
  journeys: ReadonlyMap<string, string>;
  touchpoints: ReadonlyMap<string, { title: string; journeyId: string | null; emotion: number }>;
  /** Live, unarchived journeys in name order: the picker's list. */
  journeyList: readonly { id: string; name: string }[];
}

export function namesOf(data: WorkspaceData): Names {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const journeyList = data.journeys
    .filter(isLive)
    .map((j) => ({ id: j.id, name: j.name }))
    .sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  return {
    departments: new Map(
      byOrder(data.departments.filter((d) => !d.tombstone)).map((d) => [d.id, { name: d.name, color: d.color }]),
    ),
    channels: new Map(data.channels.map((c) => [c.id, c.name])),
    journeys: new Map(data.journeys.map((j) => [j.id, j.name])),
    touchpoints: new Map(
      data.touchpoints.map((tp) => [tp.id, { title: tp.title, journeyId: tp.journey_id, emotion: tp.emotion }]),
    ),
    journeyList,
  };
}
