import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SyncIndicator } from '../features/sync/SyncIndicator';
import { CurrentPage } from './CurrentPage';
import { Notices } from './Notices';
import { SaveStatus } from './SaveStatus';
import { ShellCommands } from './ShellCommands';
import { Sidebar } from './Sidebar';
import { Toasts } from './Toasts';
import { UndoRedo } from './UndoRedo';
import { useNav, useSession } from './ServicesContext';
import { useHistoryShortcuts } from './useHistoryShortcuts';

/** The frame around every section: navigation on the left, history on top, the section in the middle. */
export function Shell() {
  const { t } = useTranslation();
  const workspaceId = useSession((s) => s.workspaceId);
  const workspaceName = useSession((s) => s.workspaces.find((w) => w.id === s.workspaceId)?.name);
  const section = useNav((s) => s.section);
  const page = useRef<HTMLElement>(null);
  useHistoryShortcuts();
  // Each section opens at its top: the page scroller is shared, and the last section left it anywhere.
  useLayoutEffect(() => {
    page.current?.scrollTo(0, 0);
  }, [section]);

  return (
    <div className="shell">
      <Sidebar />
      <div className="shell-main">
        <header className="topbar">
          <span className="topbar-workspace" title={workspaceName}>
            {workspaceName || t('workspace.unnamed')}
          </span>
          <SaveStatus />
          <SyncIndicator />
          <UndoRedo />
        </header>
        <main className="page" key={workspaceId ?? 'none'} ref={page}>
          <CurrentPage />
        </main>
      </div>
      <Notices />
      <Toasts />
      <ShellCommands />
    </div>
  );
}
