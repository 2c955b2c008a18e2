import { describe, expect, it } from 'vitest';
import type { Change } from '../../shared/changes';
import { formatTimestamp } from '../../shared/hlc';
import { applyChanges } from '../store/apply';
import type { Db, Queries } from '../store/db';
import { openWorkspaceFile } from '../store/workspace-file';
import { migrations } from '../store/test-support';
import { RowCache } from './row-cache';

const at = (n: number) => formatTimestamp({ millis: 1_800_000_000_000 + n, counter: 0, node: 'aaaaaaaaaaaaaaaa' });
const msg = (row: string, column: string, value: Change['value'], n: number): Change => ({
  table: 'messages',
  row,
  column,
  value,
  hlc: at(n),
});

async function setup() {
  const db = (await openWorkspaceFile(':memory:', migrations)).db;
  const cache = new RowCache(['messages', 'variants'] as const, new Set(['messages'] as const));
  /** Applies through the write path and tells the cache, as the change feed does. */
  const apply = async (changes: Change[]) => {
    await applyChanges(db, changes);
    cache.note({ workspaceId: 'w', tables: ['messages'], applied: changes });
  };
  return { db, cache, apply };
}

/** The real database, whose `hold`-th read (counting from 1) waits, once read, until the test lets it go on. */
function gated(db: Db, hold = 1): { queries: Queries; open(): void; reading: Promise<void> } {
  let calls = 0;
  let open!: () => void;
  let started!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  const reading = new Promise<void>((r) => (started = r));
  const queries: Queries = {
    run: (sql, params) => db.run(sql, params),
    get: (sql, params) => db.get(sql, params),
    exec: (sql) => db.exec(sql),
    all: async (sql, params) => {
      const rows = await db.all(sql, params);
      calls += 1;
      if (calls === hold) {
        started();
        await gate;
      }
      return rows as never;
    },
  };
  return { queries, open, reading };
}

describe('RowCache', () => {
  it('patches the touched rows and their edit stamps, and drops deleted rows', async () => {
    const { db, cache, apply } = await setup();
    await apply([msg('m1', 'headline', 'One', 1), msg('m2', 'headline', 'Two', 2)]);
    await cache.refresh(db);
    expect(cache.rows('messages').map((m) => m.headline)).toEqual(['One', 'Two']);
    expect(cache.lastEdited().get('m1')).toBe(at(1));

    await apply([msg('m1', 'body', 'Text', 3), msg('m2', 'tombstone', true, 4)]);
    await cache.refresh(db);
    expect(cache.rows('messages').map((m) => [m.id, m.body])).toEqual([['m1', 'Text']]);
    expect(cache.lastEdited().get('m1')).toBe(at(3));
    // A delete is no edit of the text: the stamp stays that of the last field change.
    expect(cache.lastEdited().get('m2')).toBe(at(2));
  });

  it('a change that lands while a refresh reads is read by the next one, and moves the version', async () => {
    const { db, cache, apply } = await setup();
    await apply([msg('m1', 'headline', 'One', 1)]);
    await cache.refresh(db);
    const gate = gated(db);
    await apply([msg('m1', 'headline', 'Two', 2)]);
    const before = cache.version;
    const refreshing = cache.refresh(gate.queries);
    await gate.reading;
    await apply([msg('m1', 'headline', 'Three', 3)]);
    gate.open();
    await refreshing;
    expect(cache.version).toBeGreaterThan(before);
    await cache.refresh(db);
    expect(cache.rows('messages')[0]!.headline).toBe('Three');
    expect(cache.lastEdited().get('m1')).toBe(at(3));
  });

  it('a stamp that arrives while the stamps are read is kept over the read', async () => {
    const { db, cache, apply } = await setup();
    await apply([msg('m1', 'headline', 'One', 1)]);
    // Reads: messages, variants, then the stamps (the third), held once read.
    const gate = gated(db, 3);
    const refreshing = cache.refresh(gate.queries);
    await gate.reading;
    await apply([msg('m1', 'headline', 'Two', 2)]);
    gate.open();
    await refreshing;
    expect(cache.lastEdited().get('m1')).toBe(at(2));
  });

  it('a failed read loses nothing: the next refresh reads the same rows again', async () => {
    const { db, cache, apply } = await setup();
    await cache.refresh(db);
    await apply([msg('m1', 'headline', 'One', 1)]);
    const failing: Queries = { ...db, all: () => Promise.reject(new Error('disk went away')) };
    await expect(cache.refresh(failing)).rejects.toThrow('disk went away');
    await cache.refresh(db);
    expect(cache.rows('messages').map((m) => m.headline)).toEqual(['One']);
  });

  it('without a change list (an import) it reads the whole table and the stamps again', async () => {
    const { db, cache } = await setup();
    await cache.refresh(db);
    await applyChanges(db, [msg('m9', 'headline', 'Imported', 9)]);
    cache.note({ workspaceId: 'w', tables: ['messages'], applied: null });
    await cache.refresh(db);
    expect(cache.rows('messages').map((m) => m.id)).toEqual(['m9']);
    expect(cache.lastEdited().get('m9')).toBe(at(9));
  });
});
