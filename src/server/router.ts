import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import {
  PATH_PARAMS,
  SYNC_ROUTES,
  matchRoute,
  type PathParam,
  type RouteBodyParsed,
  type RouteName,
  type RouteParams,
  type RouteQueryParsed,
} from '../shared/sync-routes';
import { bearerToken, identify, requireRole, tokenHash, type Caller, type MemberCaller } from './auth';
import type { ServerContext } from './context';
import { HttpError, invalid, rateLimited, unauthorized } from './errors';
import { parseWith, readJson, sendJson } from './http';
import type { Limiters } from './limits';

/**
 * The server's router, made from the shared route table: it finds the route,
 * applies the rate limits, checks the token and the caller's role as the
 * table says, parses parameters, query and body with the table's schemas,
 * and only then calls the route's handler. A handler for every route is
 * required by type.
 */

type Def<N extends RouteName> = (typeof SYNC_ROUTES)[N];
type CallerOf<N extends RouteName> = Def<N>['access'] extends 'anyone'
  ? null
  : Def<N>['access'] extends 'account'
    ? Caller
    : MemberCaller;

/** A JSON answer the handler has serialised already (pull pages splice stored JSON). */
export interface RawJson {
  raw: string;
}

type ResultOf<N extends RouteName> =
  Def<N> extends { stream: true }
    ? 'stream'
    : Def<N>['answer'] extends z.ZodType
      ? z.input<Def<N>['answer']> | RawJson
      : void;

export interface RouteRequest<N extends RouteName> {
  params: RouteParams<N>;
  query: RouteQueryParsed<N>;
  body: RouteBodyParsed<N>;
  caller: CallerOf<N>;
  /** The client's address (what unauthenticated limits are keyed by). */
  address: string;
  req: IncomingMessage;
  res: ServerResponse;
}

export type RouteHandlers = { [N in RouteName]: (r: RouteRequest<N>) => Promise<ResultOf<N>> };

export interface RouterDeps {
  ctx: ServerContext;
  handlers: RouteHandlers;
  limiters: Limiters;
  maxBodyBytes: number;
}

function decodeParams(raw: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(value);
    } catch {
      throw invalid(`the path segment for ${key} is not a valid percent-encoded string`);
    }
    out[key] = parseWith(PATH_PARAMS[key as PathParam], decoded);
  }
  return out;
}

/** Answers one request; resolves with the status sent (200 for a stream that stays open). */
export function createRouter(deps: RouterDeps): (req: IncomingMessage, res: ServerResponse) => Promise<number> {
  const { ctx, limiters } = deps;
  const handlers = deps.handlers as unknown as Record<RouteName, (r: RouteRequest<RouteName>) => Promise<unknown>>;

  return async (req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://server');
    } catch {
      throw invalid('the request path is not a valid URL');
    }
    const match = matchRoute(req.method ?? 'GET', url.pathname);
    if (!match) throw new HttpError(404, 'not_found', `no route ${req.method} ${url.pathname}`);
    if ('allowed' in match)
      throw new HttpError(405, 'method_not_allowed', `use ${match.allowed.join(' or ')}`, {
        Allow: match.allowed.join(', '),
      });
    const def: Def<RouteName> = SYNC_ROUTES[match.name];
    const address = req.socket.remoteAddress ?? 'unknown';
    const token = bearerToken(req.headers.authorization);
    const hash = token === null ? null : tokenHash(token);

    // Only a token this instance has verified has a bucket of its own; anything else
    // (no token, an unknown or made-up one) is counted against the client's address,
    // before the database is asked anything.
    const ownBucket = def.access !== 'anyone' && hash !== null && limiters.token.has(hash);
    const wait = ownBucket ? limiters.token.take(hash) : limiters.address.take(address);
    if (wait > 0) {
      req.resume();
      throw rateLimited('too many requests', wait);
    }

    const params = decodeParams(match.params);
    let caller: Caller | MemberCaller | null = null;
    if (def.access !== 'anyone') {
      if (hash === null) throw unauthorized();
      let found: Awaited<ReturnType<typeof identify>>;
      try {
        found = await identify(ctx, hash, params.id ?? null);
      } catch (err) {
        // A signed-out or expired token is a stranger again: its requests count against the address.
        if (ownBucket) limiters.token.delete(hash);
        throw err;
      }
      if (!ownBucket) limiters.token.take(hash);
      caller = def.access === 'account' ? found.caller : requireRole(found.caller, found.role, params.id!, def.access);
    }
    const query = 'query' in def ? parseWith(def.query, Object.fromEntries(url.searchParams)) : undefined;
    let body: unknown = undefined;
    // Read only now: a stranger cannot make the server parse 4 MB.
    if ('body' in def) body = parseWith(def.body, await readJson(req, deps.maxBodyBytes));
    else req.resume();

    const result = await handlers[match.name]({
      params,
      query,
      body,
      caller,
      address,
      req,
      res,
    } as RouteRequest<RouteName>);
    if ('stream' in def) return def.status;
    if (def.answer === null) {
      sendJson(res, def.status, '', ctx.now());
      return def.status;
    }
    const raw = (result as Partial<RawJson>).raw;
    sendJson(res, def.status, typeof raw === 'string' ? raw : JSON.stringify(result), ctx.now());
    return def.status;
  };
}
