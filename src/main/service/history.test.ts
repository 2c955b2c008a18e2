import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryState } from '../../shared/contract';
import { testService } from './test-service';

/** Undo through the contract: one step per field edit, and the place it was made. */

const services: ReturnType<typeof testService>[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) await s.service.close();
});

async function workspace() {
  const s = testService();
  services.push(s);
  const { id } = await s.call<{ id: string }>('workspaces.create', { name: 'Shop', language: 'en' });
  const departments = await s.call<{ id: string; name: string }[]>('rows.list', {
    workspaceId: id,
    table: 'departments',
  });
  return { ...s, id, department: departments[0]! };
}

type Apply = { history: HistoryState };

describe('undo history', () => {
  it('keeps the saves of one field edit (one group) as one step that undoes to the text before the first', async () => {
    const { call, id, department } = await workspace();
    const before = department.name;
    const save = (name: string, group?: string) =>
      call<Apply>('edits.apply', {
        workspaceId: id,
        label: 'renameDepartment',
        group,
        place: '#/settings/catalogue',
        edits: [{ table: 'departments', row: department.id, column: 'name', value: name }],
      });
    await save('S', 'typing-1');
    await save('Sa', 'typing-1');
    const last = await save('Sales team', 'typing-1');
    expect(last.history.undo).toMatchObject({ label: 'renameDepartment', place: '#/settings/catalogue' });
    const stepId = last.history.undo!.id;

    const undone = await call<Apply>('history.undo', { workspaceId: id });
    const name = async () =>
      (await call<{ id: string; name: string }[]>('rows.list', { workspaceId: id, table: 'departments' })).find(
        (d) => d.id === department.id,
      )!.name;
    expect(await name()).toBe(before);
    expect(undone.history.redo).toMatchObject({ id: stepId, label: 'renameDepartment' });
    // The seed created the workspace without a step of its own: nothing else to undo.
    expect(undone.history.canUndo).toBe(false);

    await call('history.redo', { workspaceId: id });
    expect(await name()).toBe('Sales team');

    // Another group, or no group at all, is a step of its own.
    // (Not "Sales": the default catalogue has a department of that name, and names are unique.)
    await save('Sales desk', 'typing-2');
    await save('Sales & service');
    await call('history.undo', { workspaceId: id });
    expect(await name()).toBe('Sales desk');
    await call('history.undo', { workspaceId: id });
    expect(await name()).toBe('Sales team');
  });

  it('one step for a row created and then filled in the same edit: undo removes the row', async () => {
    const { call, id } = await workspace();
    const write = (fields: Record<string, string>) =>
      call<Apply>('edits.apply', {
        workspaceId: id,
        label: 'writeMessage',
        group: 'core-1',
        edits: Object.entries(fields).map(([column, value]) => ({
          table: 'messages',
          row: 'message-grouped-1',
          column,
          value,
        })),
      });
    await write({ headline: 'Hello' });
    await write({ headline: 'Hello there', body: 'Same price everywhere.' });
    await call('history.undo', { workspaceId: id });
    expect(await call<unknown[]>('rows.list', { workspaceId: id, table: 'messages' })).toHaveLength(0);
    await call('history.redo', { workspaceId: id });
    expect(await call<unknown[]>('rows.list', { workspaceId: id, table: 'messages' })).toMatchObject([
      { id: 'message-grouped-1', headline: 'Hello there', body: 'Same price everywhere.' },
    ]);
  });

  it('a save after an undo and redo of its group is a step of its own', async () => {
    const { call, id, department } = await workspace();
    const save = (name: string) =>
      call<Apply>('edits.apply', {
        workspaceId: id,
        label: 'renameDepartment',
        group: 'same-group',
        edits: [{ table: 'departments', row: department.id, column: 'name', value: name }],
      });
    const name = async () =>
      (await call<{ id: string; name: string }[]>('rows.list', { workspaceId: id, table: 'departments' })).find(
        (d) => d.id === department.id,
      )!.name;
    await save('A');
    await call('history.undo', { workspaceId: id });
    await call('history.redo', { workspaceId: id });
    await save('B');
    await call('history.undo', { workspaceId: id });
    expect(await name()).toBe('A');
    await call('history.undo', { workspaceId: id });
    expect(await name()).toBe(department.name);
  });
});
