import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import type { Change } from '../src/shared/changes';
import { HybridClock } from '../src/shared/hlc';
import { keysBetween } from '../src/shared/ordering';
import { applyChanges } from '../src/main/store/apply';
import { loadMigrations } from '../src/main/store/migrate';
import { openWorkspaceFile } from '../src/main/store/workspace-file';
import { referenceApply } from './apply-reference';
import type { BenchFigure } from './figure';

const CHANGES = 100_000;
const ROWS = 10_000;

/** 10k touchpoints × 10 fields, as a workshop import or a first sync would bring them. */
function generate(): Change[] {
  const clock = new HybridClock('0123456789abcdef', () => 1_800_000_000_000);
  const keys = keysBetween(null, null, ROWS);
  const changes: Change[] = [];
  for (let r = 0; r < ROWS; r++) {
    const row = `tp-${String(r).padStart(8, '0')}`;
    const fields: [string, Change['value']][] = [
      ['journey_id', `journey-${String(r % 50).padStart(4, '0')}`],
      ['stage_id', `stage-${String(r % 12).padStart(6, '0')}`],
      ['channel_id', `channel-${String(r % 15).padStart(4, '0')}`],
      ['title', `Touchpoint ${r}`],
      ['customer_action', 'Compares prices on the phone'],
      ['company_response', 'Shows the same price as in the store'],
      ['emotion', (r % 5) - 2],
      ['back_channel', r % 3 === 0],
      ['kpi', 'Conversion rate'],
      ['sort_key', keys[r]!],
    ];
    for (const [column, value] of fields) changes.push({ table: 'touchpoints', row, column, value, hlc: clock.send() });
  }
  return changes;
}

/** The reference: the same number of rows, one prepared INSERT each, one transaction. */
function rawInsert(file: string, changes: readonly Change[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file);
    db.serialize(() => {
      db.run('PRAGMA journal_mode = WAL');
      db.run('PRAGMA synchronous = NORMAL');
      db.run('CREATE TABLE plain (hlc TEXT, tbl TEXT, row_id TEXT, col TEXT, value TEXT)');
      const start = performance.now();
      db.run('BEGIN');
      const stmt = db.prepare('INSERT INTO plain VALUES (?, ?, ?, ?, ?)');
      for (const c of changes) stmt.run([c.hlc, c.table, c.row, c.column, JSON.stringify(c.value)]);
      stmt.finalize();
      db.run('COMMIT', (err) => {
        const ms = performance.now() - start;
        db.close(() => (err ? reject(err) : resolve(ms)));
      });
    });
  });
}

export async function benchApply(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-'));
  try {
    const changes = generate();
    const migrations = loadMigrations(join(__dirname, '..', 'src', 'main', 'store', 'migrations'));
    const best = { apply: Infinity, raw: Infinity, better: Infinity };
    // Best of three fresh runs each, interleaved so all see the same machine state.
    for (let run = 0; run < 3; run++) {
      const { db } = await openWorkspaceFile(join(dir, `apply-${run}.sqlite`), migrations);
      const start = performance.now();
      const outcome = await applyChanges(db, changes);
      best.apply = Math.min(best.apply, performance.now() - start);
      if (outcome.applied.length !== CHANGES)
        throw new Error(`expected ${CHANGES} applied, got ${outcome.applied.length}`);
      await db.close();
      best.raw = Math.min(best.raw, await rawInsert(join(dir, `raw-${run}.sqlite`), changes));
      // The same schema, fresh: created by the app's own migrations, then written by better-sqlite3.
      const file = join(dir, `better-${run}.sqlite`);
      await (await openWorkspaceFile(file, migrations)).db.close();
      best.better = Math.min(best.better, referenceApply(file, changes));
    }
    const applyRate = CHANGES / (best.apply / 1000);
    const rawRate = CHANGES / (best.raw / 1000);
    const betterRate = CHANGES / (best.better / 1000);
    return [
      {
        id: 'apply.ms_100k',
        label: 'write path: 100k field changes applied',
        value: Math.round(best.apply),
        unit: 'ms',
        aim: '< 2000 ms',
      },
      {
        id: 'apply.changes_per_s',
        label: 'write path: field changes applied per second',
        value: Math.round(applyRate),
        unit: 'changes/s',
        reference: `raw sqlite3 prepared INSERT, one transaction: ${Math.round(rawRate)} rows/s`,
        ratio: applyRate / rawRate,
        aim: '≥ 50000 changes/s (100k in < 2 s)',
      },
      {
        id: 'apply.ratio_vs_better_sqlite3',
        label: 'write path rate ÷ the same three-table work through better-sqlite3',
        value: Number((applyRate / betterRate).toFixed(2)),
        unit: '×',
        reference: `better-sqlite3, log + field clocks + entity upserts of 100k changes, one transaction: ${Math.round(betterRate)} changes/s (${Math.round(best.better)} ms)`,
        ratio: applyRate / betterRate,
        aim: '≥ 0.5',
      },
      {
        id: 'apply.ratio_vs_raw_insert',
        label: 'write path rate ÷ raw prepared insert rate',
        value: Number((applyRate / rawRate).toFixed(2)),
        unit: '×',
        reference: 'raw sqlite3 prepared INSERT of 100k rows in one transaction, same run',
        ratio: applyRate / rawRate,
        aim: '≥ 1',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
