import { ChangeRejected, parseChanges, type Change } from '../shared/changes';
import { firstNonReviewEdit, viewerRefusal } from '../shared/review/review-edits';
import { pullPage, pushChanges } from './changes';
import type { ServerContext } from './context';
import { forbidden, invalid, rateLimited, tooLarge } from './errors';
import { baseHeaders } from './http';
import type { LiveHub } from './live';
import type { RouteHandlers } from './router';
import { toNumber } from './sql';

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
export function syncHandlers(
  ctx: ServerContext,
  hub: LiveHub,
  maxPushChanges: number,
): Pick<RouteHandlers, 'push' | 'pull' | 'events'> {
  return {
    push: async ({ caller, params, body }) => {
      if (body.changes.length > maxPushChanges)
        throw tooLarge(`a push carries at most ${maxPushChanges} changes, this one ${body.changes.length}`);
      const changes = parseBatch(body.changes, maxPushChanges);
      // Viewers (reviewers) may push too, but only comments, snapshots and approvals.
      if (caller.role === 'viewer') {
        const i = firstNonReviewEdit(changes);
        if (i >= 0) throw forbidden(viewerRefusal(changes[i]!, i));
      }
      return pushChanges(ctx, caller, params.id, changes);
    },
    pull: async ({ params, query }) => ({ raw: await pullPage(ctx, params.id, query.after, query.limit) }),
    events: async ({ caller, params, address, req, res }) => {
      const refusal = hub.refusal(caller.tokenHash, address);
      if (refusal) throw rateLimited(refusal, 30_000);
      const { rows } = await ctx.sql.query<{ seq: unknown }>('SELECT seq FROM workspaces WHERE id = $1', [params.id]);
      res.writeHead(200, {
        ...baseHeaders(ctx.now()),
        'Content-Type': 'text/event-stream; charset=utf-8',
        Connection: 'keep-alive',
      });
      res.flushHeaders();
      req.socket.setKeepAlive(true);
      req.socket.setNoDelay(true);
      hub.add(
        {
          workspaceId: params.id,
          accountId: caller.account.id,
          tokenHash: caller.tokenHash,
          expiresAt: caller.expiresAt,
          address,
          res,
        },
        toNumber(rows[0]?.seq ?? 0),
      );
      return 'stream';
    },
  };
}
