import { beforeEach, describe, expect, it } from 'vitest';
import type { HistoryState } from '../../shared/contract';
import { createCommands, type Commands } from './commands';
import { createDataStore, type DataStore } from './data-store';
import { createSessionStore, type SessionStore } from './session-store';
import { changed, fakeApi, row, settle, type FakeApi } from './testing/fake-api';
import { createToastStore, type ToastStore } from './toast-store';

const WS = 'ws-a';
const EPOCH = 'e1';
const AFTER: HistoryState = { canUndo: true, canRedo: false, undoLabel: 'action.editTouchpoint', redoLabel: null };

let fake: FakeApi;
let session: SessionStore;
let data: DataStore;
let toasts: ToastStore;
let commands: Commands;

beforeEach(async () => {
  fake = fakeApi();
  toasts = createToastStore();
  session = createSessionStore({
    api: fake.api,
    systemLanguage: 'en',
    defaultWorkspaceName: () => 'My workspace',
    onError: (err) => toasts.getState().report(err),
  });
  session.setState({ workspaceId: WS });
  data = createDataStore(fake.api, (err) => toasts.getState().report(err));
  data.getState().reset(WS);
  commands = createCommands(fake.api, session, data, toasts);
  data.getState().ensure('touchpoints');
  await settle();
  await fake
    .next('rows.load')
    .answer({ stamp: { epoch: EPOCH, seq: 1 }, rows: { touchpoints: [row('touchpoints', 'a', { title: 'A' })] } });
});

const title = () => data.getState().rows.touchpoints?.[0]?.title;
const edits = [{ table: 'touchpoints' as const, row: 'a', column: 'title', value: 'typed' }];

describe('commands.apply', () => {
  it('shows the edit at once, sends it with its action, and takes the history from the answer', async () => {
    const done = commands.apply('editTouchpoint' as never, edits);
    expect(title()).toBe('typed');
    const call = fake.next('edits.apply');
    expect(call.input).toEqual({ workspaceId: WS, label: 'editTouchpoint', edits });
    await call.answer({ applied: 1, history: AFTER, stamp: { epoch: EPOCH, seq: 2 } });
    await expect(done).resolves.toBe(true);
    expect(session.getState().history).toEqual(AFTER);
    expect(title()).toBe('typed');
    data.getState().receive(changed(WS, EPOCH, 2, { touchpoints: [row('touchpoints', 'a', { title: 'typed' })] }));
    expect(title()).toBe('typed');
    expect(toasts.getState().toasts).toEqual([]);
  });

  it('takes a refused edit back and says why', async () => {
    const done = commands.apply('editTouchpoint' as never, edits);
    await fake.next('edits.apply').refuse(new Error('refused'));
    await expect(done).resolves.toBe(false);
    expect(title()).toBe('A');
    expect(toasts.getState().toasts).toHaveLength(1);
    expect(toasts.getState().toasts[0]!.action).toBe('editTouchpoint');
  });

  it('sends nothing without a workspace or without edits', async () => {
    await expect(commands.apply('editTouchpoint' as never, [])).resolves.toBe(false);
    session.setState({ workspaceId: null });
    await expect(commands.apply('editTouchpoint' as never, edits)).resolves.toBe(false);
    expect(fake.count('edits.apply')).toBe(0);
  });

  it('does not give the history of a workspace the user has left to the new one', async () => {
    const done = commands.apply('editTouchpoint' as never, edits);
    session.setState({ workspaceId: 'ws-b' });
    await fake.next('edits.apply').answer({ applied: 1, history: AFTER });
    await done;
    expect(session.getState().history).not.toEqual(AFTER);
  });
});

describe('undo and redo', () => {
  it('asks the service and takes the history it answers', async () => {
    const undo = commands.undo();
    const call = fake.next('history.undo');
    expect(call.input).toEqual({ workspaceId: WS });
    await call.answer({ applied: 1, history: { ...AFTER, canRedo: true, redoLabel: 'x' } });
    await undo;
    expect(session.getState().history.canRedo).toBe(true);
    const redo = commands.redo();
    await fake.next('history.redo').refuse(new Error('gone'));
    await redo;
    expect(toasts.getState().toasts).toHaveLength(1);
  });
});
