import { useTranslation } from 'react-i18next';
import { SyncIndicator } from '../features/sync/SyncIndicator';
import { CurrentPage } from './CurrentPage';
import { ShellCommands } from './ShellCommands';
import { Sidebar } from './Sidebar';
import { Toasts } from './Toasts';
import { UndoRedo } from './UndoRedo';
import { useSession } from './ServicesContext';
import { useHistoryShortcuts } from './useHistoryShortcuts';

/** The frame around every section: navigation on the left, history on top, the section in the middle. */
export function Shell() {
  const { t } = useTranslation();
  const workspaceId = useSession((s) => s.workspaceId);
  const workspaceName = useSession((s) => s.workspaces.find((w) => w.id === s.workspaceId)?.name);
  useHistoryShortcuts();

  return (
    <div className="shell">
      <Sidebar />
      <div className="shell-main">
        <header className="topbar">
          <span className="topbar-workspace" title={workspaceName}>
            {workspaceName || t('workspace.unnamed')}
          </span>
          <SyncIndicator />
          <UndoRedo />
        </header>
        <main className="page" key={workspaceId ?? 'none'}>
          <CurrentPage />
        </main>
      </div>
      <Toasts />
      <ShellCommands />
    </div>
  );
}
