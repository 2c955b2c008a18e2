import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemoteWorkspace } from '../../../shared/contract';
import { useServices, useSession, useSync } from '../../app/ServicesContext';

/** The server's workspaces this account belongs to: download the ones not yet here. */
export function RemoteWorkspaces({ server }: { server: string }) {
  const { t } = useTranslation();
  const { api, session, toasts } = useServices();
  const [list, setList] = useState<RemoteWorkspace[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const currentId = useSession((s) => s.workspaceId);
  // Reload when the current workspace's sync state moves (an upload adds one here).
  const bound = useSync((s) => s.status?.server ?? null);

  const load = useCallback(async () => {
    try {
      setList(await api['sync.remoteWorkspaces']({ server }));
    } catch (err) {
      setList([]);
      toasts.getState().report(err);
    }
  }, [api, server, toasts]);

  useEffect(() => {
    void load();
  }, [load, bound, currentId]);

  const download = async (w: RemoteWorkspace) => {
    setBusy(w.id);
    try {
      const { id } = await api['sync.download']({ server, workspaceId: w.id });
      await session.getState().refreshWorkspaces();
      await session.getState().selectWorkspace(id);
    } catch (err) {
      toasts.getState().report(err);
    } finally {
      setBusy(null);
      void load();
    }
  };

  return (
    <section className="card" aria-labelledby="sync-remote-title">
      <h2 id="sync-remote-title">{t('sync.remoteTitle')}</h2>
      {list === null ? (
        <p aria-busy="true">{t('app.loading')}</p>
      ) : list.length === 0 ? (
        <p className="muted">{t('sync.remoteEmpty')}</p>
      ) : (
        <ul className="sync-list" aria-labelledby="sync-remote-title">
          {list.map((w) => (
            <li key={w.id} className="sync-list-item">
              <span className="sync-list-main">
                <strong>{w.name || t('workspace.unnamed')}</strong>
              </span>
              <span className="badge">{t(`sync.roles.${w.role}`)}</span>
              {w.id === currentId ? (
                <span className="badge">{t('workspace.current')}</span>
              ) : w.onThisDevice ? (
                <button
                  type="button"
                  className="button small"
                  onClick={() => void session.getState().selectWorkspace(w.id)}
                >
                  {t('sync.open')}
                </button>
              ) : (
                <button
                  type="button"
                  className="button small"
                  disabled={busy !== null}
                  aria-label={t('sync.downloadName', { name: w.name })}
                  onClick={() => void download(w)}
                >
                  {t('sync.download')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
