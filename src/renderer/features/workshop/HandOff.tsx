import { useTranslation } from 'react-i18next';
import { useServices, useSync } from '../../app/ServicesContext';
import { icons } from '../../ui/icons';
import { handoffText } from './handoff-text';

/** How the result leaves the room: sync says itself; otherwise a workspace file from Settings › Workspaces. */
export function HandOff() {
  const { t } = useTranslation();
  const { nav } = useServices();
  const status = useSync((s) => s.status);
  const text = handoffText(t, status);
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
