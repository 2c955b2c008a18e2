import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NewWorkspaceDialog } from '../../app/NewWorkspaceDialog';
import { useServices, useSession } from '../../app/ServicesContext';
import { WorkspaceProblem } from '../../app/WorkspaceProblem';
import { readyFirst, sameNameHint } from '../../lib/workspaces';
import { icons } from '../../ui/icons';
import { WorkspaceTransfer } from './WorkspaceTransfer';
import { InterchangeSection } from '../interchange/InterchangeSection';

/** Every workspace file on this device, the ones that cannot be opened with their reason; export and import of workspace files. */
export function WorkspacesSettings() {
  const { t } = useTranslation();
  const { session } = useServices();
  const listed = useSession((s) => s.workspaces);
  const workspaces = useMemo(() => readyFirst(listed), [listed]);
  const currentId = useSession((s) => s.workspaceId);
  const [creating, setCreating] = useState(false);

  return (
    <div className="stack">
      <section className="card" aria-labelledby="workspaces-title">
        <div className="card-header">
          <h2 id="workspaces-title">{t('settings.workspacesTitle')}</h2>
          <button type="button" className="button" onClick={() => setCreating(true)}>
            {t('workspace.newTitle')}
          </button>
        </div>
        <p className="muted">{t('settings.workspacesIntro')}</p>
        <ul className="workspace-list" aria-labelledby="workspaces-title">
          {workspaces.map((w) => (
            <li key={w.id} className={`workspace-entry${w.status === 'ready' ? '' : ' unavailable'}`}>
              <div className="workspace-entry-main">
                <span className="workspace-entry-name">
                  {w.status === 'ready' ? (
                    <>
                      {w.name || t('workspace.unnamed')}
                      {sameNameHint(t, w, workspaces) ? (
                        <span className="muted"> {sameNameHint(t, w, workspaces)}</span>
                      ) : null}
                    </>
                  ) : (
                    <>
                      {icons.warning} {t('workspace.unavailable')}
                    </>
                  )}
                </span>
                {w.status === 'ready' ? (
                  <span className="muted path">{t('workspace.file', { path: w.file })}</span>
                ) : (
                  <WorkspaceProblem workspace={w} details />
                )}
              </div>
              {w.status === 'ready' ? (
                w.id === currentId ? (
                  <span className="badge">{t('workspace.current')}</span>
                ) : (
                  <button
                    type="button"
                    className="button small"
                    aria-label={`${t('workspace.switchTo')}: ${w.name}`}
                    onClick={() => void session.getState().selectWorkspace(w.id)}
                  >
                    {t('workspace.switchTo')}
                  </button>
                )
              ) : null}
            </li>
          ))}
        </ul>
        <NewWorkspaceDialog open={creating} onClose={() => setCreating(false)} />
      </section>
      <WorkspaceTransfer />
      <InterchangeSection />
    </div>
  );
}
