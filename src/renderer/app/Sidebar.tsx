import { useTranslation } from 'react-i18next';
import { SECTIONS } from '../stores/nav-store';
import { icons } from '../ui/icons';
import { useNav, useServices } from './ServicesContext';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';

/** Product name, workspace switcher and the sections. */
export function Sidebar() {
  const { t } = useTranslation();
  const { nav } = useServices();
  const section = useNav((s) => s.section);

  return (
    <aside className="sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">{t('app.name')}</span>
      </div>
      <WorkspaceSwitcher />
      <nav aria-label={t('nav.label')} className="nav">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s}>
              <button
                type="button"
                className="nav-item"
                aria-current={s === section ? 'page' : undefined}
                onClick={() => nav.getState().go(s)}
              >
                {icons[s]}
                <span>{t(`nav.${s}`)}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </aside>
  );
}
