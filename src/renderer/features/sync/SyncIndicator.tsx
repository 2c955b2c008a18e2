import { useId, useRef, useState } from 'react';
import { useDismiss } from '../../ui/useDismiss';
import { useTranslation } from 'react-i18next';
import type { SyncState } from '../../../shared/contract';
import { useServices, useSync } from '../../app/ServicesContext';
import { formatWhen, statusText } from './format';
import './sync.css';

/** One glyph per state, so the state reads without colour too. */
const GLYPH: Record<SyncState, string> = {
  local: '○',
  synced: '✓',
  pending: '↑',
  syncing: '⟳',
  offline: '⚡',
  error: '!',
};

/**
 * The top bar's sync state. A disclosure rather than a menu: its panel holds a
 * sentence and a few buttons, reachable with Tab like anything else.
 */
export function SyncIndicator() {
  const { t, i18n } = useTranslation();
  const { api, nav, sync, toasts } = useServices();
  const status = useSync((s) => s.status);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);

  useDismiss(root, open, () => setOpen(false));

  if (!status) return null;
  const text = statusText(t, status);
  const go = (tab: 'server' | 'conflicts') => {
    setOpen(false);
    nav.getState().showSettings(tab);
  };
  const syncNow = async () => {
    setBusy(true);
    try {
      sync.getState().receive(await api['sync.now']({ workspaceId: status.workspaceId }));
    } catch (err) {
      toasts.getState().report(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      className="sync-indicator"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button
        type="button"
        className={`sync-button state-${status.state}`}
        aria-expanded={open}
        aria-controls={panelId}
        data-state={status.state}
        title={`${t('sync.status.label')}: ${text}`}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="sync-glyph" aria-hidden="true">
          {GLYPH[status.state]}
        </span>
        <span className="visually-hidden">{t('sync.status.label')}: </span>
        <span className="sync-text">{status.state === 'error' ? t('sync.status.error') : text}</span>
        {status.role === 'viewer' ? <span className="badge">{t('sync.status.viewer')}</span> : null}
        {status.conflicts > 0 ? (
          <span className="badge warn">{t('sync.status.conflicts', { count: status.conflicts })}</span>
        ) : null}
      </button>
      {open ? (
        <div id={panelId} className="sync-panel" role="region" aria-label={t('sync.status.label')}>
          <p className="sync-panel-state">{text}</p>
          {status.server ? <p className="muted path">{t('sync.connectedTo', { server: status.server })}</p> : null}
          {status.lastSyncedAt ? (
            <p className="muted">{t('sync.lastSynced', { time: formatWhen(i18n.language, status.lastSyncedAt) })}</p>
          ) : null}
          {status.nextRetryAt && status.state !== 'synced' ? (
            <p className="muted">{t('sync.status.retry', { time: formatWhen(i18n.language, status.nextRetryAt) })}</p>
          ) : null}
          {status.live ? <p className="muted">{t('sync.status.live')}</p> : null}
          <div className="sync-panel-actions">
            {status.server ? (
              <button type="button" className="button small primary" disabled={busy} onClick={() => void syncNow()}>
                {t('sync.syncNow')}
              </button>
            ) : null}
            {status.conflicts > 0 ? (
              <button type="button" className="button small" onClick={() => go('conflicts')}>
                {t('sync.status.openConflicts')}
              </button>
            ) : null}
            <button type="button" className="button small" onClick={() => go('server')}>
              {t('sync.status.openSettings')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
