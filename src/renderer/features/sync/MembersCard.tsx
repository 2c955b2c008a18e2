import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { syncRoleSchema, type SyncInvitation, type SyncMember, type SyncRole } from '../../../shared/contract';
import { useServices } from '../../app/ServicesContext';
import { InviteCode } from './InviteCode';

const ROLES = syncRoleSchema.options;

function RoleSelect({
  id,
  label,
  value,
  onChange,
}: {
  id?: string;
  label?: string;
  value: SyncRole;
  onChange: (r: SyncRole) => void;
}) {
  const { t } = useTranslation();
  return (
    <select id={id} aria-label={label} value={value} onChange={(e) => onChange(syncRoleSchema.parse(e.target.value))}>
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {t(`sync.roles.${r}`)}
        </option>
      ))}
    </select>
  );
}

/** For workspace admins: who is in, with which role; add by e-mail, invite by code. */
export function MembersCard({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const { api, toasts } = useServices();
  const [members, setMembers] = useState<SyncMember[] | null>(null);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<SyncRole>('editor');
  const [inviteRole, setInviteRole] = useState<SyncRole>('editor');
  const [invitation, setInvitation] = useState<SyncInvitation | null>(null);

  const run = useCallback(
    async (call: () => Promise<SyncMember[]>) => {
      try {
        setMembers(await call());
        return true;
      } catch (err) {
        toasts.getState().report(err);
        return false;
      }
    },
    [toasts],
  );

  useEffect(() => {
    void run(() => api['sync.members']({ workspaceId }));
  }, [api, run, workspaceId]);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (await run(() => api['sync.addMember']({ workspaceId, email, role }))) setEmail('');
  };
  const invite = async () => {
    try {
      setInvitation(await api['sync.invite']({ workspaceId, role: inviteRole }));
    } catch (err) {
      toasts.getState().report(err);
    }
  };

  return (
    <section className="card" aria-labelledby="sync-members-title">
      <h2 id="sync-members-title">{t('sync.membersTitle')}</h2>
      <p className="muted">{t('sync.membersIntro')}</p>
      {members === null ? (
        <p aria-busy="true">{t('app.loading')}</p>
      ) : (
        <ul className="sync-list" aria-labelledby="sync-members-title">
          {members.map((m) => (
            <li key={m.accountId} className="sync-list-item">
              <span className="sync-list-main">
                <strong>{m.name}</strong> <span className="muted">{m.email}</span>
              </span>
              <RoleSelect
                label={t('sync.roleOf', { name: m.name })}
                value={m.role}
                onChange={(next) =>
                  void run(() => api['sync.setRole']({ workspaceId, accountId: m.accountId, role: next }))
                }
              />
              <button
                type="button"
                className="button small ghost"
                aria-label={t('sync.remove', { name: m.name })}
                onClick={() => void run(() => api['sync.removeMember']({ workspaceId, accountId: m.accountId }))}
              >
                {t('sync.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="add-row" onSubmit={(e) => void add(e)}>
        <div className="field">
          <label htmlFor="sync-member-email">{t('sync.memberEmail')}</label>
          <input
            id="sync-member-email"
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <RoleSelect label={t('sync.memberRole')} value={role} onChange={setRole} />
        <button type="submit" className="button">
          {t('sync.addMember')}
        </button>
      </form>
      <div className="add-row">
        <div className="field narrow">
          <label htmlFor="sync-invite-role">{t('sync.inviteRole')}</label>
          <RoleSelect id="sync-invite-role" value={inviteRole} onChange={setInviteRole} />
        </div>
        <button type="button" className="button" onClick={() => void invite()}>
          {t('sync.invite')}
        </button>
      </div>
      {invitation ? <InviteCode invitation={invitation} /> : null}
    </section>
  );
}
