import { createInvitation, logIn, redeemInvitation, signUp } from './accounts';
import { revokeToken } from './auth';
import type { ServerContext } from './context';
import { HttpError, rateLimited } from './errors';
import type { Limiters } from './limits';
import type { RouteHandlers } from './router';
import { listWorkspaces, notifyRevoked } from './workspaces';

type AccountRoutes = 'signUp' | 'logIn' | 'logOut' | 'me' | 'createInvitation' | 'redeemInvitation';

/** Sign-up, login, logout, who am I, invitations. */
export function accountHandlers(ctx: ServerContext, limiters: Limiters): Pick<RouteHandlers, AccountRoutes> {
  return {
    signUp: ({ body }) => signUp(ctx, body),
    logIn: async ({ body, address }) => {
      // Guesses are counted per client and per e-mail address, whatever headers come along;
      // a locked e-mail address gets no answer about its password, right or wrong.
      const byAddress = `a:${address}`;
      const byEmail = `e:${body.email}`;
      const wait = Math.max(limiters.loginByAddress.take(byAddress), limiters.loginByEmail.take(byEmail));
      if (wait > 0) throw rateLimited('too many failed sign-ins', wait);
      try {
        const session = await logIn(ctx, body);
        limiters.loginByAddress.refund(byAddress);
        limiters.loginByEmail.refund(byEmail);
        return session;
      } catch (err) {
        if (!(err instanceof HttpError && err.status === 401)) {
          limiters.loginByAddress.refund(byAddress);
          limiters.loginByEmail.refund(byEmail);
        }
        throw err;
      }
    },
    logOut: async ({ caller }) => {
      await revokeToken(ctx, caller.tokenHash);
      await notifyRevoked(ctx, caller.tokenHash);
    },
    me: async ({ caller }) => ({ account: caller.account, workspaces: await listWorkspaces(ctx, caller) }),
    createInvitation: ({ caller, body }) => createInvitation(ctx, caller, body),
    redeemInvitation: ({ caller, body }) => redeemInvitation(ctx, caller, body.code),
  };
}
