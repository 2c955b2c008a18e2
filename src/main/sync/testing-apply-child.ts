import { join } from 'node:path';
import type { Change } from '../../shared/changes';
import { formatTimestamp } from '../../shared/hlc';
import { applyChanges } from '../store/apply';
import { loadMigrations } from '../store/migrate';
import { openWorkspaceFile } from '../store/workspace-file';

/**
 * A device for crash.test.ts that applies one large local batch, run as its
 * own process so it can be killed with SIGKILL in the middle:
 * `node --import tsx testing-apply-child.ts <file> <seed> <batch>`.
 * Prints "seeded", "applying" and "applied".
 */

const NODE = 'dead00beefcafe00';

function batchOf(from: number, count: number): Change[] {
  const base = Date.parse('2030-01-01T00:00:00.000Z');
  const out: Change[] = [];
  for (let i = from; i < from + count; i++) {
    out.push({
      table: 'touchpoints',
      row: `tp-${String(i % 50_000).padStart(8, '0')}`,
      column: ['title', 'kpi', 'notes', 'emotion'][i % 4]!,
      value: i % 4 === 3 ? (i % 5) - 2 : `value ${i}`,
      hlc: formatTimestamp({ millis: base + Math.floor(i / 1000), counter: i % 1000, node: NODE }),
    });
  }
  return out;
}

async function main(): Promise<void> {
  const [file, seed, batch] = process.argv.slice(2);
  const { db } = await openWorkspaceFile(file!, loadMigrations(join(__dirname, '..', 'store', 'migrations')));
  await applyChanges(db, batchOf(0, Number(seed)));
  process.stdout.write('seeded\n');
  const changes = batchOf(Number(seed), Number(batch));
  process.stdout.write('applying\n');
  await applyChanges(db, changes);
  process.stdout.write('applied\n');
  await db.close();
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
