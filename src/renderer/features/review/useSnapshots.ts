import { useMemo } from 'react';
import { diffSnapshot } from '../../../shared/review/diff';
import {
  buildSnapshot,
  parseSnapshot,
  type ParsedSnapshot,
  type SnapshotContent,
  type SnapshotSource,
} from '../../../shared/review/snapshot';
import type { Journey, Row } from '../../../shared/schema/tables';
import { useRows } from '../../app/ServicesContext';

export type WorkspaceRows = Omit<SnapshotSource, 'journey'>;

/** Everything a snapshot is built from; undefined until every table has loaded. */
export function useWorkspaceRows(): WorkspaceRows | undefined {
  const stages = useRows('stages');
  const touchpoints = useRows('touchpoints');
  const transitions = useRows('transitions');
  const messages = useRows('messages');
  const variants = useRows('variants');
  const channels = useRows('channels');
  const departments = useRows('departments');
  const personas = useRows('personas');
  const backstageSteps = useRows('backstage_steps');
  const backstageLinks = useRows('backstage_links');
  const backstageHandoffs = useRows('backstage_handoffs');
  const systems = useRows('support_systems');
  return useMemo(() => {
    if (!stages || !touchpoints || !transitions || !messages || !variants || !channels || !departments || !personas)
      return undefined;
    if (!backstageSteps || !backstageLinks || !backstageHandoffs || !systems) return undefined;
    return {
      stages,
      touchpoints,
      transitions,
      messages,
      variants,
      channels,
      departments,
      personas,
      backstageSteps,
      backstageLinks,
      backstageHandoffs,
      systems,
    };
  }, [
    stages,
    touchpoints,
    transitions,
    messages,
    variants,
    channels,
    departments,
    personas,
    backstageSteps,
    backstageLinks,
    backstageHandoffs,
    systems,
  ]);
}

export function currentContent(journey: Journey, rows: WorkspaceRows): SnapshotContent {
  return buildSnapshot({ journey, ...rows });
}

export interface JourneySnapshot {
  row: Row<'snapshots'>;
  parsed: ParsedSnapshot;
}

/** The snapshots of every journey, newest first, parsed once per change of the table. */
export function useSnapshotsByJourney(): ReadonlyMap<string, JourneySnapshot[]> | undefined {
  const snapshots = useRows('snapshots');
  return useMemo(() => {
    if (!snapshots) return undefined;
    const out = new Map<string, JourneySnapshot[]>();
    const newestFirst = snapshots
      .filter((s) => !s.tombstone)
      .sort((a, b) => (b.taken_at ?? '').localeCompare(a.taken_at ?? '') || b.id.localeCompare(a.id));
    for (const row of newestFirst) {
      if (!row.journey_id) continue;
      const list = out.get(row.journey_id) ?? [];
      list.push({ row, parsed: parseSnapshot(row.content) });
      out.set(row.journey_id, list);
    }
    return out;
  }, [snapshots]);
}

/** Whether an approved journey differs from its latest snapshot; null when there is nothing to compare. */
export function changedSinceApproval(
  journey: Journey,
  latest: JourneySnapshot | undefined,
  rows: WorkspaceRows | undefined,
): boolean | null {
  if (journey.approval !== 'approved' || !latest || !latest.parsed.ok || !rows) return null;
  return diffSnapshot(latest.parsed.content, currentContent(journey, rows)).length > 0;
}
