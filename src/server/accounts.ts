import { randomBytes, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { issueToken, tokenHash, type Caller } from './auth';
import type { ServerContext } from './context';
import { forbidden, invalid, unauthorized } from './errors';
import { hashPassword, verifyPassword } from './passwords';
import { sqlErrorCode, UNIQUE_VIOLATION, type SqlTx } from './sql';
import { keepAnAdmin, notifyAccess } from './workspaces';
import type { Invitation, Role, Session, inviteBody, loginBody, signUpBody } from '../shared/sync-wire';

/**
 * Sign-up, login and invitations. The first account of an instance becomes its
 * admin; every later one needs an invitation code, which may also carry a
 * workspace and a role. Codes, like tokens, are stored only as hashes.
 */

/** Serialises sign-ups so that exactly one account can be the first. */
const SIGN_UP_LOCK = 7_270_407;

interface InvitationRow {
  workspace_id: string | null;
  role: Role | null;
  expires_at: unknown;
  used_at: unknown;
}

/** One answer for every sign-up an invitation does not allow, so it never tells whether an e-mail has an account. */
const INVITATION_REFUSED =
  'this invitation code is unknown, used or expired — or cannot be used with this e-mail address; ask for a new one (with an account already: sign in and redeem it there)';

export async function signUp(ctx: ServerContext, body: z.output<typeof signUpBody>): Promise<Session> {
  // The slow hash runs before the transaction so the lock is held briefly.
  const passwordHash = await hashPassword(body.password, ctx.passwordCost);
  const id = randomUUID();
  const now = ctx.now();
  let outcome: Session | null;
  try {
    outcome = await ctx.sql.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [SIGN_UP_LOCK]);
      const { rows } = await tx.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM accounts) AS any');
      const first = !rows[0]?.any;
      const invitation = first ? null : await takeInvitation(ctx, tx, body.invitation);
      if (invitation) {
        // Used up whatever happens next: one invitation can test one e-mail address, no more.
        await tx.query('UPDATE invitations SET used_at = $2 WHERE code_hash = $1', [tokenHash(body.invitation!), now]);
        const taken = await tx.query('SELECT 1 FROM accounts WHERE email = $1', [body.email]);
        if (taken.rows.length > 0) return null;
      }
      await tx.query(
        'INSERT INTO accounts (id, email, name, password_hash, instance_admin, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [id, body.email, body.name, passwordHash, first, now],
      );
      if (invitation?.workspace_id && invitation.role) {
        await tx.query('INSERT INTO members (workspace_id, account_id, role, added_at) VALUES ($1, $2, $3, $4)', [
          invitation.workspace_id,
          id,
          invitation.role,
          now,
        ]);
      }
      if (invitation)
        await tx.query('UPDATE invitations SET used_by = $2 WHERE code_hash = $1', [tokenHash(body.invitation!), id]);
      const { token, expiresAt } = await issueToken(ctx, id, tx);
      return { token, expiresAt, account: { id, email: body.email, name: body.name, instanceAdmin: first } };
    });
  } catch (err) {
    // Two sign-ups with one address at once: the loser hears what a used invitation hears.
    if (sqlErrorCode(err) === UNIQUE_VIOLATION) throw forbidden(INVITATION_REFUSED);
    throw err;
  }
  if (!outcome) throw forbidden(INVITATION_REFUSED);
  return outcome;
}

/** A valid, unused invitation, locked for this transaction; the caller marks it used. */
async function takeInvitation(ctx: ServerContext, tx: SqlTx, code: string | undefined): Promise<InvitationRow> {
  if (!code) throw forbidden('this server needs an invitation code to sign up');
  const { rows } = await tx.query<InvitationRow>(
    'SELECT workspace_id, role, expires_at, used_at FROM invitations WHERE code_hash = $1 FOR UPDATE',
    [tokenHash(code)],
  );
  const row = rows[0];
  if (!row || row.used_at !== null || Number(row.expires_at) <= ctx.now()) throw forbidden(INVITATION_REFUSED);
  return row;
}

export async function logIn(ctx: ServerContext, body: z.output<typeof loginBody>): Promise<Session> {
  const { rows } = await ctx.sql.query<{
    id: string;
    email: string;
    name: string;
    instance_admin: boolean;
    password_hash: string;
  }>('SELECT id, email, name, instance_admin, password_hash FROM accounts WHERE email = $1', [body.email]);
  const row = rows[0];
  // An unknown address is checked against a decoy hash so it takes as long as a wrong password.
  const ok = await verifyPassword(body.password, row?.password_hash ?? (await ctx.decoyHash()));
  if (!row || !ok) throw unauthorized('wrong e-mail address or password');
  const { token, expiresAt } = await issueToken(ctx, row.id);
  return {
    token,
    expiresAt,
    account: { id: row.id, email: row.email, name: row.name, instanceAdmin: row.instance_admin },
  };
}

export async function createInvitation(
  ctx: ServerContext,
  caller: Caller,
  body: z.output<typeof inviteBody>,
): Promise<Invitation> {
  if (body.workspaceId) {
    if (!caller.account.instanceAdmin) {
      const { rows } = await ctx.sql.query<{ role: Role }>(
        'SELECT role FROM members WHERE workspace_id = $1 AND account_id = $2',
        [body.workspaceId, caller.account.id],
      );
      if (!rows[0]) throw forbidden(`you are not a member of workspace ${body.workspaceId}`);
      if (rows[0].role !== 'admin') throw forbidden('only an admin of this workspace can invite to it');
    }
    const exists = await ctx.sql.query('SELECT 1 FROM workspaces WHERE id = $1', [body.workspaceId]);
    if (exists.rows.length === 0) throw invalid(`no workspace ${body.workspaceId}`);
  } else if (!caller.account.instanceAdmin) {
    throw forbidden('only the instance admin can invite without a workspace');
  }
  const code = randomBytes(18).toString('base64url');
  const now = ctx.now();
  const expiresAt = now + body.expiresInHours * 3_600_000;
  await ctx.sql.query(
    'INSERT INTO invitations (code_hash, created_by, workspace_id, role, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)',
    [tokenHash(code), caller.account.id, body.workspaceId ?? null, body.role ?? null, now, expiresAt],
  );
  return { code, expiresAt, workspaceId: body.workspaceId ?? null, role: body.role ?? null };
}

/** An existing account joins the workspace an invitation carries; it never leaves the workspace without an admin. */
export async function redeemInvitation(
  ctx: ServerContext,
  caller: Caller,
  code: string,
): Promise<{ workspaceId: string; role: Role }> {
  return ctx.sql.transaction(async (tx) => {
    const invitation = await takeInvitation(ctx, tx, code);
    if (!invitation.workspace_id || !invitation.role)
      throw invalid('this invitation is for signing up, not for joining a workspace');
    const workspaceId = invitation.workspace_id;
    // The same lock and check as every other change of roles.
    await tx.query('SELECT 1 FROM workspaces WHERE id = $1 FOR UPDATE', [workspaceId]);
    const current = await tx.query<{ role: Role }>(
      'SELECT role FROM members WHERE workspace_id = $1 AND account_id = $2',
      [workspaceId, caller.account.id],
    );
    if (current.rows[0]?.role === 'admin' && invitation.role !== 'admin')
      await keepAnAdmin(tx, workspaceId, caller.account.id);
    const now = ctx.now();
    await tx.query(
      `INSERT INTO members (workspace_id, account_id, role, added_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (workspace_id, account_id) DO UPDATE SET role = excluded.role`,
      [workspaceId, caller.account.id, invitation.role, now],
    );
    await tx.query('UPDATE invitations SET used_by = $2, used_at = $3 WHERE code_hash = $1', [
      tokenHash(code),
      caller.account.id,
      now,
    ]);
    if (current.rows[0] && current.rows[0].role !== invitation.role)
      await notifyAccess(tx, { w: workspaceId, a: caller.account.id });
    return { workspaceId, role: invitation.role };
  });
}
