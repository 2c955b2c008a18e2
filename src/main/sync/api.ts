import type { z } from 'zod';
import { ChangeRejected, parseChanges, type Change } from '../../shared/changes';
import {
  routePath,
  SYNC_ROUTES,
  type RouteAnswer,
  type RouteBody,
  type RouteName,
  type RouteParams,
  type RouteQuery,
} from '../../shared/sync-routes';
import { errorBodySchema, LIMITS, SERVER_TIME_HEADER, type ErrorCode, type Role } from '../../shared/sync-wire';

/**
 * The desktop's client of the sync API, made from the shared route table (the
 * server's router is made from the same one). Every answer is checked against
 * the route's answer schema, and every pulled change against the allow-list
 * again: the network is not trusted more than a file is.
 */

export type FetchFn = typeof fetch;

/** The server answered and refused. */
export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'unexpected',
    message: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'SyncHttpError';
  }
}

/** The server could not be reached (or did not answer in time). */
export class OfflineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OfflineError';
  }
}

/** `https://host:port/prefix` without a trailing slash; throws on anything else. */
export function normalizeServer(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new Error(`"${input}" is not a server address (for example http://127.0.0.1:8787)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error('a server address starts with http:// or https://');
  if (url.username || url.password || url.search || url.hash)
    throw new Error('a server address has no user, query or fragment');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export interface Page {
  changes: Change[];
  cursor: number;
  more: boolean;
}

export class SyncApi {
  /** Server clock minus ours at the last answer: tells a user when their clock is off. */
  skewMs: number | null = null;

  constructor(
    readonly server: string,
    private readonly token: string | null,
    private readonly fetchFn: FetchFn = fetch,
    private readonly timeoutMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  private async request(method: string, path: string, body?: string, signal?: AbortSignal): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await this.fetchFn(`${this.server}${path}`, {
        method,
        headers,
        body,
        signal: signal ?? AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      throw new OfflineError(
        `cannot reach ${this.server}: ${err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err)}`,
      );
    }
    const serverTime = Number(res.headers.get(SERVER_TIME_HEADER));
    if (Number.isFinite(serverTime) && serverTime > 0) this.skewMs = serverTime - this.now();
    if (res.ok) return res;
    const text = await res.text().catch(() => '');
    let parsed: z.infer<typeof errorBodySchema> | null = null;
    try {
      const result = errorBodySchema.safeParse(JSON.parse(text));
      parsed = result.success ? result.data : null;
    } catch {
      // not our server's error shape
    }
    const retryAfter = Number(res.headers.get('retry-after'));
    throw new SyncHttpError(
      res.status,
      parsed?.error.code ?? 'unexpected',
      parsed?.error.message ?? `the server answered ${res.status} ${res.statusText}`,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : null,
    );
  }

  /**
   * One route of the table. `rawBody` is JSON text made elsewhere (a push,
   * spliced from the change log) and sent as it is.
   */
  async call<N extends RouteName>(
    name: N,
    input: {
      params?: RouteParams<N>;
      query?: RouteQuery<N>;
      body?: RouteBody<N>;
      rawBody?: string;
    } = {},
  ): Promise<RouteAnswer<N>> {
    const def = SYNC_ROUTES[name];
    const path = routePath(
      name,
      (input.params ?? {}) as RouteParams<N>,
      input.query as Record<string, unknown> | undefined,
    );
    const body = input.rawBody ?? (input.body === undefined ? undefined : JSON.stringify(input.body));
    const res = await this.request(def.method, path, body);
    if (def.answer === null) {
      await res.arrayBuffer();
      return undefined as RouteAnswer<N>;
    }
    let data: unknown;
    try {
      data = await res.json();
    } catch (err) {
      throw new OfflineError(
        `the answer from ${this.server} broke off: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    const parsed = def.answer.safeParse(data);
    if (!parsed.success)
      throw new SyncHttpError(res.status, 'unexpected', `${this.server} does not answer like a Workbench sync server`);
    return parsed.data as RouteAnswer<N>;
  }

  health = () => this.call('health');
  signUp = (body: RouteBody<'signUp'>) => this.call('signUp', { body });
  logIn = (body: RouteBody<'logIn'>) => this.call('logIn', { body });
  logOut = () => this.call('logOut');
  me = () => this.call('me');
  createWorkspace = (id: string, name: string) => this.call('createWorkspace', { body: { id, name } });
  workspace = (id: string) => this.call('workspace', { params: { id } });
  members = (id: string) => this.call('members', { params: { id } });
  nodes = (id: string) => this.call('nodes', { params: { id } });
  invite = (body: RouteBody<'createInvitation'>) => this.call('createInvitation', { body });
  redeem = async (code: string): Promise<void> => void (await this.call('redeemInvitation', { body: { code } }));
  addMember = (id: string, email: string, role: Role) =>
    this.call('addMember', { params: { id }, body: { email, role } });
  setRole = (id: string, accountId: string, role: Role) =>
    this.call('setRole', { params: { id, account: accountId }, body: { role } });
  removeMember = (id: string, accountId: string) => this.call('removeMember', { params: { id, account: accountId } });

  /** `body` is the JSON text from outbox.pushBody. */
  async push(workspaceId: string, body: string): Promise<number> {
    try {
      return (await this.call('push', { params: { id: workspaceId }, rawBody: body })).accepted;
    } catch (err) {
      // A 200 whose body broke off: the push may be stored; it is sent again, which is harmless.
      if (err instanceof SyncHttpError && err.status === 200)
        throw new OfflineError(`the answer to a push from ${this.server} broke off`);
      throw err;
    }
  }

  async pull(workspaceId: string, after: number, limit: number): Promise<Page> {
    const page = await this.call('pull', { params: { id: workspaceId }, query: { after, limit } });
    try {
      return { changes: parseChanges(page.changes, LIMITS.maxPageSize), cursor: page.cursor, more: page.more };
    } catch (err) {
      if (err instanceof ChangeRejected)
        throw new SyncHttpError(200, 'unexpected', `the server sent a change this app refuses (${err.message})`);
      throw err;
    }
  }

  /** The live event stream; the caller reads and closes it. */
  events(workspaceId: string, signal: AbortSignal): Promise<Response> {
    return this.request('GET', routePath('events', { id: workspaceId }), undefined, signal);
  }
}
