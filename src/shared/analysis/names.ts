import { byOrder } from '../ordering';
import { isLive, type WorkspaceData } from './input';

/**
 * What the dashboard needs to name the ids an analysis hands out (matrix
 * headers, department colours, touchpoint links), as plain lists that cross a
 * transport; the page turns them into lookups.
 */
export interface CoverageNames {
  /** Not deleted, in catalogue order. */
  departments: { id: string; name: string; color: string }[];
  channels: { id: string; name: string }[];
  journeys: { id: string; name: string }[];
  touchpoints: { id: string; title: string; journeyId: string | null }[];
  /** Live, unarchived journeys in name order: the picker's list. */
  journeyList: { id: string; name: string }[];
}

export function coverageNamesOf(data: WorkspaceData): CoverageNames {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const journeyList = data.journeys
    .filter(isLive)
    .map((j) => ({ id: j.id, name: j.name }))
    .sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  return {
    departments: byOrder(data.departments.filter((d) => !d.tombstone)).map((d) => ({
      id: d.id,
      name: d.name,
      color: d.color,
    })),
    channels: data.channels.map((c) => ({ id: c.id, name: c.name })),
    journeys: data.journeys.map((j) => ({ id: j.id, name: j.name })),
    touchpoints: data.touchpoints.map((tp) => ({ id: tp.id, title: tp.title, journeyId: tp.journey_id })),
    journeyList,
  };
}
