import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract';
import { testService } from './test-service';

type Row = { id: string; name: string; archived: boolean; tombstone: boolean };

async function workspace() {
  const t = testService({ systemLanguage: 'en' });
  const { id } = await t.call<{ id: string }>('workspaces.create', { name: 'Names', language: 'en' });
  const departments = () =>
    t.call<Row[]>('rows.list', { workspaceId: id, table: 'departments', includeDeleted: false });
  const apply = (edits: { table: string; row: string; column: string; value: unknown }[]) =>
    t.call('edits.apply', { workspaceId: id, label: 'rename', edits });
  return { ...t, id, departments, apply };
}

describe('unique catalogue names below the page', () => {
  it('refuses a department named like another (case, spaces, umlaut forms aside), whole batch, nothing written', async () => {
    const { departments, apply } = await workspace();
    const [first, second] = await departments();
    const before = await departments();
    const attempt = apply([
      { table: 'departments', row: second!.id, column: 'color', value: '#123456' },
      { table: 'departments', row: second!.id, column: 'name', value: `  ${first!.name.toUpperCase()} ` },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(ApiError);
    await expect(attempt).rejects.toThrow(`change 2: another department is already called "${first!.name}"`);
    expect(await departments()).toEqual(before);

    // A new department of an archived one's name is refused too.
    await apply([{ table: 'departments', row: first!.id, column: 'archived', value: true }]);
    await expect(
      apply([
        { table: 'departments', row: 'dept-new-0001', column: 'name', value: first!.name },
        { table: 'departments', row: 'dept-new-0001', column: 'sort_key', value: 'zz' },
      ]),
    ).rejects.toThrow('another department is already called');
  });

  it('judges a batch by where it ends: two names swapped, or a name freed by a deletion, are fine', async () => {
    const { departments, apply } = await workspace();
    const [a, b] = await departments();
    await apply([
      { table: 'departments', row: a!.id, column: 'name', value: b!.name },
      { table: 'departments', row: b!.id, column: 'name', value: a!.name },
    ]);
    const swapped = await departments();
    expect(swapped.find((r) => r.id === a!.id)!.name).toBe(b!.name);
    expect(swapped.find((r) => r.id === b!.id)!.name).toBe(a!.name);

    await apply([
      { table: 'departments', row: a!.id, column: 'tombstone', value: true },
      { table: 'departments', row: 'dept-new-0002', column: 'name', value: b!.name },
      { table: 'departments', row: 'dept-new-0002', column: 'sort_key', value: 'zz' },
    ]);
    expect((await departments()).filter((r) => r.name === b!.name)).toHaveLength(1);
  });

  it('leaves channels and departments apart: a channel may share a department’s name', async () => {
    const { id, call, departments } = await workspace();
    const [first] = await departments();
    const channels = await call<Row[]>('rows.list', { workspaceId: id, table: 'channels' });
    await call('edits.apply', {
      workspaceId: id,
      label: 'rename',
      edits: [{ table: 'channels', row: channels[0]!.id, column: 'name', value: first!.name }],
    });
    const after = await call<Row[]>('rows.list', { workspaceId: id, table: 'channels' });
    expect(after.find((c) => c.id === channels[0]!.id)!.name).toBe(first!.name);
  });
});
