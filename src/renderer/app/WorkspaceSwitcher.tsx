import { useMemo, useRef, useState } from 'react';
import { useDismiss } from '../ui/useDismiss';
import { useTranslation } from 'react-i18next';
import { readyFirst, sameNameHint } from '../lib/workspaces';
import { icons } from '../ui/icons';
import { NewWorkspaceDialog } from './NewWorkspaceDialog';
import { useServices, useSession } from './ServicesContext';
import { WorkspaceProblem } from './WorkspaceProblem';

/** The current workspace; opens a panel to switch, to create one, and to see the ones that cannot be opened. */
export function WorkspaceSwitcher() {
  const { t } = useTranslation();
  const { session } = useServices();
  const listed = useSession((s) => s.workspaces);
  const workspaces = useMemo(() => readyFirst(listed), [listed]);
  const currentId = useSession((s) => s.workspaceId);
  const [open, setOpen] = useState(false);
  const [creating, setCreating] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  const current = workspaces.find((w) => w.id === currentId);
  const currentName = current?.name || t('workspace.unnamed');
  const unavailable = workspaces.filter((w) => w.status === 'unavailable').length;

  useDismiss(
    root,
    open,
    () => setOpen(false),
    () => {
      setOpen(false);
      toggle.current?.focus();
    },
  );

  const choose = (id: string) => {
    setOpen(false);
    toggle.current?.focus();
    void session.getState().selectWorkspace(id);
  };

  return (
    <div className="switcher" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="switcher-toggle"
        aria-expanded={open}
        aria-controls="workspace-panel"
        aria-label={t('workspace.switcher', { name: currentName })}
        title={t('workspace.switcherHint')}
        aria-describedby={unavailable > 0 ? 'workspace-unavailable-count' : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="switcher-caption">{t('workspace.caption')}</span>
        <span className="switcher-name">{currentName}</span>
        {unavailable > 0 ? (
          <span className="switcher-warning" title={t('workspace.unavailableCount', { count: unavailable })}>
            {icons.warning}
            <span id="workspace-unavailable-count" className="visually-hidden">
              {t('workspace.unavailableCount', { count: unavailable })}
            </span>
          </span>
        ) : null}
        <span className="switcher-chevron" aria-hidden="true">
          {icons.chevron}
        </span>
      </button>
      {open ? (
        <div id="workspace-panel" className="switcher-panel">
          <ul aria-label={t('workspace.listLabel')} className="switcher-list">
            {workspaces.map((w) =>
              w.status === 'ready' ? (
                <li key={w.id}>
                  <button
                    type="button"
                    className="switcher-item"
                    aria-current={w.id === currentId ? 'true' : undefined}
                    onClick={() => choose(w.id)}
                  >
                    <span className="switcher-item-name">
                      {w.name || t('workspace.unnamed')}
                      {sameNameHint(t, w, workspaces) ? (
                        <span className="switcher-item-source">{sameNameHint(t, w, workspaces)}</span>
                      ) : null}
                    </span>
                    {w.id === currentId ? <span className="badge">{t('workspace.current')}</span> : null}
                  </button>
                </li>
              ) : (
                <li key={w.id} className="switcher-item unavailable" aria-disabled="true">
                  <span className="switcher-item-name">
                    {icons.warning} {t('workspace.unavailable')}
                  </span>
                  <WorkspaceProblem workspace={w} />
                </li>
              ),
            )}
          </ul>
          <button
            type="button"
            className="switcher-new"
            onClick={() => {
              setOpen(false);
              setCreating(true);
            }}
          >
            {icons.plus}
            <span>{t('workspace.new')}</span>
          </button>
        </div>
      ) : null}
      <NewWorkspaceDialog open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}
