import { useTranslation } from 'react-i18next';
import { useServices, useSync } from '../../app/ServicesContext';
import { icons } from '../../ui/icons';

/** How the result leaves the room: sync says itself; otherwise a workspace file from Settings › Workspaces. */
export function HandOff() {
  const { t } = useTranslation();
  const { nav } = useServices();
  const status = useSync((s) => s.status);
  const server = status?.server ?? '';
  const text = !status
    ? t('workshop.handoff.unknown')
    : status.state === 'local'
      ? t('workshop.handoff.local')
      : status.state === 'synced'
        ? t('workshop.handoff.synced', { server })
        : status.state === 'pending'
          ? t('workshop.handoff.pending', { count: status.pending, server })
          : status.state === 'syncing'
            ? t('workshop.handoff.syncing', { server })
            : status.state === 'offline'
              ? t('workshop.handoff.offline', { server })
              : t('workshop.handoff.error', { server, reason: status.reason ?? status.errorCode ?? '' });
  return (
    <section className={`ws-handoff state-${status?.state ?? 'unknown'}`} aria-label={t('workshop.handoff.title')}>
      <h2 className="ws-handoff-title">{t('workshop.handoff.title')}</h2>
      <p className="ws-handoff-text" role="status">
        {text}
      </p>
      <button type="button" className="button" onClick={() => nav.getState().showSettings('workspaces')}>
        {icons.download}
        <span>{t('workshop.handoff.exportFile')}</span>
      </button>
    </section>
  );
}
