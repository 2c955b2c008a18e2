import type { FieldEdit } from '../../shared/changes';
import type { ApiClient, ApplyResult, HistoryStep } from '../../shared/contract';
import type { ActionKey } from '../lib/action-label';
import type { DataStore } from './data-store';
import type { Saver } from './saver';
import type { SessionStore } from './session-store';
import type { ToastStore } from './toast-store';

export interface ApplyOptions {
  /**
   * Say what was done, in a notice that offers Undo and goes away once the
   * action is undone ("… archived. Undo brings it back.").
   */
  notice?: string;
}

export interface Commands {
  /** Apply edits to the current workspace as one undoable action. Resolves false when refused. */
  apply(action: ActionKey, edits: readonly FieldEdit[], options?: ApplyOptions): Promise<boolean>;
  /**
   * Run `write` (which calls `apply`) as one save of a field edit typed in several
   * goes: every save of the same group is one step in the undo history. Resolves
   * whether every apply it made was saved.
   */
  grouped(group: string, write: () => void): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

/** Where the user is, as the address says it, and going back there (see app/address.ts). */
export interface PlaceAccess {
  current(): string | null;
  /** Shows the place; resolves once the page shows it. */
  go(place: string): Promise<void>;
  /** The same scope for undo's purpose (the journey or settings page on screen), whatever else the addresses carry. */
  same(a: string, b: string): boolean;
}

export interface CommandsDeps {
  api: ApiClient;
  session: SessionStore;
  data: DataStore;
  toasts: ToastStore;
  saver: Saver;
  place: PlaceAccess;
}

/** Every write the page makes goes through here: one `edits.apply` per user action. */
export function createCommands({ api, session, data, toasts, saver, place }: CommandsDeps): Commands {
  const settle = (workspaceId: string, result: ApplyResult) =>
    session.getState().setHistory(workspaceId, result.history);
  let group: string | undefined;
  let collected: Promise<boolean>[] | null = null;

  const replay = async (direction: 'undo' | 'redo') => {
    // What is still being typed is part of the history first.
    await saver.flush();
    const workspaceId = session.getState().workspaceId;
    if (!workspaceId) return;
    const history = session.getState().history;
    const step: HistoryStep | null = history[direction];
    if (!step) return;
    const here = place.current();
    const moved = step.place !== null && here !== null && !place.same(step.place, here);
    if (moved) await place.go(step.place!);
    try {
      settle(workspaceId, await api[direction === 'undo' ? 'history.undo' : 'history.redo']({ workspaceId }));
    } catch (err) {
      toasts.getState().report(err);
      return;
    }
    if (direction === 'undo') toasts.getState().forgetStep(step.id);
    toasts
      .getState()
      .notify({ kind: direction === 'undo' ? 'undone' : 'redone', label: step.label, moved, place: step.place });
  };

  return {
    apply(action, edits, options = {}) {
      const workspaceId = session.getState().workspaceId;
      if (!workspaceId || edits.length === 0) return Promise.resolve(false);
      const myGroup = group;
      const shown = data.getState().patch(edits);
      const at = place.current() ?? undefined;
      const write = (async () => {
        try {
          // The label is the action's catalogue key, so the undo button speaks the current language.
          const result = await api['edits.apply']({
            workspaceId,
            label: action,
            edits: [...edits],
            group: myGroup,
            place: at,
          });
          shown.confirm(result.stamp);
          settle(workspaceId, result);
          if (options.notice && result.history.undo)
            toasts.getState().notify({ kind: 'done', text: options.notice, step: result.history.undo.id });
          return true;
        } catch (err) {
          // What the service confirmed stays; only these edits go.
          shown();
          toasts.getState().report(err, action);
          return false;
        }
      })();
      collected?.push(write);
      return saver.track(write);
    },
    grouped(name, write) {
      const outer = { group, collected };
      const mine: Promise<boolean>[] = [];
      group = name;
      collected = mine;
      try {
        write();
      } finally {
        group = outer.group;
        collected = outer.collected;
      }
      return Promise.all(mine).then((all) => all.every(Boolean));
    },
    undo: () => replay('undo'),
    redo: () => replay('redo'),
  };
}
