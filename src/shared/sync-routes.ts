import type { z } from 'zod';
import { idSchema } from './schema/columns';
import {
  API_PREFIX,
  accountIdSchema,
  createWorkspaceBody,
  healthSchema,
  invitationSchema,
  inviteBody,
  loginBody,
  meSchema,
  memberBody,
  memberSchema,
  nodeSchema,
  pageSchema,
  pullQuery,
  pushBody,
  pushResultSchema,
  redeemBody,
  redeemResultSchema,
  roleBody,
  sessionSchema,
  signUpBody,
  workspaceInfoSchema,
} from './sync-wire';

/**
 * Every route of the sync API, once: method, path, who may call it, and the
 * schemas of its query, body and answer. The server's router, the desktop's
 * client and the server's test client are all made from this table.
 *
 * Access: `anyone` needs no token; `account` a valid token; `viewer`,
 * `editor`, `admin` membership of the workspace in `:id` with at least that
 * role. Finer rules a route adds on top are in `rule`.
 */

export type Access = 'anyone' | 'account' | 'viewer' | 'editor' | 'admin';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Path parameters by name; every `:name` in a path is checked with its schema. */
export const PATH_PARAMS = { id: idSchema, account: accountIdSchema } as const;
export type PathParam = keyof typeof PATH_PARAMS;

export interface RouteDef {
  method: HttpMethod;
  path: string;
  access: Access;
  /** What the route checks beyond `access`. */
  rule?: string;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Status of a successful answer. */
  status: number;
  /** Schema of a successful answer's JSON; null for 204 and for the event stream. */
  answer: z.ZodType | null;
  /** Answers with server-sent events rather than JSON. */
  stream?: true;
}

const route = <const R extends RouteDef>(r: R): R => r;

export const SYNC_ROUTES = {
  health: route({ method: 'GET', path: '/health', access: 'anyone', status: 200, answer: healthSchema }),
  signUp: route({
    method: 'POST',
    path: '/signup',
    access: 'anyone',
    rule: 'the first account becomes instance admin; every later one needs an invitation',
    body: signUpBody,
    status: 201,
    answer: sessionSchema,
  }),
  logIn: route({
    method: 'POST',
    path: '/login',
    access: 'anyone',
    body: loginBody,
    status: 200,
    answer: sessionSchema,
  }),
  logOut: route({ method: 'POST', path: '/logout', access: 'account', status: 204, answer: null }),
  me: route({ method: 'GET', path: '/me', access: 'account', status: 200, answer: meSchema }),
  createInvitation: route({
    method: 'POST',
    path: '/invitations',
    access: 'account',
    rule: 'instance admin (any); workspace admin (to their workspace)',
    body: inviteBody,
    status: 201,
    answer: invitationSchema,
  }),
  redeemInvitation: route({
    method: 'POST',
    path: '/invitations/redeem',
    access: 'account',
    rule: 'never leaves a workspace without an admin',
    body: redeemBody,
    status: 200,
    answer: redeemResultSchema,
  }),
  listWorkspaces: route({
    method: 'GET',
    path: '/workspaces',
    access: 'account',
    status: 200,
    answer: workspaceInfoSchema.array(),
  }),
  createWorkspace: route({
    method: 'POST',
    path: '/workspaces',
    access: 'account',
    rule: 'the creator becomes its admin',
    body: createWorkspaceBody,
    status: 201,
    answer: workspaceInfoSchema,
  }),
  workspace: route({
    method: 'GET',
    path: '/workspaces/:id',
    access: 'viewer',
    status: 200,
    answer: workspaceInfoSchema,
  }),
  members: route({
    method: 'GET',
    path: '/workspaces/:id/members',
    access: 'viewer',
    status: 200,
    answer: memberSchema.array(),
  }),
  addMember: route({
    method: 'POST',
    path: '/workspaces/:id/members',
    access: 'admin',
    rule: 'instance admin only: everyone else invites',
    body: memberBody,
    status: 200,
    answer: memberSchema,
  }),
  setRole: route({
    method: 'PUT',
    path: '/workspaces/:id/members/:account',
    access: 'admin',
    rule: 'never leaves the workspace without an admin',
    body: roleBody,
    status: 204,
    answer: null,
  }),
  removeMember: route({
    method: 'DELETE',
    path: '/workspaces/:id/members/:account',
    access: 'viewer',
    rule: 'the member itself, or an admin; never the last admin',
    status: 204,
    answer: null,
  }),
  nodes: route({
    method: 'GET',
    path: '/workspaces/:id/nodes',
    access: 'viewer',
    status: 200,
    answer: nodeSchema.array(),
  }),
  push: route({
    method: 'POST',
    path: '/workspaces/:id/changes',
    access: 'viewer',
    rule: 'viewers only comments, approvals and snapshots; review data owned (see the server README)',
    body: pushBody,
    status: 200,
    answer: pushResultSchema,
  }),
  pull: route({
    method: 'GET',
    path: '/workspaces/:id/changes',
    access: 'viewer',
    query: pullQuery,
    status: 200,
    answer: pageSchema,
  }),
  events: route({
    method: 'GET',
    path: '/workspaces/:id/events',
    access: 'viewer',
    status: 200,
    answer: null,
    stream: true,
  }),
} as const;

export type RouteName = keyof typeof SYNC_ROUTES;
export const ROUTE_NAMES = Object.keys(SYNC_ROUTES) as RouteName[];

type ParamsOf<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamsOf<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;
export type RouteParams<N extends RouteName> = Record<ParamsOf<(typeof SYNC_ROUTES)[N]['path']>, string>;
type SchemaIn<S> = S extends z.ZodType ? z.input<S> : undefined;
type SchemaOut<S> = S extends z.ZodType ? z.output<S> : undefined;
export type RouteQuery<N extends RouteName> = (typeof SYNC_ROUTES)[N] extends { query: infer Q }
  ? SchemaIn<Q>
  : undefined;
export type RouteBody<N extends RouteName> = (typeof SYNC_ROUTES)[N] extends { body: infer B }
  ? SchemaIn<B>
  : undefined;
export type RouteBodyParsed<N extends RouteName> = (typeof SYNC_ROUTES)[N] extends { body: infer B }
  ? SchemaOut<B>
  : undefined;
export type RouteQueryParsed<N extends RouteName> = (typeof SYNC_ROUTES)[N] extends { query: infer Q }
  ? SchemaOut<Q>
  : undefined;
export type RouteAnswer<N extends RouteName> = SchemaOut<(typeof SYNC_ROUTES)[N]['answer']>;

/** The path of a route with its parameters filled in (encoded), prefix included. */
export function routePath<N extends RouteName>(
  name: N,
  params: RouteParams<N>,
  query?: Record<string, unknown>,
): string {
  const values = params as Record<string, string>;
  const path = SYNC_ROUTES[name].path.replace(/:([a-z]+)/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`route ${name} needs the parameter ${key}`);
    return encodeURIComponent(value);
  });
  const search = query
    ? new URLSearchParams(
        Object.entries(query)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]): [string, string] => [k, String(v)]),
      ).toString()
    : '';
  return `${API_PREFIX}${path}${search ? `?${search}` : ''}`;
}

/** Splits a request path into the route it names and its raw (still encoded) parameters. */
export function matchRoute(
  method: string,
  pathname: string,
): { name: RouteName; params: Record<string, string> } | { allowed: HttpMethod[] } | null {
  if (!pathname.startsWith(`${API_PREFIX}/`)) return null;
  const parts = pathname.slice(API_PREFIX.length).split('/').filter(Boolean);
  const allowed: HttpMethod[] = [];
  for (const name of ROUTE_NAMES) {
    const def = SYNC_ROUTES[name];
    const pattern = def.path.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let same = true;
    for (let i = 0; i < pattern.length && same; i++) {
      const p = pattern[i]!;
      if (p.startsWith(':')) params[p.slice(1)] = parts[i]!;
      else same = p === parts[i];
    }
    if (!same) continue;
    if (def.method === method) return { name, params };
    allowed.push(def.method);
  }
  return allowed.length > 0 ? { allowed } : null;
}
