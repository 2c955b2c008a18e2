import type { ServerContext } from './context';
import { forbidden } from './errors';
import type { RouteHandlers } from './router';
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

type WorkspaceRoutes =
  'listWorkspaces' | 'createWorkspace' | 'workspace' | 'members' | 'addMember' | 'setRole' | 'removeMember' | 'nodes';

/** Workspaces, members and roles; readers see, admins manage (roles are checked by the router). */
export function workspaceHandlers(ctx: ServerContext): Pick<RouteHandlers, WorkspaceRoutes> {
  return {
    listWorkspaces: ({ caller }) => listWorkspaces(ctx, caller),
    createWorkspace: ({ caller, body }) => createWorkspace(ctx, caller, body),
    workspace: ({ caller, params }) => getWorkspace(ctx, caller, params.id),
    members: ({ params }) => listMembers(ctx, params.id),
    addMember: async ({ caller, params, body }) => {
      // Adding by e-mail would tell anyone with a workspace whether an address has an account.
      if (!caller.account.instanceAdmin)
        throw forbidden('members join through an invitation: create one and pass the code on');
      return setMember(ctx, params.id, body.email, body.role);
    },
    setRole: ({ params, body }) => setRole(ctx, params.id, params.account, body.role),
    removeMember: async ({ caller, params }) => {
      // Anyone may leave; removing someone else takes an admin.
      if (params.account !== caller.account.id && caller.role !== 'admin')
        throw forbidden(`this needs the admin role; yours is ${caller.role}`);
      await removeMember(ctx, params.id, params.account);
    },
    nodes: ({ params }) => listNodes(ctx, params.id),
  };
}
