import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemoteWorkspace, SyncStatus } from '../../../shared/contract';
import { useServices } from '../../app/ServicesContext';
import { formatWhen, statusText } from './format';

/**
 * The current workspace: its connection with sync-now and stop; or, when it is
 * only here, upload it — or, when the server holds a copy of the same workspace
 * (it came here as a file), connect to that copy and merge both histories.
 */
export function WorkspaceSyncCard({ status, server }: { status: SyncStatus; server: string | null }) {
  const { t, i18n } = useTranslation();
  const { api, sync, toasts } = useServices();
  const [busy, setBusy] = useState(false);
  const { workspaceId } = status;
  const [copy, setCopy] = useState<RemoteWorkspace | null>(null);
  const connected = status.server !== null;

  useEffect(() => {
    setCopy(null);
    if (connected || !server) return;
    let live = true;
    api['sync.remoteWorkspaces']({ server })
      .then((list) => live && setCopy(list.find((w) => w.id === workspaceId) ?? null))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [api, server, workspaceId, connected]);

  const act = async (call: () => Promise<SyncStatus>) => {
    setBusy(true);
    try {
      sync.getState().receive(await call());
    } catch (err) {
      toasts.getState().report(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="sync-this-title">
      <h2 id="sync-this-title">{t('sync.thisTitle')}</h2>
      {status.server ? (
        <>
          <p className="sync-this-state" data-testid="sync-this-state">
            {statusText(t, status)}
          </p>
          <p className="muted path">{t('sync.connectedTo', { server: status.server })}</p>
          {status.lastSyncedAt ? (
            <p className="muted">{t('sync.lastSynced', { time: formatWhen(i18n.language, status.lastSyncedAt) })}</p>
          ) : null}
          {status.role === 'viewer' ? (
            <p className="notice" role="note">
              {t('sync.readOnly')}
            </p>
          ) : null}
          <div className="form-actions start">
            <button
              type="button"
              className="button primary"
              disabled={busy}
              onClick={() => void act(() => api['sync.now']({ workspaceId }))}
            >
              {t('sync.syncNow')}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void act(() => api['sync.disconnect']({ workspaceId }))}
            >
              {t('sync.disconnect')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="muted">{t('sync.notConnected')}</p>
          {server && copy ? (
            <>
              <p className="muted">{t('sync.connectHint', { role: t(`sync.roles.${copy.role}`) })}</p>
              <div className="form-actions start">
                <button
                  type="button"
                  className="button primary"
                  disabled={busy}
                  onClick={() => void act(() => api['sync.connect']({ workspaceId, server }))}
                >
                  {t('sync.connect')}
                </button>
              </div>
            </>
          ) : server ? (
            <>
              <p className="muted">{t('sync.uploadHint')}</p>
              <div className="form-actions start">
                <button
                  type="button"
                  className="button primary"
                  disabled={busy}
                  onClick={() => void act(() => api['sync.upload']({ workspaceId, server }))}
                >
                  {t('sync.upload')}
                </button>
              </div>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
