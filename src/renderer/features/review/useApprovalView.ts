import { useMemo } from 'react';
import type { Journey } from '../../../shared/schema/tables';
import { changedSinceApproval, useSnapshotsByJourney, useWorkspaceRows, type JourneySnapshot } from './useSnapshots';

export interface ApprovalView {
  state: Journey['approval'];
  /** Approved, and the journey no longer matches what was approved; null when there is nothing to compare yet. */
  changedSince: boolean | null;
  /** The snapshot of the last approval, to compare with. */
  latest: JourneySnapshot | undefined;
}

/** What the approval says about a journey now: the one answer the journey page, the title slide and the desk show. */
export function useApprovalView(journey: Journey): ApprovalView {
  const latest = useSnapshotsByJourney()?.get(journey.id)?.[0];
  const rows = useWorkspaceRows();
  const changedSince = useMemo(() => changedSinceApproval(journey, latest, rows), [journey, latest, rows]);
  return { state: journey.approval, changedSince, latest };
}
