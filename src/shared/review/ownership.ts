import type { FieldEdit } from '../changes';

/**
 * Review data is owned. Columns that say who did something (wrote a comment,
 * resolved a thread, set an approval, froze a snapshot) carry the signer's
 * identity: the device fills them in from who is signed in, and the sync
 * server refuses values that are not the pushing account's. A comment is
 * changed or deleted only by its author or a workspace admin — except its
 * thread state, which anyone who may comment may resolve and reopen. A
 * snapshot is written once and never changed.
 */

export type SignatureKind = 'name' | 'account';

const SIGNATURES: Record<string, Record<string, SignatureKind>> = {
  comments: { author: 'name', author_id: 'account', resolved_by: 'name' },
  journeys: { approval_by: 'name' },
  snapshots: { taken_by: 'name' },
};

/** Which identity a column holds, or null when it is not a signature. */
export function signatureKind(table: string, column: string): SignatureKind | null {
  return SIGNATURES[table]?.[column] ?? null;
}

/** Comment columns anyone who may comment may set on someone else's comment: the thread's resolution. */
export const THREAD_COLUMNS: readonly string[] = ['resolved', 'resolved_by', 'resolved_at'];

/** Who is acting: the sync account in a synced workspace, else the device's user name (no account). */
export interface Identity {
  name: string;
  accountId: string | null;
}

/**
 * The edits with every non-empty signature set to `me`: an approval, an undo
 * that restores someone else's approval, a resolution — each is signed by
 * whoever makes it now. Empty values (a reopened thread) stay empty.
 */
export function stampSignatures(edits: readonly FieldEdit[], me: Identity): FieldEdit[] {
  return edits.map((e) => {
    const kind = signatureKind(e.table, e.column);
    if (kind === null || e.value === '' || e.value === null) return e;
    return { ...e, value: kind === 'name' ? me.name : (me.accountId ?? '') };
  });
}

/** Whether `me` wrote a comment: by account where there is one, else by name (a device without sync). */
export function isOwnComment(comment: { author: string; author_id: string }, me: Identity): boolean {
  if (me.accountId !== null) return comment.author_id === me.accountId;
  return comment.author_id === '' && comment.author !== '' && comment.author === me.name;
}

/** Why changing `column` of someone else's comment is refused, or null when it is allowed. */
export function othersCommentRefusal(column: string, admin: boolean): string | null {
  if (admin || THREAD_COLUMNS.includes(column)) return null;
  return column === 'tombstone'
    ? 'only its author or a workspace admin can delete a comment'
    : 'only its author or a workspace admin can change a comment';
}
