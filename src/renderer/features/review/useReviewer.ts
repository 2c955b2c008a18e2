import { useMemo } from 'react';
import type { Identity } from '../../../shared/review/ownership';
import { useSession, useSync } from '../../app/ServicesContext';

/**
 * Who "I" am for review data: the sync account in a synced workspace, else
 * this device's user name; and whether I may moderate others' comments (a
 * workspace admin). The service and the server apply the same rules.
 */
export function useReviewer(): { me: Identity; admin: boolean } {
  const userName = useSession((s) => s.settings.userName);
  const server = useSync((s) => s.status?.server ?? null);
  const account = useSync((s) => (server ? (s.accounts.find((a) => a.server === server) ?? null) : null));
  const admin = useSync((s) => s.status?.role === 'admin');
  const me = useMemo<Identity>(
    () => (account ? { name: account.name, accountId: account.accountId } : { name: userName.trim(), accountId: null }),
    [account, userName],
  );
  return { me, admin };
}
