import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSyncServer } from '../src/server/app';
import { openPglite } from '../src/server/sql-pglite';
import { CHEAP_PASSWORDS, TestClient } from '../src/server/testing';
import { runAlone, type BenchFigure } from './figure';
import { slice } from './sync-first-data';

/**
 * First sync: a fresh device downloads and applies a whole workspace from a
 * server on embedded PGlite, in a process of its own (its peak memory is the
 * figure). Beside it, in the same run: the raw page fetch (every page over
 * HTTP, nothing applied) and the raw apply (the same changes from memory into
 * a fresh file, no network). The app fetches the next page while it applies
 * one, so its time approaches the larger of the two, not their sum.
 *
 * 1M changes take minutes: the size is BENCH_FIRST_SYNC_CHANGES (default
 * 100,000); `npm run bench:first-sync` runs the 1M figures.
 */

const PUSH = 5_000;
const noLimit = { burst: 1e9, perSecond: 1e9 };

interface Child {
  seconds: number;
  peakRssMb: number;
  fetchSeconds?: number;
  applySeconds?: number;
  pages?: number;
  changes?: number;
  megabytes?: number;
  firstPagesMs?: number;
  lastPagesMs?: number;
  cpuSeconds: number;
  /** CPU time of the server (this process: HTTP and PGlite) while the child ran. */
  serverCpuSeconds: number;
}

async function child(args: string[]): Promise<Child> {
  const cpu = process.cpuUsage();
  const result = await run(args);
  const used = process.cpuUsage(cpu);
  return { ...result, serverCpuSeconds: (used.user + used.system) / 1e6 };
}

function run(args: string[]): Promise<Omit<Child, 'serverCpuSeconds'>> {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'sync-first-child.ts'), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) =>
    proc.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as Omit<Child, 'serverCpuSeconds'>) : reject(new Error(err)),
    ),
  );
}

const label = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}m` : `${n / 1_000}k`);
const round = (x: number, digits = 1) => Number(x.toFixed(digits));

export async function benchFirstSync(
  count = Number(process.env.BENCH_FIRST_SYNC_CHANGES ?? 100_000),
): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-first-'));
  const sql = await openPglite(join(dir, 'pglite'));
  const server = await startSyncServer({
    sql,
    passwordCost: CHEAP_PASSWORDS,
    rateLimit: noLimit,
    anonymousRateLimit: noLimit,
  });
  try {
    const http = new TestClient(server.url);
    const { token } = await http.signUp('first@example.com');
    const id = 'ws-first-sync-01';
    await http.route('createWorkspace', { token, body: { id, name: 'First sync' } });
    const baseMs = Date.now() - 2 * 3_600_000;
    const seeding = performance.now();
    for (let from = 0; from < count; from += PUSH) {
      const r = await http.route('push', {
        token,
        params: { id },
        body: { changes: slice(from, Math.min(PUSH, count - from), baseMs) },
      });
      if (r.status !== 200) throw new Error(`seeding failed: ${r.status} ${JSON.stringify(r.body)}`);
    }
    process.stdout.write(`  seeded ${count} changes in ${round((performance.now() - seeding) / 1000)} s\n`);

    const fetched = await child(['fetch', server.url, token, id]);
    const applied = await child(['apply', join(dir, 'raw.sqlite'), String(count), String(baseMs)]);
    const synced = await child(['sync', server.url, token, id, join(dir, 'device.sqlite')]);
    if (synced.changes !== count) throw new Error(`the device holds ${synced.changes} of ${count} changes`);
    const n = label(count);
    const overlap = synced.fetchSeconds! + synced.applySeconds! - synced.seconds;
    return [
      {
        id: `sync.first_sync_${n}_s`,
        label: `sync: a fresh device downloads and applies a ${n}-change workspace (PGlite server, pages of 5000)`,
        value: round(synced.seconds, 1),
        unit: 's',
        ratio: synced.seconds / (fetched.seconds + applied.seconds),
        reference: `raw page fetch ${round(fetched.seconds)} s (${fetched.pages} pages, ${fetched.megabytes} MB; median page of the first tenth ${fetched.firstPagesMs} ms, of the last ${fetched.lastPagesMs} ms) + raw apply ${round(applied.seconds)} s = ${round(fetched.seconds + applied.seconds)} s; in the sync: fetching ${round(synced.fetchSeconds!)} s, applying ${round(synced.applySeconds!)} s, ${round(Math.max(0, overlap))} s of it at once; CPU time in the sync: device ${round(synced.cpuSeconds)} s, server ${round(synced.serverCpuSeconds)} s (raw fetch: server ${round(fetched.serverCpuSeconds)} s; raw apply: ${round(applied.cpuSeconds)} s); load average ${round(loadavg()[0]!)} on ${cpus().length} cores`,
        aim: count === 1_000_000 ? '< 90 s' : undefined,
      },
      {
        id: `sync.first_sync_${n}_peak_rss_mb`,
        label: `sync: peak memory of the device process during that first sync`,
        value: synced.peakRssMb,
        unit: 'MB',
        ratio: synced.peakRssMb / applied.peakRssMb,
        reference: `raw apply of the same changes from memory: ${applied.peakRssMb} MB; raw page fetch: ${fetched.peakRssMb} MB`,
        aim: count === 1_000_000 ? '< 600 MB' : undefined,
      },
    ];
  } finally {
    await server.close();
    await sql.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) runAlone(benchFirstSync);
