import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Events } from '../../shared/contract';
import { DEFAULT_CHANNELS, DEFAULT_DEPARTMENTS } from '../../shared/default-catalogue';
import { tempDir } from '../store/test-support';
import { callEnveloped } from './envelope';
import { HandlerRegistry } from './registry';
import { testService } from './test-service';

function setup(dataDir = tempDir()) {
  return testService({ dataDir, systemLanguage: 'de-DE' });
}

type Named = { id: string; name: string; archived: boolean };

describe('service', () => {
  it('creates a workspace with the default catalogue in the chosen language', async () => {
    const { call, service } = setup();
    const { id } = (await call('workspaces.create', { name: 'Marke', language: 'de' })) as { id: string };
    const channels = (await call('rows.list', { workspaceId: id, table: 'channels' })) as Named[];
    const departments = (await call('rows.list', { workspaceId: id, table: 'departments' })) as Named[];
    expect(channels.length).toBe(DEFAULT_CHANNELS.length);
    expect(channels.length).toBeGreaterThanOrEqual(12);
    expect(departments.map((d) => d.name).sort()).toEqual(DEFAULT_DEPARTMENTS.map((d) => d.de).sort());
    expect(channels.map((c) => c.name)).toContain('Callcenter');
    await service.close();
  });

  it('keeps everything across a restart', async () => {
    const first = setup();
    const { id } = (await first.call('workspaces.create', { name: 'Brand', language: 'en' })) as { id: string };
    const [dep] = (await first.call('rows.list', { workspaceId: id, table: 'departments' })) as Named[];
    await first.call('edits.apply', {
      workspaceId: id,
      label: 'rename',
      edits: [{ table: 'departments', row: dep!.id, column: 'name', value: 'Brand office' }],
    });
    await first.service.close();
    const second = setup(first.dataDir);
    const deps = (await second.call('rows.list', { workspaceId: id, table: 'departments' })) as Named[];
    expect(deps.find((d) => d.id === dep!.id)?.name).toBe('Brand office');
    await second.service.close();
  });

  it('rejects invalid arguments with a readable error and writes nothing', async () => {
    const { call, service } = setup();
    const { id } = (await call('workspaces.create', { name: 'W', language: 'en' })) as { id: string };
    const before = (await call('rows.list', { workspaceId: id, table: 'departments' })) as Named[];
    const dep = before[0]!;
    const bad = {
      workspaceId: id,
      label: 'bad',
      edits: [
        { table: 'departments', row: dep.id, column: 'name', value: 'Changed' },
        { table: 'departments', row: dep.id, column: 'color', value: 'red' },
      ],
    };
    await expect(call('edits.apply', bad)).rejects.toThrow(/change 2: departments.color/);
    await expect(
      call('edits.apply', { ...bad, edits: [{ table: 'accounts', row: dep.id, column: 'x', value: 1 }] }),
    ).rejects.toThrow(/unknown table "accounts"/);
    await expect(call('workspaces.create', { name: '   ', language: 'en' })).rejects.toThrow(/workspaces.create: name/);
    await expect(call('rows.list', { workspaceId: id, table: 'sqlite_master' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(call('nope.nothing', {})).rejects.toMatchObject({ code: 'not_found' });
    expect(await call('rows.list', { workspaceId: id, table: 'departments' })).toEqual(before);
    await service.close();
  });

  it('undoes and redoes an edit as new changes, and reports it', async () => {
    const { call, events, service } = setup();
    const { id } = (await call('workspaces.create', { name: 'W', language: 'en' })) as { id: string };
    const dep = ((await call('rows.list', { workspaceId: id, table: 'departments' })) as Named[])[0]!;
    const rename = (name: string) =>
      call('edits.apply', {
        workspaceId: id,
        label: 'Rename',
        edits: [{ table: 'departments', row: dep.id, column: 'name', value: name }],
      });
    await rename('One');
    await rename('Two');
    const name = async () =>
      ((await call('rows.list', { workspaceId: id, table: 'departments' })) as Named[]).find((d) => d.id === dep.id)!
        .name;
    const undo = (await call('history.undo', { workspaceId: id })) as { history: { canRedo: boolean } };
    expect(await name()).toBe('One');
    expect(undo.history.canRedo).toBe(true);
    await call('history.undo', { workspaceId: id });
    expect(await name()).toBe(dep.name);
    await call('history.redo', { workspaceId: id });
    expect(await name()).toBe('One');
    const last = events.filter((e) => e.event === 'changed').pop()!.payload as Events['changed'];
    expect(last.tables).toEqual(['departments']);
    expect(last.history).toMatchObject({ canUndo: true, canRedo: true });
    await service.close();
  });

  it('undoing the creation of a row deletes it; redo brings it back', async () => {
    const { call, service } = setup();
    const { id } = (await call('workspaces.create', { name: 'W', language: 'en' })) as { id: string };
    const row = 'journey-0001';
    await call('edits.apply', {
      workspaceId: id,
      label: 'New journey',
      edits: [{ table: 'journeys', row, column: 'name', value: 'Click & collect' }],
    });
    await call('history.undo', { workspaceId: id });
    expect(await call('rows.list', { workspaceId: id, table: 'journeys' })).toEqual([]);
    await call('history.redo', { workspaceId: id });
    expect(((await call('rows.list', { workspaceId: id, table: 'journeys' })) as Named[]).map((j) => j.name)).toEqual([
      'Click & collect',
    ]);
    await service.close();
  });

  it('lists a corrupt workspace as unavailable, leaves it untouched and keeps the others usable', async () => {
    const { call, service, dataDir } = setup();
    const { id } = (await call('workspaces.create', { name: 'Good', language: 'en' })) as { id: string };
    const brokenFile = join(dataDir, 'workspaces', '11111111-2222-3333-4444-555555555555.sqlite');
    const bytes = randomBytes(4096);
    writeFileSync(brokenFile, bytes);
    const list = (await call('workspaces.list', {})) as {
      id: string;
      status: string;
      problem: { code: string } | null;
    }[];
    expect(list.find((w) => w.id === id)?.status).toBe('ready');
    expect(list.find((w) => w.id !== id)).toMatchObject({ status: 'unavailable', problem: { code: 'corrupt' } });
    await expect(
      call('rows.list', { workspaceId: '11111111-2222-3333-4444-555555555555', table: 'channels' }),
    ).rejects.toMatchObject({ code: 'unavailable' });
    expect(readFileSync(brokenFile).equals(bytes)).toBe(true);
    expect(readdirSync(join(dataDir, 'workspaces')).filter((f) => f.startsWith('1111'))).toEqual([
      '11111111-2222-3333-4444-555555555555.sqlite',
    ]);
    expect(((await call('rows.list', { workspaceId: id, table: 'channels' })) as unknown[]).length).toBeGreaterThan(0);
    await service.close();
  });

  it('sets a broken settings file aside instead of overwriting it', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'settings.json'), '{ not json');
    const { call, service } = setup(dataDir);
    expect(await call('settings.get', {})).toMatchObject({ language: 'system' });
    await call('settings.update', { language: 'de' });
    expect(await call('settings.get', {})).toMatchObject({ language: 'de' });
    expect(readdirSync(dataDir).some((f) => f.startsWith('settings.json.broken-'))).toBe(true);
    await service.close();
  });

  it('wraps failures for transports without throwing', async () => {
    const { service } = setup();
    expect(await callEnveloped(service.handlers, 'workspaces.create', { name: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await callEnveloped(service.handlers, 'app.info', {})).toMatchObject({ ok: true, result: { host: 'web' } });
    await service.close();
  });
});

describe('handler registry', () => {
  it('refuses a second handler for the same method and a missing one', () => {
    const registry = new HandlerRegistry().register('app.info', async () => ({
      name: '',
      version: '',
      host: 'web',
      systemLanguage: '',
      dataDir: '',
    }));
    expect(() =>
      registry.register('app.info', async () => ({
        name: '',
        version: '',
        host: 'web',
        systemLanguage: '',
        dataDir: '',
      })),
    ).toThrow(/twice/);
    expect(() => registry.complete()).toThrow(/no handler for settings.get/);
  });
});

describe('rows.lastEdited', () => {
  it('gives the newest field stamp per row', async () => {
    const { call, service } = setup();
    const { id } = (await call('workspaces.create', { name: 'W', language: 'en' })) as { id: string };
    await call('edits.apply', {
      workspaceId: id,
      label: 'a',
      edits: [{ table: 'messages', row: 'message-01', column: 'body', value: 'x' }],
    });
    const first = ((await call('rows.lastEdited', { workspaceId: id, table: 'messages' })) as Record<string, string>)[
      'message-01'
    ]!;
    await call('edits.apply', {
      workspaceId: id,
      label: 'b',
      edits: [{ table: 'messages', row: 'message-01', column: 'headline', value: 'y' }],
    });
    const second = ((await call('rows.lastEdited', { workspaceId: id, table: 'messages' })) as Record<string, string>)[
      'message-01'
    ]!;
    expect(second > first).toBe(true);
    await service.close();
  });
});

describe('changes.history', () => {
  it('returns every change oldest first with its decoded value', async () => {
    const { call, service } = setup();
    const { id } = (await call('workspaces.create', { name: 'W', language: 'en' })) as { id: string };
    await call('edits.apply', {
      workspaceId: id,
      label: 'a',
      edits: [{ table: 'touchpoints', row: 'tp-000001', column: 'emotion', value: -2 }],
    });
    const history = (await call('changes.history', { workspaceId: id })) as {
      hlc: string;
      table: string;
      value: unknown;
    }[];
    expect(history.length).toBeGreaterThan(100);
    expect(history.map((c) => c.hlc)).toEqual([...history.map((c) => c.hlc)].sort());
    expect(history[history.length - 1]).toMatchObject({ table: 'touchpoints', column: 'emotion', value: -2 });
    await service.close();
  });
});
