import { useEffect } from 'react';
import type { PageMenuCommand } from '../../shared/contract';
import { useServices } from './ServicesContext';
import { isJourneyFile } from './shell-store';
import { useCanEdit } from './useCanEdit';
import { isTextEntry } from './useHistoryShortcuts';

/**
 * The page's side of the desktop shell: native menu commands become the app's
 * own commands, and workspace files the operating system opened (double-click,
 * a second start, the menu's Import) go to the import on Settings › Workspaces
 * with the same checks as a file chosen there. In the browser host neither
 * event comes, and the page takes nothing.
 */
export function useShellCommands(): void {
  const { api, events, nav, commands, shell, toasts } = useServices();
  const canEdit = useCanEdit();

  useEffect(() => {
    const say = shell.getState().setNote;
    const handlers: Record<PageMenuCommand, () => void> = {
      'journey.new': () => {
        if (!canEdit) return say('readOnly');
        nav.getState().showJourneys({ kind: 'new' });
      },
      'workspace.export': () => {
        nav.getState().showSettings('workspaces');
        shell.getState().requestTransfer({ kind: 'export' });
      },
      'settings.open': () => nav.getState().go('settings'),
      // In a text field the field's own undo applies; elsewhere the app's.
      'history.undo': () => {
        if (isTextEntry(document.activeElement)) document.execCommand('undo');
        else void commands.undo();
      },
      'history.redo': () => {
        if (isTextEntry(document.activeElement)) document.execCommand('redo');
        else void commands.redo();
      },
      'journey.present': () => {
        const view = nav.getState().journeyView;
        if (nav.getState().section === 'journeys' && (view.kind === 'detail' || view.kind === 'workshop')) {
          nav.getState().showJourneys({ kind: 'present', journeyId: view.journeyId });
        } else say('presentNeedsJourney');
      },
      'app.about': () => shell.getState().setAbout(true),
    };

    const takeFiles = async () => {
      try {
        const files = await api['shell.takeOpenedFiles']({});
        if (files.length === 0) return;
        nav.getState().showSettings('workspaces');
        for (const file of files) {
          // A viewer imports no journeys: said, instead of a request that waits for ever.
          if (isJourneyFile(file)) {
            if (canEdit) shell.getState().requestJourneyFile(file);
            else say('readOnly');
          } else shell.getState().requestTransfer({ kind: 'import', file });
        }
      } catch (err) {
        toasts.getState().report(err);
      }
    };
    // Files opened before the page was ready wait on the desktop side.
    void takeFiles();
    const offFiles = events.on('filesOpened', () => void takeFiles());
    const offMenu = events.on('menu', ({ command }) => {
      say(null);
      handlers[command]?.();
    });
    return () => {
      offFiles();
      offMenu();
    };
  }, [api, events, nav, commands, shell, toasts, canEdit]);
}
