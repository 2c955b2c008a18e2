import { beforeEach, describe, expect, it } from 'vitest';
import type { AppInfo, WorkspaceSummary } from '../../shared/contract';
import type { Settings } from '../../shared/settings';
import { createSessionStore, NO_HISTORY, type SessionStore } from './session-store';
import { fakeApi, settle, type FakeApi } from './testing/fake-api';

const SETTINGS: Settings = { language: 'system', lastWorkspaceId: null, userName: '' };
const INFO: AppInfo = { name: 'W', version: 't', host: 'web', systemLanguage: 'de', dataDir: '/tmp' };
const ws = (id: string, status: WorkspaceSummary['status'] = 'ready'): WorkspaceSummary => ({
  id,
  name: id,
  file: `${id}.sqlite`,
  source: null,
  status,
  problem: status === 'ready' ? null : { code: 'corrupt', message: 'damaged' },
});
const HISTORY = {
  canUndo: true,
  canRedo: false,
  undoLabel: 'x',
  redoLabel: null,
  undo: { id: 1, label: 'x', place: null },
  redo: null,
};

let fake: FakeApi;
let session: SessionStore;
let errors: unknown[];

beforeEach(() => {
  fake = fakeApi();
  errors = [];
  session = createSessionStore({
    api: fake.api,
    systemLanguage: 'de-AT',
    defaultWorkspaceName: (language) => (language === 'de' ? 'Mein Arbeitsbereich' : 'My workspace'),
    onError: (err) => errors.push(err),
  });
});

/** Answers the three calls every boot starts with. */
async function bootWith(settings: Settings, workspaces: WorkspaceSummary[]) {
  await fake.next('settings.get').answer(settings);
  await fake.next('app.info').answer(INFO);
  await fake.next('workspaces.list').answer(workspaces);
}

describe('session boot', () => {
  it('on a first start creates a workspace named in the system language and opens it', async () => {
    const started = session.getState().start();
    expect(session.getState().phase).toBe('starting');
    await bootWith(SETTINGS, []);
    const create = fake.next('workspaces.create');
    expect(create.input).toEqual({ name: 'Mein Arbeitsbereich', language: 'de' });
    await create.answer({ id: 'new' });
    await fake.next('workspaces.list').answer([ws('new')]);
    const remember = fake.next('settings.update');
    expect(remember.input).toEqual({ lastWorkspaceId: 'new' });
    await remember.answer({ ...SETTINGS, lastWorkspaceId: 'new' });
    await fake.next('history.state').answer(HISTORY);
    await started;
    expect(session.getState()).toMatchObject({ phase: 'ready', workspaceId: 'new', language: 'de', history: HISTORY });
  });

  it('reopens the last workspace, passing over one that cannot be opened', async () => {
    const started = session.getState().start();
    await bootWith({ ...SETTINGS, lastWorkspaceId: 'b' }, [ws('a', 'unavailable'), ws('b')]);
    await fake.next('history.state').answer(NO_HISTORY);
    await started;
    expect(session.getState().workspaceId).toBe('b');
    expect(fake.count('settings.update')).toBe(0);
    expect(fake.count('workspaces.create')).toBe(0);
  });

  it('boots once when started twice', async () => {
    const first = session.getState().start();
    const second = session.getState().start();
    expect(first).toBe(second);
    expect(fake.count('settings.get')).toBe(1);
  });

  it('fails visibly and boots again when started after the failure', async () => {
    const started = session.getState().start();
    await fake.next('settings.get').refuse(new Error('no disk'));
    await fake.next('app.info').answer(INFO);
    await fake.next('workspaces.list').answer([]);
    await started;
    expect(session.getState().phase).toBe('failed');
    void session.getState().start();
    await settle();
    expect(fake.count('settings.get')).toBe(1);
  });

  it('a history answer for a workspace the user has already left is not shown', async () => {
    const started = session.getState().start();
    await bootWith({ ...SETTINGS, lastWorkspaceId: 'a' }, [ws('a'), ws('b')]);
    const late = fake.next('history.state');
    const switched = session.getState().selectWorkspace('b');
    await late.answer(HISTORY);
    await started;
    expect(session.getState().workspaceId).toBe('b');
    expect(session.getState().history).toEqual(NO_HISTORY);
    await fake.next('settings.update').answer({ ...SETTINGS, lastWorkspaceId: 'b' });
    await fake.next('history.state').answer(NO_HISTORY);
    await switched;
  });

  it('puts the language back when saving it fails', async () => {
    const choosing = session.getState().setLanguage('en');
    expect(session.getState().language).toBe('en');
    const refused = expect(choosing).rejects.toThrow('read-only');
    await fake.next('settings.update').refuse(new Error('read-only'));
    await refused;
    expect(session.getState().language).toBe('de');
  });
});
