import type { z } from 'zod';
import { ChangeRejected, parseChanges, type Change } from '../../shared/changes';
import {
  errorBodySchema,
  healthSchema,
  invitationSchema,
  meSchema,
  memberSchema,
  nodeSchema,
  pageSchema,
  pushResultSchema,
  sessionSchema,
  workspaceInfoSchema,
  LIMITS,
  SERVER_TIME_HEADER,
  type ErrorCode,
  type Role,
} from '../../shared/sync-wire';

/**
 * The desktop's client of the sync server's /v1 API. Every answer is checked
 * against the server's own schemas, and every pulled change against the
 * allow-list again: the network is not trusted more than a file is.
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
      res = await this.fetchFn(`${this.server}/v1${path}`, {
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

  private async json<S extends z.ZodType>(
    schema: S,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<z.output<S>> {
    const res = await this.request(method, path, body === undefined ? undefined : JSON.stringify(body));
    let data: unknown;
    try {
      data = await res.json();
    } catch (err) {
      throw new OfflineError(
        `the answer from ${this.server} broke off: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success)
      throw new SyncHttpError(res.status, 'unexpected', `${this.server} does not answer like a Workbench sync server`);
    return parsed.data;
  }

  private async nothing(method: string, path: string, body?: unknown): Promise<void> {
    const res = await this.request(method, path, body === undefined ? undefined : JSON.stringify(body));
    await res.arrayBuffer();
  }

  health = () => this.json(healthSchema, 'GET', '/health');
  signUp = (body: { email: string; name: string; password: string; invitation?: string }) =>
    this.json(sessionSchema, 'POST', '/signup', body);
  logIn = (body: { email: string; password: string }) => this.json(sessionSchema, 'POST', '/login', body);
  logOut = () => this.nothing('POST', '/logout');
  me = () => this.json(meSchema, 'GET', '/me');
  createWorkspace = (id: string, name: string) => this.json(workspaceInfoSchema, 'POST', '/workspaces', { id, name });
  workspace = (id: string) => this.json(workspaceInfoSchema, 'GET', `/workspaces/${encodeURIComponent(id)}`);
  members = (id: string) => this.json(memberSchema.array(), 'GET', `/workspaces/${encodeURIComponent(id)}/members`);
  nodes = (id: string) => this.json(nodeSchema.array(), 'GET', `/workspaces/${encodeURIComponent(id)}/nodes`);
  invite = (body: { workspaceId?: string; role?: Role; expiresInHours?: number }) =>
    this.json(invitationSchema, 'POST', '/invitations', body);
  redeem = (code: string) => this.nothing('POST', '/invitations/redeem', { code });
  addMember = (id: string, email: string, role: Role) =>
    this.json(memberSchema, 'POST', `/workspaces/${encodeURIComponent(id)}/members`, { email, role });
  setRole = (id: string, accountId: string, role: Role) =>
    this.nothing('PUT', `/workspaces/${encodeURIComponent(id)}/members/${encodeURIComponent(accountId)}`, { role });
  removeMember = (id: string, accountId: string) =>
    this.nothing('DELETE', `/workspaces/${encodeURIComponent(id)}/members/${encodeURIComponent(accountId)}`);

  /** `body` is the JSON text from outbox.pushBody. */
  async push(workspaceId: string, body: string): Promise<number> {
    const res = await this.request('POST', `/workspaces/${encodeURIComponent(workspaceId)}/changes`, body);
    const parsed = pushResultSchema.safeParse(await res.json().catch(() => null));
    if (!parsed.success) throw new OfflineError(`the answer to a push from ${this.server} broke off`);
    return parsed.data.accepted;
  }

  async pull(workspaceId: string, after: number, limit: number): Promise<Page> {
    const page = await this.json(
      pageSchema,
      'GET',
      `/workspaces/${encodeURIComponent(workspaceId)}/changes?after=${after}&limit=${limit}`,
    );
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
    return this.request('GET', `/workspaces/${encodeURIComponent(workspaceId)}/events`, undefined, signal).then(
      (res) => res,
    );
  }
}
