import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Change, FieldEdit } from '../../shared/changes';
import type { WorkspaceImportResult } from '../../shared/contract';
import { TABLE_NAMES } from '../../shared/schema/tables';
import { writeWorkspaceFile } from '../../shared/workspace-file-format';
import { testService } from '../service/test-service';
import { tempDir, migrations } from '../store/test-support';

/** A controllable wall clock shared by every "device" of a test. */
function fakeTime(start = Date.parse('2026-11-23T10:00:00.000Z')) {
  let t = start;
  return { now: () => t, advance: (ms = 1000) => (t += ms) };
}

function device(time: { now: () => number }, dataDir = tempDir()) {
  const { events, service, call } = testService({
    dataDir,
    now: time.now,
    sync: { autoStart: false },
    systemLanguage: 'en-GB',
    version: '1.2.3',
  });
  const edit = (workspaceId: string, edits: FieldEdit[]) => call('edits.apply', { workspaceId, label: 'test', edits });
  const exportFile = async (workspaceId: string) =>
    (await call('workspaces.exportFile', { workspaceId })) as { fileName: string; content: string };
  const importFile = async (content: string) =>
    (await call('workspaces.importFile', { content })) as WorkspaceImportResult;
  /** Every row of every table (deleted ones too) and the change log: the whole workspace. */
  const snapshot = async (workspaceId: string) => {
    const tables: Record<string, unknown> = {};
    for (const table of TABLE_NAMES)
      tables[table] = await call('rows.list', { workspaceId, table, includeDeleted: true });
    return { tables, log: (await call('changes.history', { workspaceId })) as Change[] };
  };
  const workspaceIds = async () => ((await call('workspaces.list', {})) as { id: string }[]).map((w) => w.id).sort();
  return { service, call, edit, exportFile, importFile, snapshot, workspaceIds, events, dataDir };
}

type Device = ReturnType<typeof device>;

/** A workspace with a journey, two stages and a touchpoint, like a workshop leaves it. */
async function workspaceWithJourney(d: Device, name = 'Muster GmbH') {
  const { id } = (await d.call('workspaces.create', { name, language: 'de' })) as { id: string };
  const channels = (await d.call('rows.list', { workspaceId: id, table: 'channels' })) as { id: string }[];
  await d.edit(id, [
    { table: 'journeys', row: 'journey-0001', column: 'name', value: 'Fahrradkauf' },
    { table: 'stages', row: 'stage-00001', column: 'journey_id', value: 'journey-0001' },
    { table: 'stages', row: 'stage-00001', column: 'name', value: 'Inspiration' },
    { table: 'stages', row: 'stage-00002', column: 'journey_id', value: 'journey-0001' },
    { table: 'stages', row: 'stage-00002', column: 'name', value: 'Kauf' },
    { table: 'touchpoints', row: 'touch-00001', column: 'journey_id', value: 'journey-0001' },
    { table: 'touchpoints', row: 'touch-00001', column: 'stage_id', value: 'stage-00001' },
    { table: 'touchpoints', row: 'touch-00001', column: 'channel_id', value: channels[0]!.id },
    { table: 'touchpoints', row: 'touch-00001', column: 'title', value: 'Newsletter' },
    { table: 'touchpoints', row: 'touch-00001', column: 'supporting_department_ids', value: [] },
  ]);
  return id;
}

const journeyName = async (d: Device, workspaceId: string) =>
  ((await d.call('rows.list', { workspaceId, table: 'journeys' })) as { name: string }[]).map((j) => j.name);

describe('workspace file export and import', () => {
  it('round trip: a fresh device gets every row of every table and the whole log', async () => {
    const time = fakeTime();
    const a = device(time);
    const b = device(time);
    const id = await workspaceWithJourney(a);
    const file = await a.exportFile(id);
    expect(file.fileName).toBe('Muster-GmbH-2026-11-23.owb.json');
    const header = JSON.parse(file.content) as {
      format: string;
      formatVersion: number;
      appVersion: string;
      workspace: unknown;
      changeCount: number;
    };
    expect(header).toMatchObject({
      format: 'omnichannel-workbench/workspace',
      formatVersion: 1,
      appVersion: '1.2.3',
      workspace: { id, name: 'Muster GmbH' },
    });

    const before = await b.workspaceIds();
    const result = await b.importFile(file.content);
    expect(result).toMatchObject({
      workspaceId: id,
      name: 'Muster GmbH',
      created: true,
      received: header.changeCount,
      applied: header.changeCount,
      alreadyKnown: 0,
    });
    expect(await b.workspaceIds()).toEqual([...before, id].sort());
    expect(await b.snapshot(id)).toEqual(await a.snapshot(id));
    expect(b.events.some((e) => e.event === 'workspaces')).toBe(true);
    expect(b.events.find((e) => e.event === 'changed')?.payload).toMatchObject({
      workspaceId: id,
      tables: expect.arrayContaining(['journeys', 'touchpoints']),
    });
    await a.service.close();
    await b.service.close();
  });

  it('importing the same file twice applies nothing the second time and changes nothing', async () => {
    const time = fakeTime();
    const a = device(time);
    const b = device(time);
    const id = await workspaceWithJourney(a);
    const { content } = await a.exportFile(id);
    await b.importFile(content);
    const once = await b.snapshot(id);
    const changedEvents = b.events.filter((e) => e.event === 'changed').length;
    time.advance();
    const again = await b.importFile(content);
    expect(again).toMatchObject({ created: false, applied: 0, fieldsChanged: 0, alreadyKnown: again.received });
    expect(await b.snapshot(id)).toEqual(once);
    expect(b.events.filter((e) => e.event === 'changed').length).toBe(changedEvents);
    // Into the device it came from: everything known already.
    expect(await a.importFile(content)).toMatchObject({ created: false, applied: 0 });
    await a.service.close();
    await b.service.close();
  });

  it('an older copy loses nothing: newer values stay, even where the copy holds changes never seen here', async () => {
    const time = fakeTime();
    const a = device(time);
    const c = device(time);
    const id = await workspaceWithJourney(a);
    const older = await a.exportFile(id);
    // A colleague takes the file and renames the journey early on.
    await c.importFile(older.content);
    time.advance();
    await c.edit(id, [{ table: 'journeys', row: 'journey-0001', column: 'name', value: 'Kauf (Kollegin)' }]);
    const colleagueCopy = await c.exportFile(id);
    // Later, the origin renames it again and adds a stage.
    time.advance();
    await a.edit(id, [
      { table: 'journeys', row: 'journey-0001', column: 'name', value: 'Fahrradkauf 2027' },
      { table: 'stages', row: 'stage-00003', column: 'journey_id', value: 'journey-0001' },
      { table: 'stages', row: 'stage-00003', column: 'name', value: 'Treue' },
    ]);
    const current = await a.snapshot(id);

    time.advance();
    expect(await a.importFile(older.content)).toMatchObject({ applied: 0, fieldsChanged: 0 });
    expect(await a.snapshot(id)).toEqual(current);

    // The colleague's rename is new to the log but older than ours: logged, not shown.
    const merged = await a.importFile(colleagueCopy.content);
    expect(merged).toMatchObject({ applied: 1, fieldsChanged: 0, keptNewer: 1 });
    expect(await journeyName(a, id)).toEqual(['Fahrradkauf 2027']);
    expect((await a.snapshot(id)).tables).toEqual(current.tables);
    await a.service.close();
    await c.service.close();
  });

  it("a colleague's copy with other edits merges both ways to the same workspace", async () => {
    const time = fakeTime();
    const a = device(time);
    const b = device(time);
    const id = await workspaceWithJourney(a);
    await b.importFile((await a.exportFile(id)).content);
    time.advance();
    await a.edit(id, [{ table: 'touchpoints', row: 'touch-00001', column: 'emotion', value: 2 }]);
    await b.edit(id, [
      { table: 'touchpoints', row: 'touch-00001', column: 'notes', value: 'Im Workshop ergänzt' },
      { table: 'stages', row: 'stage-00009', column: 'journey_id', value: 'journey-0001' },
      { table: 'stages', row: 'stage-00009', column: 'name', value: 'Service' },
    ]);
    const fromA = await a.exportFile(id);
    const fromB = await b.exportFile(id);
    time.advance();
    expect(await a.importFile(fromB.content)).toMatchObject({ applied: 3, fieldsChanged: 3, keptNewer: 0 });
    expect(await b.importFile(fromA.content)).toMatchObject({ applied: 1, fieldsChanged: 1 });
    const merged = await a.snapshot(id);
    expect(await b.snapshot(id)).toEqual(merged);
    const touchpoint = (merged.tables.touchpoints as { id: string; emotion: number; notes: string }[]).find(
      (t) => t.id === 'touch-00001',
    );
    expect(touchpoint).toMatchObject({ emotion: 2, notes: 'Im Workshop ergänzt' });
    expect((merged.tables.stages as { name: string }[]).map((s) => s.name).sort()).toEqual([
      'Inspiration',
      'Kauf',
      'Service',
    ]);
    await a.service.close();
    await b.service.close();
  });

  it("a file's own history (values changed again later) is not reported as conflicts", async () => {
    const time = fakeTime();
    const a = device(time);
    const b = device(time);
    const c = device(time);
    const id = await workspaceWithJourney(a);
    await b.importFile((await a.exportFile(id)).content);
    time.advance();
    await b.edit(id, [{ table: 'journeys', row: 'journey-0001', column: 'name', value: 'Renamed by B' }]);
    const fromB = await b.exportFile(id);
    expect(await c.importFile(fromB.content)).toMatchObject({ created: true, alreadyKnown: 0 });
    expect(await c.call('conflicts.list', { workspaceId: id })).toEqual([]);
    expect(await c.snapshot(id)).toEqual(await b.snapshot(id));
    expect(await a.importFile(fromB.content)).toMatchObject({ applied: 1, fieldsChanged: 1 });
    expect(await a.call('conflicts.list', { workspaceId: id })).toEqual([]);
    expect(await journeyName(a, id)).toEqual(['Renamed by B']);
    await a.service.close();
    await b.service.close();
    await c.service.close();
  });

  it('moves the workspace clock past the file, so a later edit here wins over it', async () => {
    const time = fakeTime();
    const ahead = { now: () => time.now() + 3 * 60_000 };
    const a = device(ahead);
    const b = device(time);
    const id = await workspaceWithJourney(a);
    await b.importFile((await a.exportFile(id)).content);
    await b.edit(id, [{ table: 'journeys', row: 'journey-0001', column: 'name', value: 'Edited after import' }]);
    expect(await journeyName(b, id)).toEqual(['Edited after import']);
    const log = (await b.snapshot(id)).log;
    expect(log[log.length - 1]).toMatchObject({ table: 'journeys', value: 'Edited after import' });
    await a.service.close();
    await b.service.close();
  });
});

describe('workspace files that are refused', () => {
  async function setupWithFile() {
    const time = fakeTime();
    const a = device(time);
    const b = device(time);
    const id = await workspaceWithJourney(a);
    const { content } = await a.exportFile(id);
    const header = JSON.parse(content) as {
      workspace: { id: string; name: string };
      appVersion: string;
      exportedAt: string;
    };
    const log = (await a.snapshot(id)).log;
    /** A file with a correct count and checksum around these changes. */
    const forged = (changes: unknown[]) =>
      writeWorkspaceFile(
        { appVersion: header.appVersion, exportedAt: header.exportedAt, workspace: header.workspace },
        changes as Change[],
      );
    return { time, a, b, id, content, log, forged };
  }

  it('refuses each bad file with its clear message and changes nothing, in a merge target or a fresh device', async () => {
    const { time, a, b, id, content, log, forged } = await setupWithFile();
    const last = log[log.length - 1]!;
    const later = (ms: number) => last.hlc.replace(/^[^Z]+Z/, new Date(time.now() + ms).toISOString());
    const cases: [string, string | Promise<string>, RegExp][] = [
      ['empty', '  \n', /The file is empty/],
      ['truncated', content.slice(0, Math.floor(content.length / 2)), /incomplete \(cut off\)/],
      ['corrupt JSON', content.replace('"changes": [', '"changes": [[,'), /damaged \(it is not valid JSON\)/],
      [
        'another app',
        JSON.stringify({ name: 'some-package', version: '1.0.0', dependencies: {} }),
        /not an Omnichannel Workbench workspace file/,
      ],
      ['plain text', 'Protokoll Workshop 23.11.', /not an Omnichannel Workbench workspace file/],
      [
        'newer format',
        content.replace('"formatVersion": 1', '"formatVersion": 99'),
        /newer version of the app \(file format 99\)\. Update the app/,
      ],
      [
        'checksum mismatch',
        content.replace('"Fahrradkauf"', '"Fahrradkauf!"'),
        /damaged \(its content does not match its checksum\)/,
      ],
      [
        'count mismatch',
        content.replace(/"changeCount": \d+/, '"changeCount": 3'),
        /damaged \(it announces 3 changes but holds \d+\)/,
      ],
      [
        'bad header',
        content.replace(/"checksum": "[0-9a-f]+"/, '"checksum": "abc"'),
        /damaged \(checksum: must be a sha256/,
      ],
      [
        'unknown table',
        forged([...log, { ...last, table: 'accounts', column: 'password' }]),
        /does not accept \(change \d+: unknown table "accounts"\)/,
      ],
      [
        'unknown column',
        forged([...log, { ...last, table: 'journeys', column: 'secret' }]),
        /unknown column "secret" in table "journeys"/,
      ],
      [
        'value against the schema',
        forged([...log, { ...last, table: 'touchpoints', row: 'touch-00001', column: 'emotion', value: 7 }]),
        /touchpoints\.emotion/,
      ],
      ['bad stamp', forged([...log, { ...last, hlc: 'yesterday' }]), /hybrid logical clock/],
      [
        'another workspace row',
        forged([...log, { ...last, table: 'workspaces', row: 'other-workspace', column: 'name', value: 'X' }]),
        /edits another workspace/,
      ],
      ['stamps far ahead', forged([...log, { ...last, hlc: later(2 * 3600_000) }]), /dated 2 h in the future/],
    ];
    const aBefore = await a.snapshot(id);
    const bIds = await b.workspaceIds();
    for (const [name, text, message] of cases) {
      const body = await text;
      for (const target of [a, b]) {
        const refusal = target.importFile(body);
        await expect(refusal, name).rejects.toMatchObject({ code: 'invalid_input' });
        await expect(refusal, name).rejects.toThrow(message);
      }
    }
    expect(await a.snapshot(id)).toEqual(aBefore);
    expect(await b.workspaceIds()).toEqual(bIds);
    expect(readdirSync(join(b.dataDir, 'workspaces')).some((f) => f.startsWith(id))).toBe(false);
    await a.service.close();
    await b.service.close();
  });

  it('refuses text over the size limit before reading it', async () => {
    const { a, b } = await setupWithFile();
    await expect(b.importFile('x'.repeat(64 * 1024 * 1024 + 1))).rejects.toThrow(
      /too large to import \(the limit is 64 MB\)/,
    );
    await a.service.close();
    await b.service.close();
  });
});

describe('import and sync', () => {
  it('new changes from a file are pending for the sync server; known ones keep their state', async () => {
    const time = fakeTime();
    const a = device(time);
    const b = device(time);
    const id = await workspaceWithJourney(a);
    await b.importFile((await a.exportFile(id)).content);
    await b.service.close();
    // As if everything had been acknowledged by a server.
    const { openWorkspaceFile } = await import('../store/workspace-file');
    const file = join(b.dataDir, 'workspaces', `${id}.sqlite`);
    expect(existsSync(file)).toBe(true);
    const { db } = await openWorkspaceFile(file, migrations);
    await db.run('UPDATE changes SET pushed = 1');
    await db.close();

    time.advance();
    await a.edit(id, [{ table: 'journeys', row: 'journey-0001', column: 'owner', value: 'Marketing' }]);
    const reopened = device(time, b.dataDir);
    expect(await reopened.importFile((await a.exportFile(id)).content)).toMatchObject({ applied: 1 });
    await reopened.service.close();
    const again = await openWorkspaceFile(file, migrations);
    expect(await again.db.all('SELECT tbl, col, value FROM changes WHERE pushed = 0')).toEqual([
      { tbl: 'journeys', col: 'owner', value: '"Marketing"' },
    ]);
    await again.db.close();
    await a.service.close();
  });
});
