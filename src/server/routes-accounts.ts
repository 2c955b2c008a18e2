import { createInvitation, logIn, redeemInvitation, signUp } from './accounts';
import { authenticate, revokeToken } from './auth';
import type { ServerContext } from './context';
import type { Router } from './http';
import { listWorkspaces, notifyRevoked } from './workspaces';
import { API_PREFIX, inviteBody, loginBody, redeemBody, signUpBody } from '../shared/sync-wire';

/** Sign-up, login, logout, who am I, invitations. */
export function accountRoutes(router: Router, ctx: ServerContext): void {
  const v = API_PREFIX;
  router
    .add('POST', `${v}/signup`, async (r) => ({ status: 201, json: await signUp(ctx, await r.body(signUpBody)) }))
    .add('POST', `${v}/login`, async (r) => ({ status: 200, json: await logIn(ctx, await r.body(loginBody)) }))
    .add('POST', `${v}/logout`, async (r) => {
      const caller = await authenticate(ctx, r.tokenHash());
      await revokeToken(ctx, caller.tokenHash);
      await notifyRevoked(ctx, caller.tokenHash);
      return { status: 204 };
    })
    .add('GET', `${v}/me`, async (r) => {
      const caller = await authenticate(ctx, r.tokenHash());
      return { status: 200, json: { account: caller.account, workspaces: await listWorkspaces(ctx, caller) } };
    })
    .add('POST', `${v}/invitations`, async (r) => {
      const caller = await authenticate(ctx, r.tokenHash());
      return { status: 201, json: await createInvitation(ctx, caller, await r.body(inviteBody)) };
    })
    .add('POST', `${v}/invitations/redeem`, async (r) => {
      const caller = await authenticate(ctx, r.tokenHash());
      const { code } = await r.body(redeemBody);
      return { status: 200, json: await redeemInvitation(ctx, caller, code) };
    });
}
