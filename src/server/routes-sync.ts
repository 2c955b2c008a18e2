import { ChangeRejected, parseChanges, type Change } from '../shared/changes';
import { idSchema } from '../shared/schema/columns';
import { authorize } from './auth';
import { pullPage, pushChanges } from './changes';
import type { ServerContext } from './context';
import { forbidden, invalid, tooLarge } from './errors';
import { firstNonReviewEdit, viewerRefusal } from '../shared/review/review-edits';
import { baseHeaders, parseWith, type Router } from './http';
import type { LiveHub } from './live';
import { toNumber } from './sql';
import { API_PREFIX, pullQuery, pushBody } from '../shared/sync-wire';

/** Every change checked against the allow-list and its column's schema; one bad change refuses the batch. */
function parseBatch(input: unknown[], max: number): Change[] {
  try {
    return parseChanges(input, max);
  } catch (err) {
    if (err instanceof ChangeRejected) throw invalid(`${err.message}; nothing was stored`);
    throw err;
  }
}

/** Push, pull and live notifications of one workspace. */
export function syncRoutes(router: Router, ctx: ServerContext, hub: LiveHub, maxPushChanges: number): void {
  const base = `${API_PREFIX}/workspaces/:id`;
  router
    .add('POST', `${base}/changes`, async (r) => {
      const id = parseWith(idSchema, r.params.id);
      // Authorised before the body is read: a stranger cannot make us parse 4 MB.
      // Viewers (reviewers) may push too, but only comments, snapshots and approvals.
      const caller = await authorize(ctx, r.tokenHash(), id, 'viewer');
      const body = await r.body(pushBody);
      if (body.changes.length > maxPushChanges)
        throw tooLarge(`a push carries at most ${maxPushChanges} changes, this one ${body.changes.length}`);
      const changes = parseBatch(body.changes, maxPushChanges);
      if (caller.role === 'viewer') {
        const i = firstNonReviewEdit(changes);
        if (i >= 0) throw forbidden(viewerRefusal(changes[i]!, i));
      }
      return { status: 200, json: await pushChanges(ctx, caller.account.id, id, changes) };
    })
    .add('GET', `${base}/changes`, async (r) => {
      const id = parseWith(idSchema, r.params.id);
      await authorize(ctx, r.tokenHash(), id, 'viewer');
      const q = parseWith(pullQuery, Object.fromEntries(r.url.searchParams));
      return { status: 200, raw: await pullPage(ctx, id, q.after, q.limit) };
    })
    .add('GET', `${base}/events`, async (r) => {
      const id = parseWith(idSchema, r.params.id);
      const caller = await authorize(ctx, r.tokenHash(), id, 'viewer');
      const { rows } = await ctx.sql.query<{ seq: unknown }>('SELECT seq FROM workspaces WHERE id = $1', [id]);
      r.res.writeHead(200, {
        ...baseHeaders(ctx.now()),
        'Content-Type': 'text/event-stream; charset=utf-8',
        Connection: 'keep-alive',
      });
      r.res.flushHeaders();
      r.req.socket.setKeepAlive(true);
      r.req.socket.setNoDelay(true);
      hub.add(
        {
          workspaceId: id,
          accountId: caller.account.id,
          tokenHash: caller.tokenHash,
          expiresAt: caller.expiresAt,
          res: r.res,
        },
        toNumber(rows[0]?.seq ?? 0),
      );
      return { stream: true };
    });
}
