import type { Row } from '../schema/tables';

/**
 * Comment threads. A thread is a root comment (no parent) and its replies;
 * resolving a thread sets the root's `resolved`. Comments have no creation
 * column, so their ids carry the time: `cm-<base-36 millis>-<random>` sorts
 * by creation and tells when a comment was written.
 */

type Comment = Row<'comments'>;

export interface Thread {
  root: Comment;
  replies: Comment[];
}

const TIME_WIDTH = 9;

export function commentId(nowMs: number, random: () => number = Math.random): string {
  const time = Math.max(0, Math.floor(nowMs)).toString(36).padStart(TIME_WIDTH, '0');
  let tail = '';
  for (let i = 0; i < 12; i++) tail += Math.floor(random() * 36).toString(36);
  return `cm-${time}-${tail}`;
}

/** When a comment was written, or null for an id made elsewhere. */
export function commentTime(id: string): number | null {
  const m = /^cm-([0-9a-z]{9})-/.exec(id);
  return m ? parseInt(m[1]!, 36) : null;
}

const byCreation = (a: Comment, b: Comment) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The threads on every target, keyed `table:id`, oldest first; replies whose root is gone are dropped. */
export function threadsByTarget(comments: readonly Comment[]): Map<string, Thread[]> {
  const live = comments.filter((c) => !c.tombstone).sort(byCreation);
  const roots = new Map<string, Thread>();
  const out = new Map<string, Thread[]>();
  for (const c of live) {
    if (c.parent_id !== null) continue;
    const thread: Thread = { root: c, replies: [] };
    roots.set(c.id, thread);
    const key = targetKey(c.target_table, c.target_id);
    const list = out.get(key);
    if (list) list.push(thread);
    else out.set(key, [thread]);
  }
  for (const c of live) {
    if (c.parent_id === null) continue;
    // A reply to a reply joins the thread of its root.
    let parent = live.find((p) => p.id === c.parent_id);
    while (parent && parent.parent_id !== null) {
      const up: string = parent.parent_id;
      parent = live.find((p) => p.id === up);
    }
    if (parent) roots.get(parent.id)?.replies.push(c);
  }
  return out;
}

export const targetKey = (table: string, id: string | null): string => `${table}:${id ?? ''}`;

export function openCount(threads: readonly Thread[] | undefined): number {
  return threads ? threads.filter((t) => !t.root.resolved).length : 0;
}
