import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../shared/changes';
import { formatTimestamp, HybridClock } from '../../shared/hlc';
import { TABLE_NAMES } from '../../shared/schema/tables';
import { applyChanges } from './apply';
import { decodeRow } from './codec';
import type { Db } from './db';
import { openWorkspaceFile } from './workspace-file';
import { migrations } from './test-support';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const at = (millis: number, node = A, counter = 0) =>
  formatTimestamp({ millis: 1_800_000_000_000 + millis, counter, node });

async function memoryDb(): Promise<Db> {
  return (await openWorkspaceFile(':memory:', migrations)).db;
}

/** Everything the write path maintains, in a comparable form. */
async function dump(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLE_NAMES) out[t] = await db.all(`SELECT * FROM "${t}" ORDER BY id`);
  out.changes = await db.all('SELECT * FROM changes ORDER BY hlc, tbl, row_id, col');
  out.field_clock = await db.all('SELECT * FROM field_clock ORDER BY tbl, row_id, col');
  return out;
}

const tp = (row: string, column: string, value: Change['value'], hlc: string): Change => ({
  table: 'touchpoints',
  row,
  column,
  value,
  hlc,
});

describe('applyChanges', () => {
  it('materialises a row from its field changes, typed on the way out', async () => {
    const db = await memoryDb();
    await applyChanges(db, [
      tp('tp-000001', 'title', 'Newsletter', at(1)),
      tp('tp-000001', 'emotion', -1, at(2)),
      tp('tp-000001', 'back_channel', true, at(3)),
      tp('tp-000001', 'supporting_department_ids', ['dep-000001'], at(4)),
    ]);
    const row = decodeRow('touchpoints', (await db.get('SELECT * FROM touchpoints WHERE id = ?', ['tp-000001']))!);
    expect(row).toMatchObject({
      title: 'Newsletter',
      emotion: -1,
      back_channel: true,
      supporting_department_ids: ['dep-000001'],
      knows_history: false,
    });
  });

  it('keeps the newest change per field whatever the arrival order', async () => {
    const db = await memoryDb();
    await applyChanges(db, [tp('tp-000001', 'title', 'new', at(10))]);
    const outcome = await applyChanges(db, [tp('tp-000001', 'title', 'old', at(5))]);
    expect(outcome.applied).toEqual([]);
    expect(await db.get('SELECT title FROM touchpoints')).toEqual({ title: 'new' });
    expect(await db.get('SELECT count(*) AS n FROM changes')).toEqual({ n: 2 });
  });

  it('is idempotent: the same batch twice changes nothing the second time', async () => {
    const db = await memoryDb();
    const batch = [tp('tp-000001', 'title', 'x', at(1)), tp('tp-000001', 'kpi', 'CTR', at(2))];
    await applyChanges(db, batch);
    const before = await dump(db);
    const again = await applyChanges(db, batch);
    expect(again.applied).toEqual([]);
    expect(await dump(db)).toEqual(before);
  });

  it('deletes with a tombstone change, and a newer change can bring the row back', async () => {
    const db = await memoryDb();
    await applyChanges(db, [tp('tp-000001', 'title', 'x', at(1)), tp('tp-000001', 'tombstone', true, at(2))]);
    expect(await db.get('SELECT tombstone FROM touchpoints')).toEqual({ tombstone: 1 });
    await applyChanges(db, [tp('tp-000001', 'tombstone', false, at(3))]);
    expect(await db.get('SELECT title, tombstone FROM touchpoints')).toEqual({ title: 'x', tombstone: 0 });
  });

  it('refuses a change naming an unknown table or column and writes nothing', async () => {
    const db = await memoryDb();
    const bad = { table: 'touchpoints', row: 'tp-000001', column: 'title" = 1; --', value: 'x', hlc: at(1) } as Change;
    await expect(applyChanges(db, [tp('tp-000002', 'title', 'ok', at(0)), bad])).rejects.toThrow(
      /unknown table or column/,
    );
    const ghost = { ...bad, table: 'sqlite_master', column: 'name' } as unknown as Change;
    await expect(applyChanges(db, [ghost])).rejects.toThrow(/unknown table or column/);
    expect(await db.get('SELECT count(*) AS n FROM changes')).toEqual({ n: 0 });
    expect(await db.get('SELECT count(*) AS n FROM touchpoints')).toEqual({ n: 0 });
  });

  it('reports previous values and rows it created, for undo', async () => {
    const db = await memoryDb();
    const first = await applyChanges(db, [tp('tp-000001', 'title', 'a', at(1))]);
    expect([...first.createdRows]).toEqual(['tp-000001']);
    const second = await applyChanges(db, [tp('tp-000001', 'title', 'b', at(2)), tp('tp-000001', 'kpi', 'k', at(3))]);
    expect(second.createdRows.size).toBe(0);
    expect([...second.previous.values()]).toEqual([{ hlc: at(1), value: '"a"' }, null]);
  });

  it("does not log others' sequential edits as conflicts, in one batch or across batches", async () => {
    const db = await memoryDb();
    // A fresh download: B's edit, then A's later edit of the same field, in one page and in two.
    const page = await applyChanges(
      db,
      [tp('tp-000001', 'title', 'from B', at(5, B)), tp('tp-000001', 'title', 'from A', at(10, A))],
      { localNode: 'cccccccccccccccc' },
    );
    expect(page.conflicts).toBe(0);
    const older = await applyChanges(db, [tp('tp-000001', 'kpi', 'B', at(20, B))], { localNode: 'cccccccccccccccc' });
    const newer = await applyChanges(db, [tp('tp-000001', 'kpi', 'A', at(30, A))], { localNode: 'cccccccccccccccc' });
    const late = await applyChanges(db, [tp('tp-000001', 'kpi', 'B2', at(25, B))], { localNode: 'cccccccccccccccc' });
    expect([older.conflicts, newer.conflicts, late.conflicts]).toEqual([0, 0, 0]);
    expect(await db.get('SELECT count(*) AS n FROM conflicts')).toEqual({ n: 0 });
    expect(await db.get('SELECT title, kpi FROM touchpoints')).toEqual({ title: 'from A', kpi: 'A' });
  });

  it('an older remote change losing against our newer edit is not our loss', async () => {
    const db = await memoryDb();
    await applyChanges(db, [tp('tp-000001', 'title', 'mine', at(10, A))]);
    const outcome = await applyChanges(db, [tp('tp-000001', 'title', 'theirs', at(5, B))], { localNode: A });
    expect(outcome.conflicts).toBe(0);
    expect(await db.get('SELECT title FROM touchpoints')).toEqual({ title: 'mine' });
  });

  it('logs a conflict when a remote change overwrites a local edit', async () => {
    const db = await memoryDb();
    await applyChanges(db, [tp('tp-000001', 'title', 'mine', at(5, A))]);
    const outcome = await applyChanges(db, [tp('tp-000001', 'title', 'theirs', at(10, B))], { localNode: A });
    expect(outcome.conflicts).toBe(1);
    expect(await db.get('SELECT title FROM touchpoints')).toEqual({ title: 'theirs' });
  });

  it('does not call it a conflict when the remote author had seen our acknowledged value', async () => {
    const db = await memoryDb();
    await applyChanges(db, [tp('tp-000001', 'title', 'mine', at(5, A))]);
    // The server acknowledged ours at +6 ms; B's edit was stamped later, so B saw it.
    await db.run('UPDATE changes SET pushed = ?', [1_800_000_000_000 + 6]);
    const later = await applyChanges(db, [tp('tp-000001', 'title', 'theirs', at(10, B))], { localNode: A });
    expect(later.conflicts).toBe(0);
  });

  it('calls it a conflict when the remote change was stamped before ours was acknowledged', async () => {
    const db = await memoryDb();
    await applyChanges(db, [tp('tp-000001', 'title', 'mine', at(5, A))]);
    await db.run('UPDATE changes SET pushed = ?', [1_800_000_000_000 + 20]);
    const concurrent = await applyChanges(db, [tp('tp-000001', 'title', 'theirs', at(10, B))], { localNode: A });
    expect(concurrent.conflicts).toBe(1);
  });

  it('advances the receiving clock past the newest stamp', async () => {
    const db = await memoryDb();
    const clock = new HybridClock(A, () => 1_800_000_000_000);
    const remote = at(60_000, B);
    await applyChanges(db, [tp('tp-000001', 'title', 'x', remote)], { clock });
    expect(clock.send() > remote).toBe(true);
  });

  it('writes rows with different column sets and thousands of rows in one batch', async () => {
    const db = await memoryDb();
    const batch: Change[] = [];
    for (let i = 0; i < 7000; i++) {
      const row = `tp-${String(i).padStart(6, '0')}`;
      batch.push(tp(row, 'title', `T${i}`, at(i, A, 0)));
      if (i % 2) batch.push(tp(row, 'emotion', 1, at(i, A, 1)));
    }
    const outcome = await applyChanges(db, batch);
    expect(outcome.applied.length).toBe(10500);
    expect(await db.get('SELECT count(*) AS n, sum(emotion) AS e FROM touchpoints')).toEqual({ n: 7000, e: 3500 });
  });

  it('property: any order, any duplication, any batching gives the same database', async () => {
    const rows = ['tp-000001', 'tp-000002', 'tp-000003'];
    const change = fc.record({
      row: fc.constantFrom(...rows),
      column: fc.constantFrom('title', 'emotion', 'tombstone', 'kpi'),
      millis: fc.integer({ min: 0, max: 50 }),
      node: fc.constantFrom(A, B),
      n: fc.integer({ min: 0, max: 1000 }),
    });
    const toChange = (
      c: { row: string; column: string; millis: number; node: string; n: number },
      i: number,
    ): Change => {
      const value = c.column === 'emotion' ? (c.n % 5) - 2 : c.column === 'tombstone' ? c.n % 2 === 0 : `v${c.n}`;
      // Counter from the index keeps stamps unique, as a real clock does.
      return tp(c.row, c.column, value, at(c.millis, c.node, i));
    };
    await fc.assert(
      fc.asyncProperty(
        fc.array(change, { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 10 }),
        async (specs, shuffle, batchSize) => {
          const changes = specs.map(toChange);
          const reference = await memoryDb();
          await applyChanges(reference, changes);
          // Reordered, with some changes sent twice, in random batch sizes.
          const scrambled = [...changes];
          shuffle.forEach((k, i) => {
            const j = k % scrambled.length;
            [scrambled[i % scrambled.length], scrambled[j]] = [scrambled[j]!, scrambled[i % scrambled.length]!];
            if (k % 3 === 0) scrambled.push(changes[k % changes.length]!);
          });
          const other = await memoryDb();
          for (let i = 0; i < scrambled.length; i += batchSize)
            await applyChanges(other, scrambled.slice(i, i + batchSize));
          expect(await dump(other)).toEqual(await dump(reference));
          await reference.close();
          await other.close();
        },
      ),
      { numRuns: 60 },
    );
  });
});
