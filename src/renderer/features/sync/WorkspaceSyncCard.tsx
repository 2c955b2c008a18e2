import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../shared/contract';
import { useServices } from '../../app/ServicesContext';
import { formatWhen, statusText } from './format';

/** The current workspace: upload it, or its connection with sync-now and stop. */
export function WorkspaceSyncCard({ status, server }: { status: SyncStatus; server: string | null }) {
  const { t, i18n } = useTranslation();
  const { api, sync, toasts } = useServices();
  const [busy, setBusy] = useState(false);
  const { workspaceId } = status;

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
          {server ? (
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
