import type { FieldEdit } from '../../shared/changes';
import type { ApiClient, ApplyResult } from '../../shared/contract';
import type { ActionKey } from '../lib/action-label';
import type { DataStore } from './data-store';
import type { SessionStore } from './session-store';
import type { ToastStore } from './toast-store';

export interface Commands {
  /** Apply edits to the current workspace as one undoable action. Resolves false when refused. */
  apply(action: ActionKey, edits: readonly FieldEdit[]): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

/** Every write the page makes goes through here: one `edits.apply` per user action. */
export function createCommands(api: ApiClient, session: SessionStore, data: DataStore, toasts: ToastStore): Commands {
  const settle = (workspaceId: string, result: ApplyResult) =>
    session.getState().setHistory(workspaceId, result.history);

  const replay = async (direction: 'history.undo' | 'history.redo') => {
    const workspaceId = session.getState().workspaceId;
    if (!workspaceId) return;
    try {
      settle(workspaceId, await api[direction]({ workspaceId }));
    } catch (err) {
      toasts.getState().report(err);
    }
  };

  return {
    async apply(action, edits) {
      const workspaceId = session.getState().workspaceId;
      if (!workspaceId || edits.length === 0) return false;
      const shown = data.getState().patch(edits);
      try {
        // The label is the action's catalogue key, so the undo button speaks the current language.
        const result = await api['edits.apply']({ workspaceId, label: action, edits: [...edits] });
        shown.confirm(result.stamp);
        settle(workspaceId, result);
        return true;
      } catch (err) {
        // What the service confirmed stays; only these edits go.
        shown();
        toasts.getState().report(err, action);
        return false;
      }
    },
    undo: () => replay('history.undo'),
    redo: () => replay('history.redo'),
  };
}
