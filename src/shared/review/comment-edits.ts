import type { FieldEdit } from '../changes';
import { rowEdits, fieldEdit } from '../edits';
import type { COMMENT_TARGETS } from '../schema/tables';

export type CommentTarget = (typeof COMMENT_TARGETS)[number];

/** A new comment (a reply when `parentId` is set), one undoable step. */
export function commentEdits(
  id: string,
  target: CommentTarget,
  targetId: string,
  parentId: string | null,
  author: string,
  body: string,
): FieldEdit[] {
  return rowEdits('comments', id, {
    target_table: target,
    target_id: targetId,
    parent_id: parentId,
    author,
    body: body.trim(),
    resolved: false,
    resolved_by: '',
  });
}

/** Resolving a thread is the root comment's `resolved`, signed with who did it and when; reopening clears both. */
export function resolveEdits(rootId: string, resolved: boolean, by: string, atIso: string): FieldEdit[] {
  return [
    fieldEdit('comments', rootId, 'resolved', resolved),
    fieldEdit('comments', rootId, 'resolved_by', resolved ? by : ''),
    fieldEdit('comments', rootId, 'resolved_at', resolved ? atIso : null),
  ];
}

/** New wording of one's own comment. */
export function rewordEdit(id: string, body: string): FieldEdit {
  return fieldEdit('comments', id, 'body', body.trim());
}

/** Deleting a comment is its tombstone (undo brings it back). */
export function deleteEdit(id: string): FieldEdit {
  return fieldEdit('comments', id, 'tombstone', true);
}
