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
 * The edits signed by `me`: a comment's author is always whoever writes it
 * (its account added where the batch names none); other signatures — an
 * approval, an undo that restores someone else's approval, a resolution —
 * are signed by whoever makes them now, and stay empty where they are
 * cleared (a reopened thread).
 */
export function stampSignatures(edits: readonly FieldEdit[], me: Identity): FieldEdit[] {
  const out = edits.map((e) => {
    const kind = signatureKind(e.table, e.column);
    if (kind === null) return e;
    const authorship = e.table === 'comments' && (e.column === 'author' || e.column === 'author_id');
    if (!authorship && (e.value === '' || e.value === null)) return e;
    return { ...e, value: kind === 'name' ? me.name : (me.accountId ?? '') };
  });
  if (me.accountId === null) return out;
  const signed = new Set(out.filter((e) => e.table === 'comments' && e.column === 'author_id').map((e) => e.row));
  for (const e of edits) {
    if (e.table !== 'comments' || e.column !== 'author' || signed.has(e.row)) continue;
    signed.add(e.row);
    out.push({ table: 'comments', row: e.row, column: 'author_id', value: me.accountId });
  }
  return out;
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
