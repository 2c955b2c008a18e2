import type { z } from 'zod';
import type { Caller, MemberCaller } from './auth';
import { ACCESS_CHANNEL, type AccessNotice } from './channels';
import type { ServerContext } from './context';
import { conflict, notFound } from './errors';
import { sqlErrorCode, toNumber, UNIQUE_VIOLATION, type SqlTx } from './sql';
import type { Member, NodeOwner, Role, WorkspaceInfo, createWorkspaceBody } from '../shared/sync-wire';

/**
 * Workspaces and their members. Role checks happen in the routes (authorize);
 * these functions do the writes and keep one invariant: a workspace always
 * has at least one admin.
 */

export async function createWorkspace(
  ctx: ServerContext,
  caller: Caller,
  body: z.output<typeof createWorkspaceBody>,
): Promise<WorkspaceInfo> {
  const now = ctx.now();
  try {
    await ctx.sql.transaction(async (tx) => {
      await tx.query('INSERT INTO workspaces (id, name, created_by, created_at) VALUES ($1, $2, $3, $4)', [
        body.id,
        body.name,
        caller.account.id,
        now,
      ]);
      await tx.query(`INSERT INTO members (workspace_id, account_id, role, added_at) VALUES ($1, $2, 'admin', $3)`, [
        body.id,
        caller.account.id,
        now,
      ]);
    });
  } catch (err) {
    if (sqlErrorCode(err) === UNIQUE_VIOLATION) throw conflict(`workspace ${body.id} exists on this server already`);
    throw err;
  }
  return { id: body.id, name: body.name, role: 'admin', seq: 0 };
}

interface WorkspaceRow {
  id: string;
  name: string;
  role: Role;
  seq: unknown;
}

const info = (r: WorkspaceRow): WorkspaceInfo => ({ id: r.id, name: r.name, role: r.role, seq: toNumber(r.seq) });

export async function listWorkspaces(ctx: ServerContext, caller: Caller): Promise<WorkspaceInfo[]> {
  const { rows } = await ctx.sql.query<WorkspaceRow>(
    `SELECT w.id, w.name, m.role, w.seq FROM members m JOIN workspaces w ON w.id = m.workspace_id
      WHERE m.account_id = $1 ORDER BY w.name, w.id`,
    [caller.account.id],
  );
  return rows.map(info);
}

export async function getWorkspace(ctx: ServerContext, member: MemberCaller, id: string): Promise<WorkspaceInfo> {
  const { rows } = await ctx.sql.query<WorkspaceRow>(
    'SELECT id, name, $2::text AS role, seq FROM workspaces WHERE id = $1',
    [id, member.role],
  );
  if (!rows[0]) throw notFound(`no workspace ${id}`);
  return info(rows[0]);
}

export async function listMembers(ctx: ServerContext, workspaceId: string): Promise<Member[]> {
  const { rows } = await ctx.sql.query<{ account_id: string; email: string; name: string; role: Role }>(
    `SELECT m.account_id, a.email, a.name, m.role FROM members m JOIN accounts a ON a.id = m.account_id
      WHERE m.workspace_id = $1 ORDER BY a.name, a.email`,
    [workspaceId],
  );
  return rows.map((r) => ({ accountId: r.account_id, email: r.email, name: r.name, role: r.role }));
}

export async function listNodes(ctx: ServerContext, workspaceId: string): Promise<NodeOwner[]> {
  const { rows } = await ctx.sql.query<{ node: string; account_id: string; name: string }>(
    `SELECT n.node, n.account_id, a.name FROM nodes n JOIN accounts a ON a.id = n.account_id WHERE n.workspace_id = $1 ORDER BY n.node`,
    [workspaceId],
  );
  return rows.map((r) => ({ node: r.node, accountId: r.account_id, name: r.name }));
}

export async function notifyAccess(tx: SqlTx, notice: AccessNotice): Promise<void> {
  await tx.query('SELECT pg_notify($1, $2)', [ACCESS_CHANNEL, JSON.stringify(notice)]);
}

/** Refuses a change that would leave the workspace without an admin. */
export async function keepAnAdmin(tx: SqlTx, workspaceId: string, accountId: string): Promise<void> {
  const { rows } = await tx.query<{ n: unknown }>(
    `SELECT count(*) AS n FROM members WHERE workspace_id = $1 AND role = 'admin' AND account_id <> $2`,
    [workspaceId, accountId],
  );
  if (toNumber(rows[0]?.n ?? 0) === 0)
    throw conflict('a workspace needs at least one admin: make someone else admin first');
}

/** Adds an existing account by e-mail, or changes its role. */
export async function setMember(ctx: ServerContext, workspaceId: string, email: string, role: Role): Promise<Member> {
  return ctx.sql.transaction(async (tx) => {
    // Lock the workspace row: concurrent demotions cannot both pass the admin check.
    await tx.query('SELECT 1 FROM workspaces WHERE id = $1 FOR UPDATE', [workspaceId]);
    const { rows } = await tx.query<{ id: string; name: string; email: string }>(
      'SELECT id, name, email FROM accounts WHERE email = $1',
      [email],
    );
    const account = rows[0];
    if (!account)
      throw notFound(`no account with the e-mail address ${email} on this server: send an invitation instead`);
    if (role !== 'admin') await keepAnAdmin(tx, workspaceId, account.id);
    await tx.query(
      `INSERT INTO members (workspace_id, account_id, role, added_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (workspace_id, account_id) DO UPDATE SET role = excluded.role`,
      [workspaceId, account.id, role, ctx.now()],
    );
    await notifyAccess(tx, { w: workspaceId, a: account.id });
    return { accountId: account.id, email: account.email, name: account.name, role };
  });
}

export async function setRole(ctx: ServerContext, workspaceId: string, accountId: string, role: Role): Promise<void> {
  await ctx.sql.transaction(async (tx) => {
    await tx.query('SELECT 1 FROM workspaces WHERE id = $1 FOR UPDATE', [workspaceId]);
    if (role !== 'admin') await keepAnAdmin(tx, workspaceId, accountId);
    const { rowCount } = await tx.query('UPDATE members SET role = $3 WHERE workspace_id = $1 AND account_id = $2', [
      workspaceId,
      accountId,
      role,
    ]);
    if (rowCount === 0) throw notFound(`account ${accountId} is not a member of this workspace`);
    await notifyAccess(tx, { w: workspaceId, a: accountId });
  });
}

export async function removeMember(ctx: ServerContext, workspaceId: string, accountId: string): Promise<void> {
  await ctx.sql.transaction(async (tx) => {
    await tx.query('SELECT 1 FROM workspaces WHERE id = $1 FOR UPDATE', [workspaceId]);
    await keepAnAdmin(tx, workspaceId, accountId);
    const { rowCount } = await tx.query('DELETE FROM members WHERE workspace_id = $1 AND account_id = $2', [
      workspaceId,
      accountId,
    ]);
    if (rowCount === 0) throw notFound(`account ${accountId} is not a member of this workspace`);
    await notifyAccess(tx, { w: workspaceId, a: accountId });
  });
}

export async function notifyRevoked(ctx: ServerContext, tokenHash: string): Promise<void> {
  await notifyAccess(ctx.sql, { w: null, t: tokenHash });
}
