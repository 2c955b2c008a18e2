/**
 * What a reviewer may change. A workspace member with the viewer role
 * (executives) reads everything and may comment, approve and freeze
 * snapshots — nothing else. The desktop service, the sync client and the
 * server all apply this one rule so a viewer's other edits never spread.
 */

/** Tables a reviewer writes whole rows of. */
export const REVIEW_TABLES = ['comments', 'snapshots'] as const;
/** Columns a reviewer may set on journeys: the approval (with why changes were requested) and the review date. */
export const REVIEW_JOURNEY_COLUMNS = [
  'approval',
  'approval_by',
  'approval_at',
  'approval_note',
  'last_reviewed_at',
] as const;

export interface EditAddress {
  table: string;
  column: string;
}

export function isReviewEdit(edit: EditAddress): boolean {
  if ((REVIEW_TABLES as readonly string[]).includes(edit.table)) return true;
  return edit.table === 'journeys' && (REVIEW_JOURNEY_COLUMNS as readonly string[]).includes(edit.column);
}

/** The first edit a viewer may not make (its index), or -1 when every edit is a review edit. */
export function firstNonReviewEdit(edits: readonly EditAddress[]): number {
  return edits.findIndex((e) => !isReviewEdit(e));
}

/** A readable refusal for a viewer's edit, naming what was refused. */
export function viewerRefusal(edit: EditAddress, index: number): string {
  return `change ${index + 1} (${edit.table}.${edit.column}): your role in this workspace is viewer — you can comment and approve, not edit; nothing was stored`;
}
