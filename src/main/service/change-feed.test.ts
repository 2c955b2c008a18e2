import { describe, expect, it } from 'vitest';
import type { ApplyResult, Events, RowsSnapshot } from '../../shared/contract';
import type { Row } from '../../shared/schema/tables';
import { testService, waitFor } from './test-service';

type Changed = Events['changed'];

async function setup() {
  const t = testService();
  const { id } = await t.call<{ id: string }>('workspaces.create', { name: 'W', language: 'en' });
  const changed = () => t.events.filter((e) => e.event === 'changed').map((e) => e.payload as Changed);
  await waitFor(async () => changed().length === 1);
  return { ...t, id, changed };
}

describe('change feed', () => {
  it('numbers the events of a workspace and sends the touched rows with them', async () => {
    const { call, id, changed, service } = await setup();
    const snapshot = await call<RowsSnapshot>('rows.load', { workspaceId: id, tables: ['departments', 'channels'] });
    expect(snapshot.stamp.seq).toBe(1);
    const dep = snapshot.rows.departments![0]!;
    const result = await call<ApplyResult>('edits.apply', {
      workspaceId: id,
      label: 'rename',
      edits: [{ table: 'departments', row: dep.id, column: 'name', value: 'Brand office' }],
    });
    expect(result.stamp).toEqual({ epoch: snapshot.stamp.epoch, seq: 2 });
    await waitFor(async () => changed().length === 2);
    const event = changed()[1]!;
    expect(event.stamp).toEqual(result.stamp);
    expect(event.rows).toEqual({ departments: [{ ...dep, name: 'Brand office' }] });

    await call('history.undo', { workspaceId: id });
    await waitFor(async () => changed().length === 3);
    expect(changed()[2]!.stamp!.seq).toBe(3);
    expect((changed()[2]!.rows!.departments as Row<'departments'>[])[0]!.name).toBe(dep.name);
    await service.close();
  });

  it('sends deleted rows with their tombstone, and a snapshot holds every event before its stamp', async () => {
    const { call, id, changed, service } = await setup();
    const { rows } = await call<RowsSnapshot>('rows.load', { workspaceId: id, tables: ['channels'] });
    const channel = rows.channels![0]!;
    await call('edits.apply', {
      workspaceId: id,
      label: 'delete',
      edits: [{ table: 'channels', row: channel.id, column: 'tombstone', value: true }],
    });
    const after = await call<RowsSnapshot>('rows.load', { workspaceId: id, tables: ['channels'] });
    expect(after.stamp.seq).toBe(2);
    expect(after.rows.channels!.some((c) => c.id === channel.id)).toBe(false);
    await waitFor(async () => changed().length === 2);
    expect(changed()[1]!.rows!.channels).toEqual([{ ...channel, tombstone: true }]);
    await service.close();
  });

  it('leaves the rows out when a batch touches too many (the page reloads the tables)', async () => {
    const { call, id, changed, service } = await setup();
    const edits = Array.from({ length: 2001 }, (_, i) => ({
      table: 'facts',
      row: `fact-${String(i).padStart(5, '0')}`,
      column: 'label',
      value: `Fact ${i}`,
    }));
    await call('edits.apply', { workspaceId: id, label: 'import', edits });
    await waitFor(async () => changed().length === 2);
    expect(changed()[1]!.tables).toEqual(['facts']);
    expect(changed()[1]!.rows).toBeUndefined();
    expect(changed()[1]!.stamp!.seq).toBe(2);
    await service.close();
  });

  it('starts a new epoch when the service opens the workspace again', async () => {
    const first = await setup();
    const before = await first.call<RowsSnapshot>('rows.load', { workspaceId: first.id, tables: ['channels'] });
    await first.service.close();
    const second = testService({ dataDir: first.dataDir });
    const after = await second.call<RowsSnapshot>('rows.load', { workspaceId: first.id, tables: ['channels'] });
    expect(after.stamp.epoch).not.toBe(before.stamp.epoch);
    expect(after.stamp.seq).toBe(0);
    await second.service.close();
  });

  it('refuses an unknown table in rows.load', async () => {
    const { call, id, service } = await setup();
    await expect(call('rows.load', { workspaceId: id, tables: ['sqlite_master'] })).rejects.toThrow(/tables/);
    await service.close();
  });
});
