import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConflictEntry, SyncAccount, SyncStatus } from '../../shared/contract';
import { faultyFetch, startServerFixture, type ServerFixture, type WireFaults } from '../sync/testing';
import { testService, waitFor } from './test-service';

/**
 * Two devices (two services, two data folders) and one server, through the
 * contract as the page uses it: sign up, upload, invite, download, live
 * updates, offline edits on both, the conflict log and restoring from it.
 */

let fixture: ServerFixture;
beforeAll(async () => {
  fixture = await startServerFixture();
}, 60_000);
afterAll(async () => fixture?.close());

function device() {
  const faults: WireFaults = { dropAnswer: false, duplicate: false, offline: false };
  return {
    faults,
    ...testService({ sync: { fetch: faultyFetch(faults), debounceMs: 20, backoff: { baseMs: 50, maxMs: 500 } } }),
  };
}

type Dep = { id: string; name: string };

describe('sync through the contract', () => {
  it('uploads, invites, downloads, syncs live, merges offline edits and restores from the conflict log', async () => {
    const a = device();
    const b = device();
    const server = fixture.server.url;
    try {
      // A signs in (the fixture's first account is the admin) and uploads a workspace.
      const accountA = await a.call<SyncAccount>('sync.signIn', {
        server: `${server}/`,
        email: 'admin@example.com',
        password: 'long enough password',
      });
      expect(accountA).toMatchObject({ server, email: 'admin@example.com', instanceAdmin: true });
      const { id } = await a.call<{ id: string }>('workspaces.create', { name: 'Shared brand', language: 'en' });
      expect(await a.call<SyncStatus>('sync.status', { workspaceId: id })).toMatchObject({
        state: 'local',
        server: null,
      });
      const uploaded = await a.call<SyncStatus>('sync.upload', { workspaceId: id, server });
      expect(uploaded).toMatchObject({ state: 'synced', pending: 0, role: 'admin', server });

      // B signs up with an invitation to that workspace and downloads it.
      const invitation = await a.call<{ code: string }>('sync.invite', { workspaceId: id, role: 'editor' });
      await b.call('sync.signUp', {
        server,
        email: 'bea@example.com',
        name: 'Bea',
        password: 'long enough password',
        invitation: invitation.code,
      });
      expect(await b.call('sync.remoteWorkspaces', { server })).toEqual([
        { id, name: 'Shared brand', role: 'editor', onThisDevice: false },
      ]);
      await b.call('sync.download', { server, workspaceId: id });
      const depsA = await a.call<Dep[]>('rows.list', { workspaceId: id, table: 'departments' });
      expect(await b.call('rows.list', { workspaceId: id, table: 'departments' })).toEqual(depsA);
      expect(await b.call('workspaces.list', {})).toContainEqual(expect.objectContaining({ id, name: 'Shared brand' }));
      expect(
        (await a.call<{ email: string }[]>('sync.members', { workspaceId: id })).map((m) => m.email).sort(),
      ).toEqual(['admin@example.com', 'bea@example.com']);

      // An edit on A shows up on B within a second, without anyone pressing sync.
      const dep = depsA[0]!;
      const rename = (d: ReturnType<typeof device>, name: string) =>
        d.call('edits.apply', {
          workspaceId: id,
          label: 'rename',
          edits: [{ table: 'departments', row: dep.id, column: 'name', value: name }],
        });
      const nameOn = async (d: ReturnType<typeof device>) =>
        (await d.call<Dep[]>('rows.list', { workspaceId: id, table: 'departments' })).find((x) => x.id === dep.id)!
          .name;
      const started = Date.now();
      await rename(a, 'Live from A');
      await waitFor(async () => (await nameOn(b)) === 'Live from A', 1000);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(
        b.events.some(
          (e) => e.event === 'changed' && (e.payload as { tables: string[] }).tables.includes('departments'),
        ),
      ).toBe(true);

      // Both go offline and edit the same field; B edits last.
      a.faults.offline = true;
      b.faults.offline = true;
      await rename(a, 'Offline A');
      await new Promise((r) => setTimeout(r, 5));
      await rename(b, 'Offline B');
      const offline = await waitFor(async () => {
        const s = await a.call<SyncStatus>('sync.status', { workspaceId: id });
        return s.state === 'offline' && s;
      });
      expect(offline).toMatchObject({ pending: 1, reason: expect.stringMatching(/cannot reach/) });

      // Back online: both converge on the newer edit, and A's conflict log shows what it lost.
      a.faults.offline = false;
      b.faults.offline = false;
      await b.call('sync.now', { workspaceId: id });
      await a.call('sync.now', { workspaceId: id });
      await waitFor(async () => (await nameOn(a)) === 'Offline B' && (await nameOn(b)) === 'Offline B');
      const conflicts = await a.call<ConflictEntry[]>('conflicts.list', { workspaceId: id });
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({
        table: 'departments',
        row: dep.id,
        column: 'name',
        kept: { value: 'Offline B', author: 'Bea', thisDevice: false },
        lost: { value: 'Offline A', author: 'Admin', thisDevice: true },
      });
      expect(await a.call<SyncStatus>('sync.status', { workspaceId: id })).toMatchObject({
        state: 'synced',
        conflicts: 1,
      });

      // Restore mine: a new change, synced to B; the entry closes; undo is available.
      const restored = await a.call<{ applied: number; history: { canUndo: boolean } }>('conflicts.restore', {
        workspaceId: id,
        conflictId: conflicts[0]!.id,
      });
      expect(restored).toMatchObject({ applied: 1, history: { canUndo: true } });
      expect(await a.call('conflicts.list', { workspaceId: id })).toEqual([]);
      await waitFor(async () => (await nameOn(b)) === 'Offline A');
      expect(a.events.some((e) => e.event === 'sync' && (e.payload as SyncStatus).workspaceId === id)).toBe(true);

      // Tokens live in the data folder, owner-only, never in the workspace file.
      const secrets = join(a.dataDir, 'sync-accounts.json');
      const token = (JSON.parse(readFileSync(secrets, 'utf8')) as { accounts: { token: string }[] }).accounts[0]!.token;
      expect(statSync(secrets).mode & 0o777).toBe(0o600);
      expect(readFileSync(join(a.dataDir, 'workspaces', `${id}.sqlite`)).includes(token)).toBe(false);

      // Signing out revokes the token on the server and stops sync with a reason.
      await a.call('sync.signOut', { server });
      expect(await a.call('sync.accounts', {})).toEqual([]);
      expect((await fixture.http.route('me', { token })).status).toBe(401);
      const signedOut = await a.call<SyncStatus>('sync.now', { workspaceId: id });
      expect(signedOut).toMatchObject({ state: 'error', errorCode: 'signed_out' });
    } finally {
      await a.service.close();
      await b.service.close();
    }
  });

  it('lets a viewer comment but refuses its other edits, and tells a removed member that access is gone', async () => {
    const a = device();
    const b = device();
    const server = fixture.server.url;
    try {
      await a.call('sync.signIn', { server, email: 'admin@example.com', password: 'long enough password' });
      const { id } = await a.call<{ id: string }>('workspaces.create', { name: 'Review', language: 'de' });
      await a.call('sync.upload', { workspaceId: id, server });
      const { code } = await a.call<{ code: string }>('sync.invite', { workspaceId: id, role: 'viewer' });
      const bob = await b.call<SyncAccount>('sync.signUp', {
        server,
        email: `viewer-${Date.now()}@example.com`,
        name: 'Vic',
        password: 'long enough password',
        invitation: code,
      });
      await b.call('sync.download', { server, workspaceId: id });
      const [dep] = await b.call<Dep[]>('rows.list', { workspaceId: id, table: 'departments' });
      expect(await b.call('sync.status', { workspaceId: id })).toMatchObject({ role: 'viewer' });
      const tp = { table: 'touchpoints', row: 'tp-viewer-01', column: 'title', value: 'Mine' };
      await expect(b.call('edits.apply', { workspaceId: id, label: 'x', edits: [tp] })).rejects.toMatchObject({
        code: 'forbidden',
        message: expect.stringMatching(/viewer/),
      });
      // One forbidden edit refuses the whole batch, the comment in it too.
      const comment = (column: string, value: unknown) => ({
        table: 'comments',
        row: 'comment-viewer-1',
        column,
        value,
      });
      await expect(
        b.call('edits.apply', {
          workspaceId: id,
          label: 'x',
          edits: [comment('body', 'early'), { table: 'departments', row: dep!.id, column: 'name', value: 'Mine' }],
        }),
      ).rejects.toMatchObject({ code: 'forbidden' });
      expect(await b.call('rows.list', { workspaceId: id, table: 'touchpoints' })).toEqual([]);
      expect(await b.call('rows.list', { workspaceId: id, table: 'comments' })).toEqual([]);
      await b.call('edits.apply', {
        workspaceId: id,
        label: 'x',
        edits: [
          comment('target_table', 'journeys'),
          comment('author', 'Vic'),
          comment('body', 'Please check the price'),
        ],
      });
      expect(await b.call('sync.now', { workspaceId: id })).toMatchObject({
        state: 'synced',
        errorCode: null,
        pending: 0,
        role: 'viewer',
      });
      await a.call('sync.now', { workspaceId: id });
      expect(await a.call('rows.list', { workspaceId: id, table: 'comments' })).toEqual([
        expect.objectContaining({ id: 'comment-viewer-1', body: 'Please check the price', author: 'Vic' }),
      ]);

      await a.call('sync.removeMember', { workspaceId: id, accountId: bob.accountId });
      const removed = await b.call<SyncStatus>('sync.now', { workspaceId: id });
      expect(removed).toMatchObject({ state: 'error', errorCode: 'forbidden' });
      expect(removed.reason).toMatch(/not a member/);
    } finally {
      await a.service.close();
      await b.service.close();
    }
  });

  it('refuses a wrong password and an unreachable server with readable errors', async () => {
    const a = device();
    try {
      await expect(
        a.call('sync.signIn', { server: fixture.server.url, email: 'admin@example.com', password: 'nope nope nope' }),
      ).rejects.toMatchObject({
        code: 'forbidden',
        message: expect.stringMatching(/wrong e-mail address or password/),
      });
      await expect(
        a.call('sync.signIn', { server: 'ftp://x', email: 'a@b.c', password: 'whatever' }),
      ).rejects.toMatchObject({ code: 'invalid_input' });
      await expect(
        a.call('sync.signIn', { server: 'http://127.0.0.1:1', email: 'a@b.c', password: 'whatever' }),
      ).rejects.toMatchObject({ code: 'unavailable' });
    } finally {
      await a.service.close();
    }
  });
});
