import { ApiError } from '../../shared/contract';
import type { FieldEdit } from '../../shared/changes';
import { isOwnComment, othersCommentRefusal, stampSignatures, type Identity } from '../../shared/review/ownership';
import type { Queries } from '../store/db';

/**
 * The desktop's half of "review data is owned" (shared/review/ownership.ts):
 * every signature in a batch is this device's signer, and someone else's
 * comment is changed only by a workspace admin (its thread state by anyone).
 * The sync server checks the same; refusing here keeps a batch the server
 * would refuse from ever being made.
 */
export async function ownReviewEdits(
  db: Queries,
  edits: readonly FieldEdit[],
  me: Identity,
  admin: boolean,
): Promise<FieldEdit[]> {
  const signed = me.name ? stampSignatures(edits, me) : [...edits];
  const commentIds = [...new Set(signed.filter((e) => e.table === 'comments').map((e) => e.row))];
  if (commentIds.length === 0 || admin) return signed;
  const rows = await db.all<{ id: string; author: string; author_id: string }>(
    `SELECT id, author, author_id FROM comments WHERE id IN (${commentIds.map(() => '?').join(',')})`,
    commentIds,
  );
  const others = new Set(rows.filter((r) => !isOwnComment(r, me)).map((r) => r.id));
  signed.forEach((e, i) => {
    if (e.table !== 'comments' || !others.has(e.row)) return;
    const refusal = othersCommentRefusal(e.column, admin);
    if (refusal) throw new ApiError('forbidden', `change ${i + 1}: ${refusal}`);
  });
  return signed;
}
