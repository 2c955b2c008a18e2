import { useMemo } from 'react';
import type { JourneySlice } from '../../../shared/journey/slice';
import { handoffLines, linkLines, transitionLines, type RoutedLine } from '../../../shared/map/arrows';
import { fittedMetrics, layoutMap, type Layers, type MapLayout } from '../../../shared/map/layout';
import { buildMapView, type MapView } from '../../../shared/map/map-view';
import type { Channel, Department, SupportSystem } from '../../../shared/schema/tables';
import { useRows } from '../../app/ServicesContext';
import { useJourneySlice } from '../../app/useJourneySlice';

export interface DepartmentLook {
  name: string;
  color: string;
  archived: boolean;
}

export interface MapLines {
  transitions: RoutedLine[];
  handoffs: RoutedLine[];
  links: RoutedLine[];
}

export interface MapData {
  slice: JourneySlice;
  view: MapView;
  layout: MapLayout;
  lines: MapLines;
  /** The catalogues as rows, for the pickers (the slice keeps them by id). */
  channels: readonly Channel[];
  departments: readonly Department[];
  systems: readonly SupportSystem[];
  departmentLook: ReadonlyMap<string, DepartmentLook>;
}

const NO_LANES: readonly string[] = [];

/** Everything the map draws, derived once per change of the rows it depends on. Undefined while loading. */
export function useMapData(journeyId: string, layers: Layers, viewportWidth: number): MapData | undefined {
  const slice = useJourneySlice(journeyId);
  const channels = useRows('channels');
  const departments = useRows('departments');
  const systems = useRows('support_systems');
  const openChannels = slice?.journey.lane_channel_ids ?? NO_LANES;
  const openDepartments = slice?.journey.lane_department_ids ?? NO_LANES;
  const view = useMemo(
    () => (slice ? buildMapView(slice, { channelIds: openChannels, departmentIds: openDepartments }) : undefined),
    [slice, openChannels, openDepartments],
  );
  const metrics = useMemo(() => (view ? fittedMetrics(viewportWidth, view) : undefined), [viewportWidth, view]);
  const { thoughts, backstage } = layers;
  const layout = useMemo(
    () => (view && metrics ? layoutMap(view, metrics, { thoughts, backstage }) : undefined),
    [view, metrics, thoughts, backstage],
  );
  const lines = useMemo(
    () =>
      view && layout
        ? {
            transitions: transitionLines(view, layout),
            handoffs: handoffLines(view, layout),
            links: linkLines(view, layout),
          }
        : undefined,
    [view, layout],
  );
  const departmentLook = useMemo(
    () => new Map((departments ?? []).map((d) => [d.id, { name: d.name, color: d.color, archived: d.archived }])),
    [departments],
  );
  if (!slice || !view || !layout || !lines || !channels || !departments || !systems) return undefined;
  return { slice, view, layout, lines, channels, departments, systems, departmentLook };
}
