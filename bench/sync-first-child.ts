import { join } from 'node:path';
import { HybridClock, randomNodeId } from '../src/shared/hlc';
import { applyChanges } from '../src/main/store/apply';
import { loadMigrations } from '../src/main/store/migrate';
import { openWorkspaceFile } from '../src/main/store/workspace-file';
import { SyncApi } from '../src/main/sync/api';
import { DEFAULT_LIMITS, pullAll } from '../src/main/sync/engine';
import { link } from '../src/main/sync/state';
import { routePath } from '../src/shared/sync-routes';
import { slice } from './sync-first-data';

/**
 * One device of the first-sync benchmark, in a process of its own so its
 * peak memory is its own. argv: mode and its arguments; prints JSON.
 *   sync  <server> <token> <workspace> <file>   download and apply everything (the app's path)
 *   fetch <server> <token> <workspace>          only fetch every page (reference)
 *   apply <file> <count> <baseMs>               only apply the same changes from memory (reference)
 */

const migrations = loadMigrations(join(__dirname, '..', 'src', 'main', 'store', 'migrations'));
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Total time of possibly overlapping intervals, and their union. */
function busy(intervals: [number, number][]): number {
  return intervals.reduce((sum, [a, b]) => sum + (b - a), 0);
}

async function sync(server: string, token: string, workspaceId: string, file: string): Promise<object> {
  const { db } = await openWorkspaceFile(file, migrations);
  await db.transaction((tx) => link(tx, server));
  const api = new SyncApi(server, token);
  const fetching: [number, number][] = [];
  const applying: [number, number][] = [];
  const pull = api.pull.bind(api);
  api.pull = async (...args) => {
    const start = performance.now();
    try {
      return await pull(...args);
    } finally {
      fetching.push([start, performance.now()]);
    }
  };
  const transaction = db.transaction.bind(db);
  db.transaction = async (fn) => {
    const start = performance.now();
    try {
      return await transaction(fn);
    } finally {
      applying.push([start, performance.now()]);
    }
  };
  const start = performance.now();
  const outcome = await pullAll({ workspaceId, db, clock: new HybridClock(randomNodeId()) }, api, DEFAULT_LIMITS);
  const seconds = (performance.now() - start) / 1000;
  const held = await db.get<{ n: number }>('SELECT count(*) AS n FROM changes');
  await db.close();
  return {
    seconds,
    fetchSeconds: busy(fetching) / 1000,
    applySeconds: busy(applying) / 1000,
    pages: outcome.pages,
    changes: held?.n ?? 0,
    peakRssMb: peakRssMb(),
  };
}

async function fetchOnly(server: string, token: string, workspaceId: string): Promise<object> {
  const start = performance.now();
  let after = 0;
  let pages = 0;
  let bytes = 0;
  const times: number[] = [];
  for (;;) {
    const path = routePath('pull', { id: workspaceId }, { after, limit: DEFAULT_LIMITS.pageSize });
    const began = performance.now();
    const res = await fetch(`${server}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const text = await res.text();
    times.push(performance.now() - began);
    bytes += text.length;
    pages += 1;
    // Only the cursor and the flag are read: the reference is the wire and the server, nothing of the client.
    const cursor = Number(/"cursor":(\d+)/.exec(text.slice(-80))![1]);
    if (!text.endsWith('"more":true}')) break;
    after = cursor;
  }
  return {
    seconds: (performance.now() - start) / 1000,
    pages,
    megabytes: Math.round(bytes / 1e6),
    // Pages cost the same from first to last: the median page of the first and of the last tenth.
    firstPagesMs: Math.round(median(times.slice(0, Math.max(1, Math.floor(times.length / 10))))),
    lastPagesMs: Math.round(median(times.slice(-Math.max(1, Math.floor(times.length / 10))))),
    peakRssMb: peakRssMb(),
  };
}

async function applyOnly(file: string, count: number, baseMs: number): Promise<object> {
  const { db } = await openWorkspaceFile(file, migrations);
  const start = performance.now();
  for (let from = 0; from < count; from += DEFAULT_LIMITS.pageSize)
    await applyChanges(db, slice(from, Math.min(DEFAULT_LIMITS.pageSize, count - from), baseMs));
  const seconds = (performance.now() - start) / 1000;
  await db.close();
  return { seconds, peakRssMb: peakRssMb() };
}

async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  const cpu = process.cpuUsage();
  const result =
    mode === 'sync'
      ? await sync(args[0]!, args[1]!, args[2]!, args[3]!)
      : mode === 'fetch'
        ? await fetchOnly(args[0]!, args[1]!, args[2]!)
        : await applyOnly(args[0]!, Number(args[1]), Number(args[2]));
  // CPU time beside wall time: on a loaded machine the wall clock mostly measures waiting for a core.
  const used = process.cpuUsage(cpu);
  process.stdout.write(JSON.stringify({ ...result, cpuSeconds: (used.user + used.system) / 1e6 }));
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
