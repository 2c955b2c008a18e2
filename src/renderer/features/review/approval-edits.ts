import type { FieldEdit } from '../../../shared/changes';
import { rowEdits, setField } from '../../../shared/map/edits';
import type { SnapshotContent } from '../../../shared/review/snapshot';
import type { APPROVAL_STATES } from '../../../shared/schema/tables';

export type ApprovalState = (typeof APPROVAL_STATES)[number];

/** A new approval state with who set it and when. Older snapshots stay as they are. */
export function approvalEdits(journeyId: string, state: ApprovalState, by: string, atIso: string): FieldEdit[] {
  return [
    setField('journeys', journeyId, 'approval', state),
    setField('journeys', journeyId, 'approval_by', by),
    setField('journeys', journeyId, 'approval_at', atIso),
  ];
}

/**
 * Approving, in one batch: the approval fields, the review date, and a frozen
 * snapshot of the journey — so what was signed off can be shown and compared later.
 */
export function approveEdits(
  journeyId: string,
  by: string,
  atIso: string,
  content: SnapshotContent,
  snapshotId: string,
): FieldEdit[] {
  return [
    ...approvalEdits(journeyId, 'approved', by, atIso),
    setField('journeys', journeyId, 'last_reviewed_at', atIso),
    ...rowEdits('snapshots', snapshotId, {
      journey_id: journeyId,
      taken_by: by,
      taken_at: atIso,
      note: '',
      content: JSON.stringify(content),
    }),
  ];
}
