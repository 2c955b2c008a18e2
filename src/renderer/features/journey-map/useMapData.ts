import { useEffect, useMemo, useRef } from 'react';
import { fittedMetrics, layoutMap, type MapLayout } from '../../../shared/map/geometry';
import { buildMapModel, type MapModel } from '../../../shared/map/model';
import { reuseUnchanged } from '../../../shared/map/stable';
import type { Channel, Department } from '../../../shared/schema/tables';
import { useRows } from '../../app/ServicesContext';

/** The rows of one journey, keeping each unchanged row's identity across reloads (see stable.ts). */
function useStable<R extends { id: string }>(
  rows: readonly R[] | undefined,
  keep: (row: R) => boolean,
): readonly R[] | undefined {
  const previous = useRef<readonly R[] | null>(null);
  const keepRef = useRef(keep);
  const result = useMemo(
    () =>
      rows === undefined
        ? undefined
        : reuseUnchanged(
            previous.current,
            rows.filter((r) => keepRef.current(r)),
          ),
    [rows],
  );
  useEffect(() => {
    if (result) previous.current = result;
  }, [result]);
  return result;
}

export interface DepartmentLook {
  name: string;
  color: string;
  archived: boolean;
}

export interface MapData {
  model: MapModel;
  layout: MapLayout;
  channels: readonly Channel[];
  departments: readonly Department[];
  departmentLook: ReadonlyMap<string, DepartmentLook>;
}

/** Everything the map draws, derived once per change of the rows it depends on. Undefined while loading. */
export function useMapData(
  journeyId: string,
  extraLanes: readonly string[],
  viewportWidth: number,
): MapData | undefined {
  const stages = useStable(useRows('stages'), (s) => s.journey_id === journeyId);
  const touchpoints = useStable(useRows('touchpoints'), (t) => t.journey_id === journeyId);
  const transitions = useStable(useRows('transitions'), (t) => t.journey_id === journeyId);
  const channels = useStable(useRows('channels'), () => true);
  const departments = useStable(useRows('departments'), () => true);

  const model = useMemo(
    () =>
      stages && touchpoints && transitions && channels
        ? buildMapModel({ journeyId, stages, channels, touchpoints, transitions, extraChannelIds: extraLanes })
        : undefined,
    [journeyId, stages, touchpoints, transitions, channels, extraLanes],
  );
  const stageCount = model?.stages.length ?? 0;
  const metrics = useMemo(() => fittedMetrics(viewportWidth, stageCount), [viewportWidth, stageCount]);
  const layout = useMemo(() => (model ? layoutMap(model, metrics) : undefined), [model, metrics]);
  const departmentLook = useMemo(
    () => new Map((departments ?? []).map((d) => [d.id, { name: d.name, color: d.color, archived: d.archived }])),
    [departments],
  );
  if (!model || !layout || !channels || !departments) return undefined;
  return { model, layout, channels, departments, departmentLook };
}
