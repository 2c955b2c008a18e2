import { idSchema } from '../shared/schema/columns';
import { authenticate, authorize } from './auth';
import type { ServerContext } from './context';
import { parseWith, type Router } from './http';
import {
  createWorkspace,
  getWorkspace,
  listMembers,
  listNodes,
  listWorkspaces,
  removeMember,
  setMember,
  setRole,
} from './workspaces';
import { API_PREFIX, createWorkspaceBody, memberBody, roleBody } from '../shared/sync-wire';

/** Workspaces, members and roles; readers see, admins manage. */
export function workspaceRoutes(router: Router, ctx: ServerContext): void {
  const ws = `${API_PREFIX}/workspaces`;
  router
    .add('GET', ws, async (r) => ({
      status: 200,
      json: await listWorkspaces(ctx, await authenticate(ctx, r.tokenHash())),
    }))
    .add('POST', ws, async (r) => {
      const caller = await authenticate(ctx, r.tokenHash());
      return { status: 201, json: await createWorkspace(ctx, caller, await r.body(createWorkspaceBody)) };
    })
    .add('GET', `${ws}/:id`, async (r) => {
      const id = parseWith(idSchema, r.params.id);
      return { status: 200, json: await getWorkspace(ctx, await authorize(ctx, r.tokenHash(), id, 'viewer'), id) };
    })
    .add('GET', `${ws}/:id/members`, async (r) => {
      const id = parseWith(idSchema, r.params.id);
      await authorize(ctx, r.tokenHash(), id, 'viewer');
      return { status: 200, json: await listMembers(ctx, id) };
    })
    .add('POST', `${ws}/:id/members`, async (r) => {
      const id = parseWith(idSchema, r.params.id);
      await authorize(ctx, r.tokenHash(), id, 'admin');
      const body = await r.body(memberBody);
      return { status: 200, json: await setMember(ctx, id, body.email, body.role) };
    })
    .add('PUT', `${ws}/:id/members/:account`, async (r) => {
      const id = parseWith(idSchema, r.params.id);
      await authorize(ctx, r.tokenHash(), id, 'admin');
      const { role } = await r.body(roleBody);
      await setRole(ctx, id, r.params.account!, role);
      return { status: 204 };
    })
    .add('DELETE', `${ws}/:id/members/:account`, async (r) => {
      const id = parseWith(idSchema, r.params.id);
      const caller = await authorize(ctx, r.tokenHash(), id, 'viewer');
      // Anyone may leave; removing someone else takes an admin.
      if (r.params.account !== caller.account.id) await authorize(ctx, r.tokenHash(), id, 'admin');
      await removeMember(ctx, id, r.params.account!);
      return { status: 204 };
    })
    .add('GET', `${ws}/:id/nodes`, async (r) => {
      const id = parseWith(idSchema, r.params.id);
      await authorize(ctx, r.tokenHash(), id, 'viewer');
      return { status: 200, json: await listNodes(ctx, id) };
    });
}
