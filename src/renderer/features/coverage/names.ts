import { coverageNamesOf, type CoverageNames, type WorkspaceData } from '../../../shared/analysis';

export interface DepartmentLook {
  name: string;
  color: string;
}

/**
 * Display names by id. The analyses hand out ids and the user's own names in
 * params; the dashboard needs names for ids too (matrix headers, department
 * colours, touchpoint links), looked up here once per analysis.
 */
export interface Names {
  departments: ReadonlyMap<string, DepartmentLook>;
  channels: ReadonlyMap<string, string>;
  journeys: ReadonlyMap<string, string>;
  touchpoints: ReadonlyMap<string, { title: string; journeyId: string | null }>;
  /** Live, unarchived journeys in name order: the picker's list. */
  journeyList: readonly { id: string; name: string }[];
}

export function namesFrom(names: CoverageNames): Names {
  return {
    departments: new Map(names.departments.map((d) => [d.id, { name: d.name, color: d.color }])),
    channels: new Map(names.channels.map((c) => [c.id, c.name])),
    journeys: new Map(names.journeys.map((j) => [j.id, j.name])),
    touchpoints: new Map(names.touchpoints.map((tp) => [tp.id, { title: tp.title, journeyId: tp.journeyId }])),
    journeyList: names.journeyList,
  };
}

/** The names of rows at hand (tests, and exports that have the rows). */
export function namesOf(data: WorkspaceData): Names {
  return namesFrom(coverageNamesOf(data));
}
