import { z } from 'zod';
import { idSchema } from './schema/columns';
import { isWellFormed, NUL_CHARACTER, UNPAIRED_SURROGATE } from './text';

/**
 * The sync API's bodies and answers (the routes that carry them are in
 * sync-routes.ts). Imports only zod and src/shared, so the desktop's sync
 * client validates the server's answers with the very schemas the server
 * validates requests with.
 */

/** The one place the API version appears in a path. */
export const API_PREFIX = '/v1';

export const LIMITS = {
  /** Request bodies above this are refused with 413 before they are parsed. */
  maxBodyBytes: 4 * 1024 * 1024,
  /** Changes per push; more is refused with 413. */
  maxPushChanges: 10_000,
  /** Changes per pull page. */
  maxPageSize: 5_000,
  defaultPageSize: 1_000,
} as const;

/** The roles of a workspace member, stated once for the server, the desktop and the contract. */
export const roleSchema = z.enum(['viewer', 'editor', 'admin']);
export type Role = z.infer<typeof roleSchema>;
export const accountIdSchema = z.string().min(1).max(100);

/** Names go into PostgreSQL text, which holds neither NUL nor unpaired surrogates: refused with the reason. */
const storedText = (max: number, empty: string) =>
  z
    .string()
    .trim()
    .min(1, empty)
    .max(max)
    .refine((s) => !s.includes('\u0000'), NUL_CHARACTER)
    .refine(isWellFormed, UNPAIRED_SURROGATE);
const email = z.string().trim().toLowerCase().pipe(z.email('must be an e-mail address').max(254));
const password = z.string().min(10, 'a password needs at least 10 characters').max(200);
const name = storedText(100, 'a name is needed');
const invitationCode = z.string().min(8).max(100);

export const signUpBody = z.object({ email, name, password, invitation: invitationCode.optional() });
export const loginBody = z.object({ email, password: z.string().min(1).max(200) });
export const createWorkspaceBody = z.object({ id: idSchema, name: storedText(200, 'a workspace needs a name') });
export const inviteBody = z
  .object({
    workspaceId: idSchema.optional(),
    role: roleSchema.optional(),
    expiresInHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 90)
      .default(24 * 7),
  })
  .refine((b) => (b.workspaceId === undefined) === (b.role === undefined), 'workspaceId and role go together');
export const redeemBody = z.object({ code: invitationCode });
export const memberBody = z.object({ email, role: roleSchema });
export const roleBody = z.object({ role: roleSchema });
/** Entries are checked one by one with parseChanges (the allow-list) after this. */
export const pushBody = z.object({ changes: z.array(z.unknown()) });
export const pullQuery = z.object({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(LIMITS.maxPageSize).default(LIMITS.defaultPageSize),
});

export const accountSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  instanceAdmin: z.boolean(),
});
export type Account = z.infer<typeof accountSchema>;
export const sessionSchema = z.object({ token: z.string(), expiresAt: z.number(), account: accountSchema });
export type Session = z.infer<typeof sessionSchema>;
export const workspaceInfoSchema = z.object({ id: z.string(), name: z.string(), role: roleSchema, seq: z.number() });
export type WorkspaceInfo = z.infer<typeof workspaceInfoSchema>;
export const meSchema = z.object({ account: accountSchema, workspaces: z.array(workspaceInfoSchema) });
/** A workspace member as every side shows it. */
export const memberSchema = z.object({ accountId: z.string(), email: z.string(), name: z.string(), role: roleSchema });
export type Member = z.infer<typeof memberSchema>;
export const nodeSchema = z.object({ node: z.string(), accountId: z.string(), name: z.string() });
export type NodeOwner = z.infer<typeof nodeSchema>;
export const invitationSchema = z.object({
  code: z.string(),
  expiresAt: z.number(),
  workspaceId: z.string().nullable(),
  role: roleSchema.nullable(),
});
export type Invitation = z.infer<typeof invitationSchema>;
export const redeemResultSchema = z.object({ workspaceId: z.string(), role: roleSchema });
export const pushResultSchema = z.object({ accepted: z.number() });
export const pageSchema = z.object({ changes: z.array(z.unknown()), cursor: z.number(), more: z.boolean() });
export const healthSchema = z.object({
  ok: z.literal(true),
  api: z.literal(1),
  limits: z.object({
    maxBodyBytes: z.number(),
    maxPushChanges: z.number(),
    maxPageSize: z.number(),
    defaultPageSize: z.number(),
  }),
});

export const ERROR_CODES = [
  'invalid_input',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'too_large',
  'clock_drift',
  'rate_limited',
  'unsupported_media_type',
  'method_not_allowed',
  'internal',
  'unavailable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export const errorBodySchema = z.object({ error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }) });

/** The server's wall clock on every answer: lets a client tell the user its clock is off. */
export const SERVER_TIME_HEADER = 'x-workbench-time';
