import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from './db';
import { tempDir } from './test-support';

describe('sqlite adapter', () => {
  it('runs, reads one and reads all with bound parameters', async () => {
    const db = await openDb(join(tempDir(), 'a.sqlite'));
    await db.exec('CREATE TABLE t (a TEXT, b INTEGER)');
    const r = await db.run('INSERT INTO t VALUES (?, ?)', ["O'Brien; DROP TABLE t", 1]);
    expect(r.changes).toBe(1);
    await db.run('INSERT INTO t VALUES (?, ?)', ['x', 2]);
    expect(await db.get('SELECT a FROM t WHERE b = ?', [1])).toEqual({ a: "O'Brien; DROP TABLE t" });
    expect(await db.all('SELECT b FROM t ORDER BY b')).toEqual([{ b: 1 }, { b: 2 }]);
    expect(await db.get('SELECT a FROM t WHERE b = ?', [99])).toBeUndefined();
    await db.close();
  });

  it('rolls a transaction back when its body throws', async () => {
    const db = await openDb(join(tempDir(), 'b.sqlite'));
    await db.exec('CREATE TABLE t (a INTEGER)');
    await expect(
      db.transaction(async (tx) => {
        await tx.run('INSERT INTO t VALUES (?)', [1]);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.all('SELECT * FROM t')).toEqual([]);
    await db.close();
  });

  it('lets one writer work at a time: a read waits for a running transaction', async () => {
    const db = await openDb(join(tempDir(), 'c.sqlite'));
    await db.exec('CREATE TABLE t (a INTEGER)');
    const order: string[] = [];
    const tx = db.transaction(async (q) => {
      await q.run('INSERT INTO t VALUES (?)', [1]);
      await new Promise((r) => setTimeout(r, 30));
      await q.run('INSERT INTO t VALUES (?)', [2]);
      order.push('tx');
    });
    const read = db.all<{ a: number }>('SELECT a FROM t').then((rows) => {
      order.push('read');
      return rows;
    });
    await tx;
    expect((await read).length).toBe(2);
    expect(order).toEqual(['tx', 'read']);
    await db.close();
  });

  it('reports SQL errors with their code and refuses calls after close', async () => {
    const db = await openDb(join(tempDir(), 'd.sqlite'));
    await expect(db.run('INSERT INTO missing VALUES (?)', [1])).rejects.toMatchObject({ code: 'SQLITE_ERROR' });
    await db.close();
    await expect(db.get('SELECT 1')).rejects.toThrow(/closed/);
  });

  it('opens read-only without creating a file', async () => {
    await expect(openDb(join(tempDir(), 'none.sqlite'), { readOnly: true })).rejects.toMatchObject({
      code: 'SQLITE_CANTOPEN',
    });
  });
});
