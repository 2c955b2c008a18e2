import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncAccount, SyncStatus } from '../../shared/contract';
import { isOwnComment } from '../../shared/review/ownership';
import { startServerFixture, type ServerFixture } from '../sync/testing';
import { testService } from './test-service';

/**
 * Review data is owned, on the device as on the server: comments, approvals
 * and resolutions are signed with the signed-in account whatever the page
 * sends; someone else's comment can be resolved but not edited or deleted
 * (unless one is a workspace admin); undoing an approval keeps its snapshot.
 * Everything a device accepts, the server accepts too: sync stays clean.
 */

let fixture: ServerFixture;
beforeAll(async () => {
  fixture = await startServerFixture();
}, 60_000);
afterAll(async () => fixture?.close());

const device = () => testService({ sync: { debounceMs: 20, backoff: { baseMs: 50, maxMs: 500 } } });
type Comment = { id: string; author: string; author_id: string; body: string; resolved: boolean; resolved_by: string };
const comment = (row: string, column: string, value: unknown) => ({ table: 'comments', row, column, value });

describe('review data on the device', () => {
  it('signs with the account, keeps others’ comments theirs and lets anyone resolve a thread', async () => {
    const a = device();
    const b = device();
    const server = fixture.server.url;
    try {
      await a.call('sync.signIn', { server, email: 'admin@example.com', password: 'long enough password' });
      const { id } = await a.call<{ id: string }>('workspaces.create', { name: 'Owned', language: 'en' });
      await a.call('sync.upload', { workspaceId: id, server });
      const { code } = await a.call<{ code: string }>('sync.invite', { workspaceId: id, role: 'viewer' });
      const vic = await b.call<SyncAccount>('sync.signUp', {
        server,
        email: `vic-${Date.now()}@example.com`,
        name: 'Vic',
        password: 'long enough password',
        invitation: code,
      });
      await b.call('sync.download', { server, workspaceId: id });
      const apply = (d: ReturnType<typeof device>, edits: unknown[]) =>
        d.call('edits.apply', { workspaceId: id, label: 'review', edits });
      const comments = async (d: ReturnType<typeof device>) =>
        d.call<Comment[]>('rows.list', { workspaceId: id, table: 'comments' });

      // The admin's comment, signed by the page with any name: stored as the account's.
      await apply(a, [
        comment('cm-owned-000001', 'target_table', 'journeys'),
        comment('cm-owned-000001', 'author', 'Somebody Else'),
        comment('cm-owned-000001', 'author_id', 'not-my-account'),
        comment('cm-owned-000001', 'body', 'Check the price'),
      ]);
      expect((await comments(a))[0]).toMatchObject({ author: 'Admin', author_id: fixture.admin.account.id });
      await a.call('sync.now', { workspaceId: id });
      await b.call('sync.now', { workspaceId: id });
      expect((await comments(b)).map((c) => c.body)).toEqual(['Check the price']);

      // The viewer can neither reword nor delete it …
      for (const edit of [
        comment('cm-owned-000001', 'body', 'The admin agrees'),
        comment('cm-owned-000001', 'tombstone', true),
      ])
        await expect(apply(b, [edit])).rejects.toMatchObject({
          code: 'forbidden',
          message: expect.stringMatching(/only its author or a workspace admin/),
        });
      // … but may resolve the thread, signed as itself.
      await apply(b, [
        comment('cm-owned-000001', 'resolved', true),
        comment('cm-owned-000001', 'resolved_by', 'Admin'),
        comment('cm-owned-000001', 'resolved_at', '2030-01-01T10:00:00.000Z'),
      ]);
      expect((await comments(b))[0]).toMatchObject({ resolved: true, resolved_by: 'Vic', body: 'Check the price' });
      // Its own comment it writes, rewords and deletes as it likes.
      await apply(b, [
        comment('cm-owned-000002', 'target_table', 'journeys'),
        comment('cm-owned-000002', 'author', 'Admin'),
        comment('cm-owned-000002', 'body', 'first'),
      ]);
      await apply(b, [comment('cm-owned-000002', 'body', 'second')]);
      expect((await comments(b)).find((c) => c.id === 'cm-owned-000002')).toMatchObject({
        author: 'Vic',
        author_id: vic.accountId,
        body: 'second',
      });
      expect(await b.call('sync.now', { workspaceId: id })).toMatchObject({ state: 'synced', errorCode: null });

      // The admin moderates: it may reword and delete the viewer's comment.
      await a.call('sync.now', { workspaceId: id });
      await apply(a, [comment('cm-owned-000002', 'tombstone', true)]);
      expect((await comments(a)).map((c) => c.id)).toEqual(['cm-owned-000001']);
      expect(await a.call<SyncStatus>('sync.now', { workspaceId: id })).toMatchObject({ state: 'synced' });
      await b.call('sync.now', { workspaceId: id });
      expect((await comments(b)).map((c) => c.id)).toEqual(['cm-owned-000001']);
    } finally {
      await a.service.close();
      await b.service.close();
    }
  });

  it('signs an approval with the account and keeps its snapshot when the approval is undone', async () => {
    const a = device();
    const server = fixture.server.url;
    try {
      await a.call('sync.signIn', { server, email: 'admin@example.com', password: 'long enough password' });
      const { id } = await a.call<{ id: string }>('workspaces.create', { name: 'Approved', language: 'en' });
      await a.call('sync.upload', { workspaceId: id, server });
      const journey = (column: string, value: unknown) => ({
        table: 'journeys',
        row: 'journey-owned-1',
        column,
        value,
      });
      const snapshot = (column: string, value: unknown) => ({
        table: 'snapshots',
        row: 'snap-owned-01',
        column,
        value,
      });
      await a.call('edits.apply', {
        workspaceId: id,
        label: 'journey',
        edits: [journey('name', 'Complaint'), journey('approval', 'in_review'), journey('approval_by', 'Bea')],
      });
      await a.call('edits.apply', {
        workspaceId: id,
        label: 'approve',
        edits: [
          journey('approval', 'approved'),
          journey('approval_by', 'Whoever'),
          snapshot('journey_id', 'journey-owned-1'),
          snapshot('taken_by', 'Whoever'),
          snapshot('content', '{"stages":[]}'),
        ],
      });
      const [approved] = await a.call<{ approval: string; approval_by: string }[]>('rows.list', {
        workspaceId: id,
        table: 'journeys',
      });
      expect(approved).toMatchObject({ approval: 'approved', approval_by: 'Admin' });
      expect(await a.call('sync.now', { workspaceId: id })).toMatchObject({ state: 'synced' });
      await a.call('history.undo', { workspaceId: id });
      const [undone] = await a.call<{ approval: string; approval_by: string }[]>('rows.list', {
        workspaceId: id,
        table: 'journeys',
      });
      // Set back to review — by the one who undid it, and the frozen snapshot stays.
      expect(undone).toMatchObject({ approval: 'in_review', approval_by: 'Admin' });
      expect(await a.call('rows.list', { workspaceId: id, table: 'snapshots' })).toEqual([
        expect.objectContaining({ id: 'snap-owned-01', taken_by: 'Admin', tombstone: false }),
      ]);
      expect(await a.call('sync.now', { workspaceId: id })).toMatchObject({
        state: 'synced',
        errorCode: null,
        pending: 0,
      });
    } finally {
      await a.service.close();
    }
  });

  it('knows its own comments by account when synced, by name when not', () => {
    const synced = { name: 'Vic', accountId: 'acc-1' };
    const local = { name: 'Anna', accountId: null };
    expect(isOwnComment({ author: 'Vic', author_id: 'acc-1' }, synced)).toBe(true);
    expect(isOwnComment({ author: 'Vic', author_id: 'acc-2' }, synced)).toBe(false);
    expect(isOwnComment({ author: 'Vic', author_id: '' }, synced)).toBe(false);
    expect(isOwnComment({ author: 'Anna', author_id: '' }, local)).toBe(true);
    expect(isOwnComment({ author: 'Anna', author_id: 'acc-1' }, local)).toBe(false);
    expect(isOwnComment({ author: '', author_id: '' }, { name: '', accountId: null })).toBe(false);
  });
});
