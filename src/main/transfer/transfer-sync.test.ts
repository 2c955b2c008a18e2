import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncStatus, WorkspaceImportResult } from '../../shared/contract';
import { testService, waitFor } from '../service/test-service';
import { faultyFetch, startServerFixture, type ServerFixture } from '../sync/testing';

/** A workspace synced with a server takes in a colleague's offline copy and passes the new changes on. */

let fixture: ServerFixture;
beforeAll(async () => {
  fixture = await startServerFixture();
}, 60_000);
afterAll(async () => fixture?.close());

function device(withSync: boolean) {
  return testService({
    sync: withSync
      ? {
          fetch: faultyFetch({ dropAnswer: false, duplicate: false, offline: false }),
          debounceMs: 20,
          backoff: { baseMs: 50, maxMs: 500 },
        }
      : { autoStart: false },
  });
}

describe('importing into a synced workspace', () => {
  it('sends the changes that were new here to the server, and only those', async () => {
    const synced = device(true);
    const offline = device(false);
    const server = fixture.server.url;
    try {
      await synced.call('sync.signIn', { server, email: 'admin@example.com', password: 'long enough password' });
      const { id } = await synced.call<{ id: string }>('workspaces.create', { name: 'Shared brand', language: 'en' });
      await synced.call('sync.upload', { workspaceId: id, server });
      const stored = async () =>
        Number(
          (await fixture.sql.query<{ n: number }>('SELECT count(*) AS n FROM changes WHERE workspace_id = $1', [id]))
            .rows[0]!.n,
        );
      await waitFor(async () => (await synced.call<SyncStatus>('sync.status', { workspaceId: id })).state === 'synced');
      const before = await stored();

      // The workshop laptop works from a file, offline.
      const file = await synced.call<{ content: string }>('workspaces.exportFile', { workspaceId: id });
      await offline.call('workspaces.importFile', { content: file.content });
      await offline.call('edits.apply', {
        workspaceId: id,
        label: 'workshop',
        edits: [
          { table: 'journeys', row: 'journey-ws01', column: 'name', value: 'From the workshop' },
          { table: 'journeys', row: 'journey-ws01', column: 'owner', value: 'Team Nord' },
        ],
      });
      const back = await offline.call<{ content: string }>('workspaces.exportFile', { workspaceId: id });

      const result = await synced.call<WorkspaceImportResult>('workspaces.importFile', { content: back.content });
      expect(result).toMatchObject({ created: false, applied: 2 });
      await waitFor(async () => {
        const status = await synced.call<SyncStatus>('sync.status', { workspaceId: id });
        return status.state === 'synced' && status.pending === 0;
      });
      expect(await stored()).toBe(before + 2);
      const names = await fixture.sql.query<{ value: string }>(
        "SELECT value FROM changes WHERE workspace_id = $1 AND tbl = 'journeys' AND col = 'name'",
        [id],
      );
      expect(names.rows.map((r) => r.value)).toEqual(['"From the workshop"']);
    } finally {
      await synced.service.close();
      await offline.service.close();
    }
  });

  it("refuses a file with edits a viewer cannot make, keeps a viewer's workspace unchanged, and takes its comments", async () => {
    const admin = device(true);
    const viewer = device(true);
    const offline = device(false);
    const server = fixture.server.url;
    try {
      await admin.call('sync.signIn', { server, email: 'admin@example.com', password: 'long enough password' });
      const { id } = await admin.call<{ id: string }>('workspaces.create', { name: 'Reviewed brand', language: 'en' });
      await admin.call('sync.upload', { workspaceId: id, server });
      const { code } = await admin.call<{ code: string }>('sync.invite', { workspaceId: id, role: 'viewer' });
      await viewer.call('sync.signUp', {
        server,
        email: `import-viewer-${Date.now()}@example.com`,
        name: 'Vera',
        password: 'long enough password',
        invitation: code,
      });
      await viewer.call('sync.download', { server, workspaceId: id });
      expect(await viewer.call('sync.status', { workspaceId: id })).toMatchObject({ role: 'viewer' });

      const file = await admin.call<{ content: string }>('workspaces.exportFile', { workspaceId: id });
      await offline.call('workspaces.importFile', { content: file.content });
      await offline.call('edits.apply', {
        workspaceId: id,
        label: 'x',
        edits: [{ table: 'journeys', row: 'journey-vw01', column: 'name', value: 'Not for viewers' }],
      });
      const edited = await offline.call<{ content: string }>('workspaces.exportFile', { workspaceId: id });

      const changesBefore = (await viewer.call<unknown[]>('changes.history', { workspaceId: id })).length;
      await expect(viewer.call('workspaces.importFile', { content: edited.content })).rejects.toMatchObject({
        code: 'forbidden',
        message: expect.stringMatching(/viewer.*journeys\.name.*nothing was imported/),
      });
      expect((await viewer.call<unknown[]>('changes.history', { workspaceId: id })).length).toBe(changesBefore);
      expect(await viewer.call('rows.list', { workspaceId: id, table: 'journeys' })).toEqual([]);

      // A colleague's comments are review edits: those a viewer's workspace takes.
      const offline2 = device(false);
      try {
        await offline2.call('workspaces.importFile', { content: file.content });
        await offline2.call('edits.apply', {
          workspaceId: id,
          label: 'x',
          edits: [
            { table: 'comments', row: 'comment-vw-0001', column: 'body', value: 'Looks right' },
            { table: 'comments', row: 'comment-vw-0001', column: 'author', value: 'Vera' },
          ],
        });
        const comments = await offline2.call<{ content: string }>('workspaces.exportFile', { workspaceId: id });
        expect(await viewer.call('workspaces.importFile', { content: comments.content })).toMatchObject({
          created: false,
          applied: 2,
        });
        expect(await viewer.call('rows.list', { workspaceId: id, table: 'comments' })).toEqual([
          expect.objectContaining({ body: 'Looks right' }),
        ]);
      } finally {
        await offline2.service.close();
      }
    } finally {
      await admin.service.close();
      await viewer.service.close();
      await offline.service.close();
    }
  });
});
