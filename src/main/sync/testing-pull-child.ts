import { join } from 'node:path';
import { HybridClock, randomNodeId } from '../../shared/hlc';
import { loadMigrations } from '../store/migrate';
import { openWorkspaceFile } from '../store/workspace-file';
import { SyncApi } from './api';
import { pullAll } from './engine';

/**
 * A device for crash.test.ts, run as its own process so it can be killed with
 * SIGKILL mid-pull: `node --import tsx testing-pull-child.ts <file> <server> <token> <workspace> <pageSize>`.
 * Prints one line per applied page.
 */
async function main(): Promise<void> {
  const [file, server, token, workspaceId, pageSize] = process.argv.slice(2);
  const { db } = await openWorkspaceFile(file!, loadMigrations(join(__dirname, '..', 'store', 'migrations')));
  const target = { workspaceId: workspaceId!, db, clock: new HybridClock(randomNodeId()) };
  process.stdout.write('ready\n');
  await pullAll(
    target,
    new SyncApi(server!, token!),
    { pushBatch: 1000, pushBytes: 1 << 20, pageSize: Number(pageSize) },
    () => process.stdout.write('page\n'),
  );
  process.stdout.write('done\n');
  await db.close();
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
