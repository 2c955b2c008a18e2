import { afterEach, describe, expect, it } from 'vitest';
import type { ApiClient, EventName, Events, Method, RowsSnapshot } from '../shared/contract';
import { newId } from '../shared/ids';
import { rowEdits } from '../shared/edits';
import type { TableName } from '../shared/schema/tables';
import { buildFromTemplate, templateById } from '../shared/templates';
import { dispatch } from '../main/service/registry';
import { createService } from '../main/service/service';
import { waitFor } from '../main/service/test-service';
import { migrations, tempDir } from '../main/store/test-support';
import { createCommands } from '../renderer/stores/commands';
import { createDataStore } from '../renderer/stores/data-store';
import { createSaver } from '../renderer/stores/saver';
import { createSessionStore } from '../renderer/stores/session-store';
import { createToastStore } from '../renderer/stores/toast-store';

/**
 * The page's core (session, data store, commands) against the real desktop
 * services on a real SQLite workspace, through an in-process transport wired
 * as src/renderer/app/services.ts wires the real ones. The transport can hold
 * answers or drop events, as a slow or lossy connection would; what the page
 * holds is compared with what the service holds.
 */

const TABLES: TableName[] = ['departments', 'channels', 'journeys', 'stages', 'touchpoints'];

function transport() {
  const listeners = new Set<(payload: Events['changed']) => void>();
  let dropNext = 0;
  /** Calls of these methods wait until `release` is called. */
  const held = new Map<Method, (() => void)[]>();
  const service = createService({
    dataDir: tempDir(),
    migrations,
    info: { name: 'Omnichannel Workbench', version: 'test', host: 'web', systemLanguage: 'de' },
    emit: <E extends EventName>(event: E, payload: Events[E]) => {
      if (event !== 'changed') return;
      if (dropNext > 0) {
        dropNext -= 1;
        return;
      }
      // Events cross the transport later than the answer of the call that caused them.
      setTimeout(() => listeners.forEach((l) => l(payload as Events['changed'])), 0);
    },
  });
  const api = new Proxy({} as ApiClient, {
    get: (_, method: string) => async (input: unknown) => {
      const waiting = held.get(method as Method);
      if (waiting) await new Promise<void>((r) => waiting.push(r));
      // A structured-clone-like copy both ways, as IPC or HTTP would give.
      return structuredClone(await dispatch(service.handlers, method, structuredClone(input)));
    },
  });
  return {
    service,
    api,
    onChanged: (l: (payload: Events['changed']) => void) => listeners.add(l),
    dropEvents: (n: number) => (dropNext += n),
    hold: (method: Method) => held.set(method, []),
    heldCalls: (method: Method) => held.get(method)?.length ?? 0,
    /** Lets the held calls go on, newest first when asked (a late answer of an older call). */
    async release(method: Method, order: 'oldest first' | 'newest first' = 'oldest first') {
      const waiting = held.get(method) ?? [];
      held.delete(method);
      for (const r of order === 'newest first' ? waiting.reverse() : waiting) {
        r();
        await new Promise((done) => setTimeout(done, 5));
      }
    },
  };
}

function page() {
  const t = transport();
  const toasts = createToastStore();
  const report = (err: unknown) => toasts.getState().report(err);
  const session = createSessionStore({
    api: t.api,
    systemLanguage: 'de-DE',
    defaultWorkspaceName: (language) => (language === 'de' ? 'Mein Arbeitsbereich' : 'My workspace'),
    onError: report,
  });
  const data = createDataStore(t.api, report);
  // Saves go straight out (no pause); undo stays on the page it was made on.
  const saver = createSaver(
    { set: (run, ms) => setTimeout(run, ms) as unknown as number, clear: (h) => clearTimeout(h) },
    0,
  );
  const place = { current: () => null, go: () => Promise.resolve(), same: () => true };
  const commands = createCommands({ api: t.api, session, data, toasts, saver, place });
  session.subscribe((state, before) => {
    if (state.workspaceId !== before.workspaceId) data.getState().reset(state.workspaceId);
  });
  t.onChanged((event) => {
    if (event.workspaceId !== session.getState().workspaceId) return;
    session.getState().setHistory(event.workspaceId, event.history);
    data.getState().receive(event);
  });
  const call = <T>(method: string, input: unknown) => dispatch(t.service.handlers, method, input) as Promise<T>;
  /** What the service holds now, as rows.load gives it. */
  const truth = async (workspaceId: string) =>
    (await call<RowsSnapshot>('rows.load', { workspaceId, tables: TABLES })).rows;
  const held = () => Object.fromEntries(TABLES.map((table) => [table, data.getState().rows[table]]));
  /** Until the page holds what the service holds (events arrive in their own time). */
  const caughtUp = async (workspaceId: string) => {
    const want = JSON.stringify(await truth(workspaceId));
    await waitFor(async () => JSON.stringify(held()) === want);
  };
  return { ...t, toasts, session, data, commands, call, truth, held, caughtUp };
}

let opened: ReturnType<typeof page>[] = [];
afterEach(async () => {
  for (const p of opened) await p.service.close();
  opened = [];
});

async function bootedPage() {
  const p = page();
  opened.push(p);
  await p.session.getState().start();
  const workspaceId = p.session.getState().workspaceId!;
  for (const table of TABLES) p.data.getState().ensure(table);
  await p.caughtUp(workspaceId);
  return { ...p, workspaceId };
}

async function createJourney(p: Awaited<ReturnType<typeof bootedPage>>) {
  const rows = p.data.getState().rows;
  const built = buildFromTemplate(templateById('click-and-collect')!, {
    language: 'de',
    departments: rows.departments!,
    channels: rows.channels!,
  });
  expect(await p.commands.apply('createJourney', built.edits)).toBe(true);
  await p.caughtUp(p.workspaceId);
  return built.journeyId;
}

describe('the page core against the desktop services', () => {
  it('boots on a first start into a German workspace and holds what the service holds', async () => {
    const p = await bootedPage();
    expect(p.session.getState().phase).toBe('ready');
    expect(p.session.getState().workspaces.map((w) => w.name)).toEqual(['Mein Arbeitsbereich']);
    expect(p.data.getState().rows.channels!.length).toBeGreaterThan(0);
    expect(p.toasts.getState().toasts).toEqual([]);
  });

  it('an edit shows at once, is confirmed by its event, and undo comes back the same way', async () => {
    const p = await bootedPage();
    await createJourney(p);
    const tp = p.data.getState().rows.touchpoints![0]!;
    const applying = p.commands.apply('editTouchpoint', [
      { table: 'touchpoints', row: tp.id, column: 'title', value: 'Abholung im Geschäft' },
    ]);
    // Shown before the service has answered.
    expect(p.data.getState().rows.touchpoints!.find((t) => t.id === tp.id)!.title).toBe('Abholung im Geschäft');
    expect(await applying).toBe(true);
    await p.caughtUp(p.workspaceId);
    expect(p.session.getState().history.canUndo).toBe(true);
    await p.commands.undo();
    await p.caughtUp(p.workspaceId);
    expect(p.data.getState().rows.touchpoints!.find((t) => t.id === tp.id)!.title).toBe(tp.title);
  });

  it('an edit the write path refuses is taken back and said, and nothing else moves', async () => {
    const p = await bootedPage();
    await createJourney(p);
    const before = JSON.stringify(p.held());
    const tp = p.data.getState().rows.touchpoints![0]!;
    const ok = await p.commands.apply('editTouchpoint', [
      { table: 'touchpoints', row: tp.id, column: 'title', value: 'x'.repeat(10_000) },
    ]);
    expect(ok).toBe(false);
    expect(JSON.stringify(p.held())).toBe(before);
    await p.caughtUp(p.workspaceId);
    const [toast] = p.toasts.getState().toasts;
    expect(toast?.action).toBe('editTouchpoint');
    expect(toast?.error.code).toBe('invalid_input');
  });

  it('a refusal that comes after a newer reload takes back only its own edit', async () => {
    const p = await bootedPage();
    await createJourney(p);
    const [a, b] = p.data.getState().rows.touchpoints!;
    p.hold('edits.apply');
    const refused = p.commands.apply('editTouchpoint', [
      { table: 'touchpoints', row: a!.id, column: 'title', value: 'y'.repeat(10_000) },
    ]);
    // Meanwhile another window edits a second row and its event is lost: the page reloads.
    p.dropEvents(1);
    await p.call('edits.apply', {
      workspaceId: p.workspaceId,
      label: 'editTouchpoint',
      edits: [{ table: 'touchpoints', row: b!.id, column: 'kpi', value: 'Abholquote' }],
    });
    await p.call('edits.apply', {
      workspaceId: p.workspaceId,
      label: 'editTouchpoint',
      edits: [{ table: 'touchpoints', row: b!.id, column: 'title', value: 'Zweites Fenster' }],
    });
    await waitFor(async () => p.data.getState().rows.touchpoints!.find((t) => t.id === b!.id)!.kpi === 'Abholquote');
    // The optimistic edit is still shown over the reloaded rows until its answer.
    expect(p.data.getState().rows.touchpoints!.find((t) => t.id === a!.id)!.title).toBe('y'.repeat(10_000));
    await p.release('edits.apply');
    expect(await refused).toBe(false);
    await p.caughtUp(p.workspaceId);
    const now = p.data.getState().rows.touchpoints!;
    expect(now.find((t) => t.id === a!.id)!.title).toBe(a!.title);
    expect(now.find((t) => t.id === b!.id)).toMatchObject({ kpi: 'Abholquote', title: 'Zweites Fenster' });
  });

  it('a workspace switch while a load is out shows only the new workspace', async () => {
    const p = await bootedPage();
    await createJourney(p);
    const second = await p.session.getState().createWorkspace('Zweiter Arbeitsbereich');
    await p.session.getState().selectWorkspace(p.workspaceId);
    p.hold('rows.load');
    for (const table of TABLES) p.data.getState().ensure(table);
    await new Promise((r) => setTimeout(r, 0));
    await p.session.getState().selectWorkspace(second);
    for (const table of TABLES) p.data.getState().ensure(table);
    await new Promise((r) => setTimeout(r, 0));
    expect(p.heldCalls('rows.load')).toBe(2);
    expect(p.data.getState().workspaceId).toBe(second);
    // The second workspace's answer first, then the first one's, late.
    await p.release('rows.load', 'newest first');
    await p.caughtUp(second);
    expect(p.data.getState().workspaceId).toBe(second);
    expect(p.data.getState().rows.journeys).toEqual([]);
    // An edit in the first workspace (another window) does not reach the second one's rows.
    await p.call('edits.apply', {
      workspaceId: p.workspaceId,
      label: 'createJourney',
      edits: rowEdits('journeys', newId(), { name: 'Nicht hier' }),
    });
    await p.caughtUp(second);
    expect(p.data.getState().rows.journeys).toEqual([]);
  });
});
