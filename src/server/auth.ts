import { createHash, randomBytes } from 'node:crypto';
import type { ServerContext } from './context';
import { forbidden, unauthorized } from './errors';
import type { SqlTx } from './sql';
import type { Account, Role } from '../shared/sync-wire';

/**
 * Tokens are opaque random strings; the database keeps only their SHA-256.
 * Every request looks its token up again (and its membership, when it names
 * a workspace), so a logout, an expiry or a removal takes effect at once.
 */

export function newToken(): string {
  return `wbt_${randomBytes(32).toString('base64url')}`;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface Caller {
  account: Account;
  tokenHash: string;
  expiresAt: number;
}

export interface MemberCaller extends Caller {
  role: Role;
}

interface CallerRow {
  id: string;
  email: string;
  name: string;
  instance_admin: boolean;
  expires_at: unknown;
  revoked_at: unknown;
  role: Role | null;
}

const ROLE_RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer ([A-Za-z0-9_\-.~+/=]{1,200})$/.exec(header);
  return m ? m[1]! : null;
}

/**
 * One query: the token's account and, when a workspace is named, the caller's
 * role in it (null: not a member). Throws 401 for an unknown, revoked or
 * expired token.
 */
export async function identify(
  ctx: ServerContext,
  hash: string,
  workspaceId: string | null,
): Promise<{ caller: Caller; role: Role | null }> {
  const { rows } = await ctx.sql.query<CallerRow>(
    `SELECT a.id, a.email, a.name, a.instance_admin, t.expires_at, t.revoked_at, m.role
       FROM tokens t
       JOIN accounts a ON a.id = t.account_id
       LEFT JOIN members m ON m.account_id = a.id AND m.workspace_id = $2
      WHERE t.hash = $1`,
    [hash, workspaceId],
  );
  const row = rows[0];
  if (!row) throw unauthorized('this token is unknown: sign in again');
  if (row.revoked_at !== null) throw unauthorized('this token was signed out: sign in again');
  const expiresAt = Number(row.expires_at);
  if (expiresAt <= ctx.now()) throw unauthorized('this token has expired: sign in again');
  const account = { id: row.id, email: row.email, name: row.name, instanceAdmin: row.instance_admin };
  return { caller: { account, tokenHash: hash, expiresAt }, role: row.role };
}

/** The caller as a member with at least the role `least`, or 403 (the same for a workspace that does not exist). */
export function requireRole(caller: Caller, role: Role | null, workspaceId: string, least: Role): MemberCaller {
  if (role === null) throw forbidden(`you are not a member of workspace ${workspaceId}`);
  if (ROLE_RANK[role] < ROLE_RANK[least]) {
    throw forbidden(
      least === 'editor'
        ? `your role in this workspace is ${role}: it can read, not change`
        : `this needs the ${least} role; yours is ${role}`,
    );
  }
  return { ...caller, role };
}

/** The caller's role in the workspace, refusing non-members and roles below `least`. */
export async function authorize(
  ctx: ServerContext,
  hash: string,
  workspaceId: string,
  least: Role,
): Promise<MemberCaller> {
  const { caller, role } = await identify(ctx, hash, workspaceId);
  return requireRole(caller, role, workspaceId, least);
}

export async function issueToken(
  ctx: ServerContext,
  accountId: string,
  tx: SqlTx = ctx.sql,
): Promise<{ token: string; expiresAt: number }> {
  const token = newToken();
  const now = ctx.now();
  const expiresAt = now + ctx.tokenTtlMs;
  await tx.query('INSERT INTO tokens (hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
    tokenHash(token),
    accountId,
    now,
    expiresAt,
  ]);
  return { token, expiresAt };
}

export async function revokeToken(ctx: ServerContext, hash: string): Promise<void> {
  await ctx.sql.query('UPDATE tokens SET revoked_at = $2 WHERE hash = $1 AND revoked_at IS NULL', [hash, ctx.now()]);
}
