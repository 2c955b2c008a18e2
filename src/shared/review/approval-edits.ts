import type { FieldEdit } from '../changes';
import { rowEdits, fieldEdit } from '../edits';
import type { SnapshotContent } from './snapshot';
import type { APPROVAL_STATES } from '../schema/tables';
import { commentEdits } from './comment-edits';

export type ApprovalState = (typeof APPROVAL_STATES)[number];

/** A new approval state with who set it and when (and why, when changes are requested). Older snapshots stay as they are. */
export function approvalEdits(
  journeyId: string,
  state: ApprovalState,
  by: string,
  atIso: string,
  note = '',
): FieldEdit[] {
  return [
    fieldEdit('journeys', journeyId, 'approval', state),
    fieldEdit('journeys', journeyId, 'approval_by', by),
    fieldEdit('journeys', journeyId, 'approval_at', atIso),
    fieldEdit('journeys', journeyId, 'approval_note', note),
  ];
}

/**
 * Requesting changes, in one batch: the state with the reason, and the reason
 * as a comment thread on the journey, where the team answers and resolves it.
 */
export function requestChangesEdits(
  journeyId: string,
  by: string,
  atIso: string,
  reason: string,
  commentId: string,
): FieldEdit[] {
  const text = reason.trim();
  return [
    ...approvalEdits(journeyId, 'changes_requested', by, atIso, text),
    ...commentEdits(commentId, 'journeys', journeyId, null, by, text),
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
    fieldEdit('journeys', journeyId, 'last_reviewed_at', atIso),
    ...rowEdits('snapshots', snapshotId, {
      journey_id: journeyId,
      taken_by: by,
      taken_at: atIso,
      note: '',
      content: JSON.stringify(content),
    }),
  ];
}
