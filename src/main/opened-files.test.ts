import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Change } from '../shared/changes';
import type { EventName, OpenedFile, WorkspaceImportResult } from '../shared/contract';
import { TABLE_NAMES } from '../shared/schema/tables';
import { readWorkspaceFile, WorkspaceFileRefused } from '../shared/workspace-file-format';
import { OpenedFiles, openFilesFromArgv, readOpenedFile, workspaceFilesInArgv } from './opened-files';
import { dispatch } from './service/registry';
import { createService } from './service/service';
import { migrations, tempDir } from './store/test-support';

/**
 * The file-open handoff: a file given on a (second) start's command line is
 * read into the queue, the page takes it through the contract and imports it
 * with the same checks as the import dialog — against the real import code
 * and a real SQLite workspace.
 */
function desktop(dataDir = tempDir()) {
  const openedFiles = new OpenedFiles();
  const events: EventName[] = [];
  const service = createService({
    dataDir,
    migrations,
    info: { name: 'Omnichannel Workbench', version: '1.0.0', host: 'electron', systemLanguage: 'de-DE' },
    emit: (event) => events.push(event),
    openedFiles,
    sync: { autoStart: false },
  });
  const call = <T>(method: string, input: unknown) => dispatch(service.handlers, method, input) as Promise<T>;
  /** Every row of every table (deleted ones too) and the change log. */
  const snapshot = async (workspaceId: string) => {
    const tables: Record<string, unknown> = {};
    for (const table of TABLE_NAMES)
      tables[table] = await call('rows.list', { workspaceId, table, includeDeleted: true });
    return { tables, log: await call<Change[]>('changes.history', { workspaceId }) };
  };
  /** What the page does with a taken file: the dialog's own check (for the sentence), then the import. */
  const importLikeThePage = async (file: OpenedFile) => {
    if (!('content' in file)) throw new Error(`${file.problem}: ${file.detail}`);
    await readWorkspaceFile(file.content, Date.now());
    return call<WorkspaceImportResult>('workspaces.importFile', { content: file.content });
  };
  return { service, call, events, openedFiles, snapshot, importLikeThePage };
}

async function workspaceFile(): Promise<{ id: string; content: string }> {
  const source = desktop();
  const { id } = await source.call<{ id: string }>('workspaces.create', { name: 'Fahrradhandel Süd', language: 'de' });
  await source.call('edits.apply', {
    workspaceId: id,
    label: 'test',
    edits: [{ table: 'journeys', row: 'journey-0001', column: 'name', value: 'Reklamation' }],
  });
  const { content } = await source.call<{ content: string }>('workspaces.exportFile', { workspaceId: id });
  await source.service.close();
  return { id, content };
}

describe('workspace files on the command line', () => {
  it('takes .json paths that are not options, resolved against the start folder', () => {
    expect(
      workspaceFilesInArgv(
        ['/opt/Omnichannel Workbench/omnichannel-workbench', '--no-sandbox', 'Export.owb.json', '/tmp/b.JSON', '.'],
        '/home/anna',
      ),
    ).toEqual(['/home/anna/Export.owb.json', '/tmp/b.JSON']);
    // Development start: electron <app folder> <file>.
    expect(workspaceFilesInArgv(['electron', '.', 'x.owb.json'], '/w')).toEqual(['/w/x.owb.json']);
    expect(workspaceFilesInArgv(['omnichannel-workbench'], '/w')).toEqual([]);
    // "Open with" on a journey file or a sheet: for the journey import; other files are not the app's.
    expect(
      workspaceFilesInArgv(['omnichannel-workbench', 'Reise.journey.yaml', 'b.YML', 'rows.csv', 'photo.png'], '/w'),
    ).toEqual(['/w/Reise.journey.yaml', '/w/b.YML', '/w/rows.csv']);
  });

  it('says why a file cannot be read instead of failing', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'folder.owb.json'));
    writeFileSync(join(dir, 'big.owb.json'), 'x'.repeat(200));
    expect(await readOpenedFile(join(dir, 'gone.owb.json'))).toMatchObject({
      name: 'gone.owb.json',
      problem: 'unreadable',
    });
    expect(await readOpenedFile(join(dir, 'folder.owb.json'))).toMatchObject({ problem: 'unreadable' });
    expect(await readOpenedFile(join(dir, 'big.owb.json'), 100)).toMatchObject({ problem: 'too_large' });
  });
});

describe('file-open handoff', () => {
  it('a second start with a file hands it to the running app, which imports it once', async () => {
    const { id, content } = await workspaceFile();
    const folder = tempDir();
    writeFileSync(join(folder, 'Fahrradhandel.owb.json'), content);
    const running = desktop();
    expect(await running.call('shell.takeOpenedFiles', {})).toEqual([]);

    // What the single-instance lock forwards: the second process's argv and working directory.
    await openFilesFromArgv(['/opt/app/omnichannel-workbench', 'Fahrradhandel.owb.json'], folder, running.openedFiles);
    expect(running.events).toContain('filesOpened');
    const taken = await running.call<OpenedFile[]>('shell.takeOpenedFiles', {});
    expect(taken).toEqual([{ name: 'Fahrradhandel.owb.json', content }]);
    expect(await running.call('shell.takeOpenedFiles', {})).toEqual([]);

    const result = await running.importLikeThePage(taken[0]!);
    expect(result).toMatchObject({ workspaceId: id, name: 'Fahrradhandel Süd', created: true });
    const journeys = await running.call<{ name: string }[]>('rows.list', { workspaceId: id, table: 'journeys' });
    expect(journeys.map((j) => j.name)).toEqual(['Reklamation']);
    await running.service.close();
  });

  it('a damaged, foreign or newer file is refused as in the import dialog, and nothing changes', async () => {
    const { id, content } = await workspaceFile();
    const target = desktop();
    await target.importLikeThePage({ name: 'a.owb.json', content });
    const before = await target.snapshot(id);
    const listBefore = await target.call('workspaces.list', {});
    const folder = tempDir();
    const files: [string, string, string][] = [
      ['damaged.owb.json', content.slice(0, content.length / 2), 'truncated'],
      ['foreign.json', JSON.stringify({ name: 'some-package', version: '1.0.0' }), 'not_workspace_file'],
      ['newer.owb.json', content.replace('"formatVersion": 1', '"formatVersion": 99'), 'newer_version'],
    ];
    for (const [name, text] of files) writeFileSync(join(folder, name), text);
    await openFilesFromArgv(['app', ...files.map(([name]) => name)], folder, target.openedFiles);
    const taken = await target.call<OpenedFile[]>('shell.takeOpenedFiles', {});
    expect(taken.map((f) => f.name)).toEqual(files.map(([name]) => name));

    for (const [i, file] of taken.entries()) {
      // The page's check names the problem in the user's language ...
      const refusal = target.importLikeThePage(file);
      await expect(refusal).rejects.toBeInstanceOf(WorkspaceFileRefused);
      await expect(refusal).rejects.toMatchObject({ code: files[i]![2] });
      // ... and the desktop side refuses the same file on its own.
      await expect(
        target.call('workspaces.importFile', { content: (file as { content: string }).content }),
      ).rejects.toMatchObject({ code: 'invalid_input' });
    }
    expect(await target.snapshot(id)).toEqual(before);
    expect(await target.call('workspaces.list', {})).toEqual(listBefore);
    await target.service.close();
  });
});
