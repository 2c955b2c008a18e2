import { beforeEach, describe, expect, it } from 'vitest';
import { createDataStore, type DataStore } from './data-store';
import { changed, fakeApi, row, settle, type FakeApi } from './testing/fake-api';

const WS = 'ws-a';
const EPOCH = 'epoch-1';

let fake: FakeApi;
let store: DataStore;
let errors: unknown[];

beforeEach(() => {
  fake = fakeApi();
  errors = [];
  store = createDataStore(fake.api, (err) => errors.push(err));
  store.getState().reset(WS);
});

const titles = () => store.getState().rows.touchpoints?.map((t) => `${t.id}:${t.title}`);

/** Load touchpoints (and stages) at `seq` with the given touchpoints. */
async function loadAt(seq: number, touchpoints = [row('touchpoints', 'a', { title: 'A' })]) {
  store.getState().ensure('touchpoints');
  store.getState().ensure('stages');
  await settle();
  await fake.next('rows.load').answer({ stamp: { epoch: EPOCH, seq }, rows: { touchpoints, stages: [] } });
}

describe('loading', () => {
  it('asks for every table wanted in one turn with one call', async () => {
    store.getState().ensure('touchpoints');
    store.getState().ensure('stages');
    store.getState().ensure('touchpoints');
    await settle();
    expect(fake.count('rows.load')).toBe(1);
    expect(fake.pending[0]!.input).toEqual({ workspaceId: WS, tables: ['touchpoints', 'stages'] });
  });

  it('drops an answer that a newer request overtook', async () => {
    store.getState().ensure('touchpoints');
    await settle();
    store.getState().refresh(['touchpoints']);
    await settle();
    const older = fake.next('rows.load');
    const newer = fake.next('rows.load');
    await newer.answer({
      stamp: { epoch: EPOCH, seq: 2 },
      rows: { touchpoints: [row('touchpoints', 'a', { title: 'new' })] },
    });
    await older.answer({
      stamp: { epoch: EPOCH, seq: 1 },
      rows: { touchpoints: [row('touchpoints', 'a', { title: 'old' })] },
    });
    expect(titles()).toEqual(['a:new']);
  });

  it('ignores an answer for the workspace it has left (switch mid-load)', async () => {
    store.getState().ensure('touchpoints');
    await settle();
    const call = fake.next('rows.load');
    store.getState().reset('ws-b');
    await call.answer({ stamp: { epoch: EPOCH, seq: 1 }, rows: { touchpoints: [row('touchpoints', 'a')] } });
    expect(store.getState().rows).toEqual({});
    expect(store.getState().workspaceId).toBe('ws-b');
    // The new workspace loads on its own.
    store.getState().ensure('touchpoints');
    await settle();
    expect(fake.next('rows.load').input).toEqual({ workspaceId: 'ws-b', tables: ['touchpoints'] });
  });

  it('reports a failed load and loads again when asked', async () => {
    store.getState().ensure('touchpoints');
    await settle();
    await fake.next('rows.load').refuse(new Error('disk gone'));
    expect(errors).toHaveLength(1);
    expect(store.getState().rows.touchpoints).toBeUndefined();
    store.getState().ensure('touchpoints');
    await settle();
    expect(fake.count('rows.load')).toBe(1);
  });
});

describe('changed events', () => {
  it('patches the touched rows and keeps every other row as it was', async () => {
    await loadAt(3, [row('touchpoints', 'a', { title: 'A' }), row('touchpoints', 'c', { title: 'C' })]);
    const before = store.getState().rows;
    store.getState().receive(
      changed(WS, EPOCH, 4, {
        touchpoints: [row('touchpoints', 'b', { title: 'B' }), row('touchpoints', 'c', { title: 'C2' })],
      }),
    );
    const after = store.getState().rows;
    expect(titles()).toEqual(['a:A', 'b:B', 'c:C2']);
    expect(after.touchpoints![0]).toBe(before.touchpoints![0]);
    expect(after.stages).toBe(before.stages);
    expect(fake.count('rows.load')).toBe(0);
  });

  it('removes a deleted row', async () => {
    await loadAt(1, [row('touchpoints', 'a'), row('touchpoints', 'b')]);
    store.getState().receive(changed(WS, EPOCH, 2, { touchpoints: [row('touchpoints', 'a', { tombstone: true })] }));
    expect(titles()).toEqual(['b:']);
  });

  it('ignores an event the loaded tables already hold', async () => {
    await loadAt(5, [row('touchpoints', 'a', { title: 'newest' })]);
    store.getState().receive(changed(WS, EPOCH, 5, { touchpoints: [row('touchpoints', 'a', { title: 'older' })] }));
    expect(titles()).toEqual(['a:newest']);
  });

  it('reloads what it holds when an event number is skipped', async () => {
    await loadAt(3);
    store.getState().receive(changed(WS, EPOCH, 5, { touchpoints: [row('touchpoints', 'x')] }));
    await settle();
    expect(titles()).toEqual(['a:A']);
    const reload = fake.next('rows.load');
    expect(new Set(reload.input.tables)).toEqual(new Set(['touchpoints', 'stages']));
    await reload.answer({
      stamp: { epoch: EPOCH, seq: 5 },
      rows: { touchpoints: [row('touchpoints', 'a', { title: 'A' }), row('touchpoints', 'x')], stages: [] },
    });
    expect(titles()).toEqual(['a:A', 'x:']);
    // Numbering goes on from 5.
    store.getState().receive(changed(WS, EPOCH, 6, { touchpoints: [row('touchpoints', 'y')] }));
    await settle();
    expect(fake.count('rows.load')).toBe(0);
    expect(titles()).toEqual(['a:A', 'x:', 'y:']);
  });

  it('reloads after the service reopened the workspace (another epoch)', async () => {
    await loadAt(3);
    store.getState().receive(changed(WS, 'epoch-2', 1, { touchpoints: [row('touchpoints', 'x')] }));
    await settle();
    expect(fake.count('rows.load')).toBe(1);
  });

  it('reloads only the named tables when an event comes without rows', async () => {
    await loadAt(3);
    store.getState().receive(changed(WS, EPOCH, 4, undefined, ['stages']));
    await settle();
    expect(fake.next('rows.load').input.tables).toEqual(['stages']);
  });

  it('reloads the named tables for an event without a stamp (an older sender)', async () => {
    await loadAt(3);
    store.getState().receive({ workspaceId: WS, tables: ['touchpoints'], history: changed(WS, EPOCH, 1, {}).history });
    await settle();
    expect(fake.next('rows.load').input.tables).toEqual(['touchpoints']);
  });

  it('applies an event that overtook a late answer, and not one the answer already holds', async () => {
    await loadAt(1);
    store.getState().refresh(['touchpoints']);
    await settle();
    const late = fake.next('rows.load');
    // Event 2 leaves before the snapshot is read, event 3 after.
    store.getState().receive(changed(WS, EPOCH, 2, { touchpoints: [row('touchpoints', 'a', { title: 'from 2' })] }));
    store.getState().receive(changed(WS, EPOCH, 3, { touchpoints: [row('touchpoints', 'b', { title: 'from 3' })] }));
    await late.answer({
      stamp: { epoch: EPOCH, seq: 2 },
      rows: { touchpoints: [row('touchpoints', 'a', { title: 'read after 2' })] },
    });
    expect(titles()).toEqual(['a:read after 2', 'b:from 3']);
  });

  it('ignores events of another workspace', async () => {
    await loadAt(1);
    store.getState().receive(changed('ws-b', EPOCH, 2, { touchpoints: [row('touchpoints', 'z')] }));
    expect(titles()).toEqual(['a:A']);
  });
});

describe('optimistic patches', () => {
  const edit = (rowId: string, title: string) => [
    { table: 'touchpoints' as const, row: rowId, column: 'title', value: title },
  ];

  it('shows an edit at once and takes it back when it is refused', async () => {
    await loadAt(1);
    const shown = store.getState().patch(edit('a', 'typed'));
    expect(titles()).toEqual(['a:typed']);
    shown();
    expect(titles()).toEqual(['a:A']);
  });

  it('keeps a confirmed edit until its event has arrived, then shows what the service holds', async () => {
    await loadAt(1);
    const shown = store.getState().patch(edit('a', 'typed'));
    shown.confirm({ epoch: EPOCH, seq: 2 });
    expect(titles()).toEqual(['a:typed']);
    store.getState().receive(changed(WS, EPOCH, 2, { touchpoints: [row('touchpoints', 'a', { title: 'typed' })] }));
    // A later change of the same field (an undo) shows through: the patch is gone.
    store.getState().receive(changed(WS, EPOCH, 3, { touchpoints: [row('touchpoints', 'a', { title: 'A' })] }));
    expect(titles()).toEqual(['a:A']);
  });

  it('a refusal after a newer reload keeps the newer rows', async () => {
    await loadAt(1, [row('touchpoints', 'a', { title: 'A', kpi: 'old' })]);
    const shown = store.getState().patch(edit('a', 'typed'));
    store
      .getState()
      .receive(
        changed(WS, EPOCH, 2, { touchpoints: [row('touchpoints', 'a', { title: 'A', kpi: 'from elsewhere' })] }),
      );
    expect(store.getState().rows.touchpoints![0]).toMatchObject({ title: 'typed', kpi: 'from elsewhere' });
    shown();
    expect(store.getState().rows.touchpoints![0]).toMatchObject({ title: 'A', kpi: 'from elsewhere' });
  });

  it('creates and deletes rows in id order', async () => {
    await loadAt(1, [row('touchpoints', 'a'), row('touchpoints', 'c')]);
    store.getState().patch([...edit('b', 'new'), { table: 'touchpoints', row: 'c', column: 'tombstone', value: true }]);
    expect(titles()).toEqual(['a:', 'b:new']);
  });

  it('drops a confirmation with nothing to wait for at once', async () => {
    await loadAt(1);
    store.getState().patch(edit('a', 'typed')).confirm(undefined);
    expect(titles()).toEqual(['a:A']);
  });

  it('a patch from the workspace left behind does not touch the new one', async () => {
    await loadAt(1);
    const shown = store.getState().patch(edit('a', 'typed'));
    store.getState().reset('ws-b');
    shown();
    shown.confirm({ epoch: EPOCH, seq: 2 });
    expect(store.getState().rows).toEqual({});
  });
});
