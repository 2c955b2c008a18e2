import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTimestamp, HybridClock, randomNodeId } from '../../shared/hlc';
import { openDb } from '../store/db';
import { migrations, tempDir } from '../store/test-support';
import { openWorkspaceFile } from '../store/workspace-file';
import { SyncApi } from './api';
import { pullAll } from './engine';
import { readCursor } from './state';
import {
  crashingDb,
  dumpData,
  inconsistencies,
  SimulatedCrash,
  startServerFixture,
  type ServerFixture,
} from './testing';

/**
 * A device that dies in the middle of applying a pulled page: the page and
 * the cursor commit together or not at all, so on restart the file is
 * consistent, holds exactly the pages it acknowledged, and pulling resumes.
 * And one killed in the middle of a large local batch: all of it or none.
 */

const NODE = 'c0ffee00c0ffee00';

async function seedServer(fixture: ServerFixture, workspaceId: string, count: number): Promise<void> {
  await fixture.workspace(workspaceId);
  const base = Date.now() - 3_600_000;
  for (let start = 0; start < count; start += 5000) {
    const changes = [];
    for (let i = start; i < Math.min(count, start + 5000); i++) {
      changes.push({
        table: 'touchpoints',
        row: `tp-${String(i % 2000).padStart(8, '0')}`,
        column: ['title', 'kpi', 'notes'][i % 3],
        value: `value ${i}`,
        hlc: formatTimestamp({ millis: base + Math.floor(i / 100), counter: i % 100, node: NODE }),
      });
    }
    const r = await fixture.http.route('push', {
      params: { id: workspaceId },
      token: fixture.admin.token,
      body: { changes },
    });
    expect(r.status).toBe(200);
  }
}

/** The file holds exactly the first `cursor` changes the server numbered. */
async function holdsExactlyUpToCursor(fixture: ServerFixture, workspaceId: string, file: string): Promise<number> {
  const db = await openDb(file);
  try {
    expect(await db.get('PRAGMA integrity_check')).toEqual({ integrity_check: 'ok' });
    expect(await inconsistencies(db)).toEqual([]);
    const cursor = await readCursor(db);
    const local = await db.all<{ hlc: string }>('SELECT hlc FROM changes ORDER BY hlc');
    const { rows } = await fixture.sql.query<{ hlc: string }>(
      'SELECT hlc FROM changes WHERE workspace_id = $1 AND seq <= $2 ORDER BY hlc COLLATE "C"',
      [workspaceId, cursor],
    );
    expect(local.map((r) => r.hlc)).toEqual(rows.map((r) => r.hlc));
    return cursor;
  } finally {
    await db.close();
  }
}

describe('a pull interrupted by a crash', () => {
  let fixture: ServerFixture;
  beforeAll(async () => {
    fixture = await startServerFixture();
  }, 60_000);
  afterAll(async () => fixture?.close());

  it('rolls back the page it was applying and resumes from the last committed page', async () => {
    await seedServer(fixture, 'ws-crash-0001', 50);
    const file = join(tempDir(), 'device.sqlite');
    const { db } = await openWorkspaceFile(file, migrations);
    const crashing = crashingDb(db);
    const target = { workspaceId: 'ws-crash-0001', db: crashing, clock: new HybridClock(randomNodeId()) };
    const api = new SyncApi(fixture.server.url, fixture.admin.token);
    const limits = { pushBatch: 10, pushBytes: 1 << 20, pageSize: 10 };
    let pages = 0;
    await expect(
      pullAll(target, api, limits, () => {
        pages += 1;
        if (pages === 2) crashing.crashes = 1;
      }),
    ).rejects.toThrow(SimulatedCrash);
    await db.close();
    expect(await holdsExactlyUpToCursor(fixture, 'ws-crash-0001', file)).toBe(20);
    const reopened = (await openWorkspaceFile(file, migrations)).db;
    await pullAll({ ...target, db: reopened }, api, limits);
    await reopened.close();
    expect(await holdsExactlyUpToCursor(fixture, 'ws-crash-0001', file)).toBe(50);
  });

  it('survives SIGKILL of the device process mid-page and resumes to the same data as a clean pull', async () => {
    const total = 10_000;
    await seedServer(fixture, 'ws-crash-0002', total);
    const file = join(tempDir(), 'killed.sqlite');
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(__dirname, 'testing-pull-child.ts'),
        file,
        fixture.server.url,
        fixture.admin.token,
        'ws-crash-0002',
        '500',
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const killed = new Promise<{ pagesSeen: number }>((resolve, reject) => {
      let pagesSeen = 0;
      child.stdout.on('data', (d: Buffer) => {
        pagesSeen += (d.toString().match(/page/g) ?? []).length;
        // After a few pages, kill it while it is busy with the next one.
        if (pagesSeen >= 3 && child.exitCode === null && !child.killed) setTimeout(() => child.kill('SIGKILL'), 15);
        if (d.toString().includes('done')) reject(new Error('the child finished before it was killed'));
      });
      child.on('exit', (_code, signal) =>
        signal === 'SIGKILL'
          ? resolve({ pagesSeen })
          : reject(new Error(`child exited without being killed: ${stderr}`)),
      );
    });
    const { pagesSeen } = await killed;
    const cursor = await holdsExactlyUpToCursor(fixture, 'ws-crash-0002', file);
    expect(cursor).toBeGreaterThanOrEqual(pagesSeen * 500);
    expect(cursor).toBeLessThan(total);

    const api = new SyncApi(fixture.server.url, fixture.admin.token);
    const limits = { pushBatch: 1000, pushBytes: 1 << 20, pageSize: 5000 };
    const resumed = (await openWorkspaceFile(file, migrations)).db;
    const clean = (await openWorkspaceFile(join(tempDir(), 'clean.sqlite'), migrations)).db;
    await pullAll({ workspaceId: 'ws-crash-0002', db: resumed, clock: new HybridClock(randomNodeId()) }, api, limits);
    await pullAll({ workspaceId: 'ws-crash-0002', db: clean, clock: new HybridClock(randomNodeId()) }, api, limits);
    expect(await dumpData(resumed)).toEqual(await dumpData(clean));
    await resumed.close();
    await clean.close();
    expect(await holdsExactlyUpToCursor(fixture, 'ws-crash-0002', file)).toBe(total);
  }, 60_000);

  it('survives SIGKILL in the middle of a large local apply: the file holds all of the batch or none of it', async () => {
    const seed = 1_000;
    const batch = 200_000;
    const file = join(tempDir(), 'local-apply.sqlite');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'testing-apply-child.ts'), file, String(seed), String(batch)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    let out = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        // In the middle of the one transaction that writes 200k changes.
        if (out.includes('applying') && !child.killed) setTimeout(() => child.kill('SIGKILL'), 300);
      });
      child.on('exit', (_code, signal) =>
        signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited without being killed: ${stderr}`)),
      );
    });
    expect(out).toContain('applying');
    expect(out).not.toContain('applied');

    const db = await openDb(file);
    try {
      expect(await db.get('PRAGMA integrity_check')).toEqual({ integrity_check: 'ok' });
      expect(await inconsistencies(db)).toEqual([]);
      // None of the batch: the seed only, in the log, the field clocks and the rows.
      expect(await db.get('SELECT count(*) AS n FROM changes')).toEqual({ n: seed });
      expect(await db.get('SELECT count(*) AS n FROM field_clock')).toEqual({ n: seed });
      expect(await db.get('SELECT count(*) AS n FROM touchpoints')).toEqual({ n: seed });
    } finally {
      await db.close();
    }
    // Done again without interruption, all of it is there.
    const again = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'testing-apply-child.ts'), file, String(seed), String(batch)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let done = '';
    again.stdout.on('data', (d: Buffer) => (done += d.toString()));
    await new Promise((resolve) => again.on('exit', resolve));
    expect(done).toContain('applied');
    const after = await openDb(file);
    try {
      expect(await after.get('PRAGMA integrity_check')).toEqual({ integrity_check: 'ok' });
      expect(await inconsistencies(after)).toEqual([]);
      expect(await after.get('SELECT count(*) AS n FROM changes')).toEqual({ n: seed + batch });
    } finally {
      await after.close();
    }
  }, 180_000);
});
