import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncAccount, SyncInvitation } from '../../../shared/contract';
import { useServices, useSync } from '../../app/ServicesContext';
import { AccountForm } from './AccountForm';
import { InviteCode } from './InviteCode';
import { MembersCard } from './MembersCard';
import { RemoteWorkspaces } from './RemoteWorkspaces';
import { WorkspaceSyncCard } from './WorkspaceSyncCard';
import './sync.css';

function SignedIn({ account }: { account: SyncAccount }) {
  const { t } = useTranslation();
  const { api, sync, toasts } = useServices();
  const [invitation, setInvitation] = useState<SyncInvitation | null>(null);
  const signOut = async () => {
    try {
      await api['sync.signOut']({ server: account.server });
      await sync.getState().refreshAccounts();
    } catch (err) {
      toasts.getState().report(err);
    }
  };
  const invite = async () => {
    try {
      setInvitation(await api['sync.invite']({ server: account.server }));
    } catch (err) {
      toasts.getState().report(err);
    }
  };
  return (
    <>
      <p data-testid="sync-signed-in">{t('sync.signedInAs', { name: account.name, email: account.email })}</p>
      <p className="muted path">{account.server}</p>
      {account.instanceAdmin ? (
        <p>
          <span className="badge">{t('sync.instanceAdmin')}</span>
        </p>
      ) : null}
      <div className="form-actions start">
        {account.instanceAdmin ? (
          <button type="button" className="button" onClick={() => void invite()}>
            {t('sync.inviteAccount')}
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => void signOut()}>
          {t('sync.signOut')}
        </button>
      </div>
      {invitation ? <InviteCode invitation={invitation} /> : null}
    </>
  );
}

/**
 * Settings → Server. The server in focus is the one the current workspace syncs
 * with, else the first account's: one server per workspace is the common case.
 */
export function ServerSettings() {
  const { t } = useTranslation();
  const status = useSync((s) => s.status);
  const accounts = useSync((s) => s.accounts);
  const server = status?.server ?? accounts[0]?.server ?? null;
  const account = accounts.find((a) => a.server === server) ?? null;

  return (
    <div className="sync-settings">
      <section className="card" aria-labelledby="sync-account-title">
        <h2 id="sync-account-title">{t('sync.accountTitle')}</h2>
        <p className="muted">{t('sync.accountIntro')}</p>
        {account ? <SignedIn account={account} /> : <AccountForm server={server} />}
      </section>
      {status ? <WorkspaceSyncCard status={status} server={account?.server ?? null} /> : null}
      {account ? <RemoteWorkspaces server={account.server} /> : null}
      {status?.server && status.role === 'admin' && account ? <MembersCard workspaceId={status.workspaceId} /> : null}
    </div>
  );
}
