import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChangeRejected } from '../shared/changes';
import { DEFAULT_MAX_DRIFT_MS, HybridClock, randomNodeId } from '../shared/hlc';
import { bearerToken, tokenHash } from './auth';
import type { ServerContext } from './context';
import { HttpError, unauthorized } from './errors';
import { errorJson, parseWith, readJson, Router, sendJson, type Request } from './http';
import { LiveHub } from './live';
import { loadServerMigrations, migrateServer } from './migrate';
import { DEFAULT_COST, hashPassword, type PasswordCost } from './passwords';
import { RateLimiter, type RateLimit } from './rate-limit';
import { accountRoutes } from './routes-accounts';
import { syncRoutes } from './routes-sync';
import { workspaceRoutes } from './routes-workspaces';
import type { Sql } from './sql';
import { API_PREFIX, LIMITS } from '../shared/sync-wire';

/**
 * The sync server: accounts, workspaces and the change log over HTTP, state in
 * PostgreSQL only (rate-limit buckets aside), so instances can share a database.
 */

export interface SyncServerOptions {
  sql: Sql;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  now?: () => number;
  passwordCost?: PasswordCost;
  tokenTtlMs?: number;
  /** Per token. */
  rateLimit?: RateLimit;
  /** Per client address, for requests without a token (sign-up, login). */
  anonymousRateLimit?: RateLimit;
  maxBodyBytes?: number;
  maxPushChanges?: number;
  maxDriftMs?: number;
  heartbeatMs?: number;
  log?: (line: string) => void;
}

export interface SyncServer {
  url: string;
  port: number;
  ctx: ServerContext;
  hub: LiveHub;
  close(): Promise<void>;
}

export async function startSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const now = options.now ?? Date.now;
  const passwordCost = options.passwordCost ?? DEFAULT_COST;
  let decoy: Promise<string> | null = null;
  const ctx: ServerContext = {
    sql: options.sql,
    now,
    clock: new HybridClock(randomNodeId(), now, options.maxDriftMs ?? DEFAULT_MAX_DRIFT_MS),
    passwordCost,
    tokenTtlMs: options.tokenTtlMs ?? 30 * 24 * 3_600_000,
    decoyHash: () => (decoy ??= hashPassword('not a password anyone has', passwordCost)),
  };
  await migrateServer(options.sql, loadServerMigrations(), now);
  const hub = new LiveHub(options.sql, now, options.heartbeatMs ?? 25_000);
  await hub.start();

  const maxBody = options.maxBodyBytes ?? LIMITS.maxBodyBytes;
  const maxPush = options.maxPushChanges ?? LIMITS.maxPushChanges;
  const perToken = new RateLimiter(options.rateLimit ?? { burst: 200, perSecond: 50 }, now);
  const anonymous = new RateLimiter(options.anonymousRateLimit ?? { burst: 20, perSecond: 1 }, now);
  const log = options.log ?? (() => undefined);

  const router = new Router();
  router.add('GET', `${API_PREFIX}/health`, async () => ({
    status: 200,
    json: { ok: true, api: 1, limits: { ...LIMITS, maxBodyBytes: maxBody, maxPushChanges: maxPush } },
  }));
  accountRoutes(router, ctx);
  workspaceRoutes(router, ctx);
  syncRoutes(router, ctx, hub, maxPush);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<number> {
    const url = new URL(req.url ?? '/', 'http://server');
    const match = router.match(req.method ?? 'GET', url.pathname);
    if (!match) throw new HttpError(404, 'not_found', `no route ${req.method} ${url.pathname}`);
    if ('allowed' in match)
      throw new HttpError(405, 'method_not_allowed', `use ${match.allowed.join(' or ')}`, {
        Allow: match.allowed.join(', '),
      });
    const token = bearerToken(req.headers.authorization);
    const hash = token === null ? null : tokenHash(token);
    // Limited before the token is even looked up, so a flood costs the database nothing.
    const wait = hash ? perToken.take(`t:${hash}`) : anonymous.take(`a:${req.socket.remoteAddress ?? '?'}`);
    if (wait > 0) {
      req.resume();
      throw new HttpError(429, 'rate_limited', `too many requests: retry in ${Math.ceil(wait / 1000)} s`, {
        'Retry-After': String(Math.ceil(wait / 1000)),
      });
    }
    const request: Request = {
      req,
      res,
      url,
      params: match.params,
      tokenHash: () => {
        if (!hash) throw unauthorized();
        return hash;
      },
      body: async (schema) => parseWith(schema, await readJson(req, maxBody)),
    };
    const reply = await match.handler(request);
    if ('stream' in reply) return 200;
    if (reply.status === 204) {
      sendJson(res, 204, '', now());
      return 204;
    }
    sendJson(res, reply.status, reply.raw ?? JSON.stringify(reply.json), now());
    return reply.status;
  }

  const server: Server = createServer((req, res) => {
    const started = performance.now();
    handle(req, res)
      .catch((err: unknown) => {
        if (err instanceof HttpError)
          return (sendJson(res, err.status, errorJson(err.code, err.message), now(), err.headers), err.status);
        if (err instanceof ChangeRejected)
          return (sendJson(res, 400, errorJson('invalid_input', err.message), now()), 400);
        log(`error ${req.method} ${req.url}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        sendJson(res, 500, errorJson('internal', 'the server failed to answer this request'), now());
        return 500;
      })
      .then((status) =>
        log(`${req.method} ${req.url?.split('?')[0]} ${status} ${(performance.now() - started).toFixed(1)} ms`),
      );
  });
  server.keepAliveTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? '127.0.0.1';
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    ctx,
    hub,
    async close() {
      await hub.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
