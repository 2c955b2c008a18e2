import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChangeRejected } from '../shared/changes';
import { DEFAULT_MAX_DRIFT_MS, HybridClock, randomNodeId } from '../shared/hlc';
import { LIMITS } from '../shared/sync-wire';
import type { ServerContext } from './context';
import { HttpError } from './errors';
import { errorJson, sendJson } from './http';
import { limiters, PRODUCTION_LIMITS, type ServerLimits } from './limits';
import { LiveHub } from './live';
import { loadServerMigrations, migrateServer } from './migrate';
import { DEFAULT_COST, hashPassword, type PasswordCost } from './passwords';
import type { RateLimit } from './rate-limit';
import { accountHandlers } from './routes-accounts';
import { syncHandlers } from './routes-sync';
import { workspaceHandlers } from './routes-workspaces';
import { createRouter, type RouteHandlers } from './router';
import type { Sql } from './sql';

/**
 * The sync server: accounts, workspaces and the change log over HTTP, state in
 * PostgreSQL only (rate-limit buckets and stream counts aside), so instances
 * can share a database. Its routes are the shared table in sync-routes.ts.
 */

export interface SyncServerOptions {
  sql: Sql;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  now?: () => number;
  passwordCost?: PasswordCost;
  tokenTtlMs?: number;
  /** Per verified token (default: PRODUCTION_LIMITS). */
  rateLimit?: RateLimit;
  /** Per client address, for requests without a verified token (sign-up, login, unknown tokens). */
  anonymousRateLimit?: RateLimit;
  /** Everything else of PRODUCTION_LIMITS that a caller wants different. */
  limits?: Partial<ServerLimits>;
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
  const limits: ServerLimits = {
    ...PRODUCTION_LIMITS,
    ...options.limits,
    ...(options.rateLimit ? { perToken: options.rateLimit } : {}),
    ...(options.anonymousRateLimit ? { perAddress: options.anonymousRateLimit } : {}),
  };
  const hub = new LiveHub(options.sql, now, options.heartbeatMs ?? 25_000, {
    perToken: limits.streamsPerToken,
    perAddress: limits.streamsPerAddress,
  });
  await hub.start();

  const maxBody = options.maxBodyBytes ?? LIMITS.maxBodyBytes;
  const maxPush = options.maxPushChanges ?? LIMITS.maxPushChanges;
  const log = options.log ?? (() => undefined);
  const buckets = limiters(limits, now);

  const handlers: RouteHandlers = {
    health: async () => ({
      ok: true,
      api: 1,
      limits: { ...LIMITS, maxBodyBytes: maxBody, maxPushChanges: maxPush },
    }),
    ...accountHandlers(ctx, buckets),
    ...workspaceHandlers(ctx),
    ...syncHandlers(ctx, hub, maxPush),
  };
  const handle = createRouter({ ctx, handlers, limiters: buckets, maxBodyBytes: maxBody });

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
