import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Change } from '../src/shared/changes';
import { HybridClock, randomNodeId } from '../src/shared/hlc';
import { startSyncServer, type SyncServer } from '../src/server/app';
import type { Sql } from '../src/server/sql';
import { openPglite } from '../src/server/sql-pglite';
import { CHEAP_PASSWORDS, postgresBackend, TestClient } from '../src/server/testing';
import { applyChanges } from '../src/main/store/apply';
import { loadMigrations } from '../src/main/store/migrate';
import { openWorkspaceFile } from '../src/main/store/workspace-file';
import { SyncApi } from '../src/main/sync/api';
import { DEFAULT_LIMITS, pullAll, pushPending } from '../src/main/sync/engine';
import { link } from '../src/main/sync/state';
import { runAlone, type BenchFigure } from './figure';
import { FIELDS } from './sync-first-data';

/**
 * Sync through a real server (embedded PGlite in a temp folder; PostgreSQL too
 * when DATABASE_URL is set): a 100k-change round trip between two devices,
 * the server's ingest rate beside a plain batched INSERT of the same rows into
 * the same database, and push latency with 50 devices pushing at once.
 */

const CHANGES = 100_000;
const CLIENTS = 50;
const PUSHES_PER_CLIENT = 20;
const PER_PUSH = 100;
/** Mean pause between one device's pushes in the latency run: 50 devices → ~100 pushes/s. */
const THINK_MS = 500;
const INGEST_BATCH = 5_000;
const noLimit = { burst: 1e9, perSecond: 1e9 };

/** 10k touchpoints × 10 fields, like a workshop's worth of journeys. */
function generate(count: number, node = randomNodeId()): Change[] {
  const clock = new HybridClock(node, () => Date.now() - 60_000);
  const cols = FIELDS;
  const out: Change[] = [];
  for (let i = 0; out.length < count; i++) {
    const [column, value] = cols[i % cols.length]!;
    out.push({
      table: 'touchpoints',
      row: `tp-${String(Math.floor(i / cols.length)).padStart(8, '0')}`,
      column,
      value: value(i),
      hlc: clock.send(),
    });
  }
  return out;
}

interface Bench {
  server: SyncServer;
  http: TestClient;
  token: string;
  workspace(id: string): Promise<void>;
}

async function bench(sql: Sql): Promise<Bench> {
  const server = await startSyncServer({
    sql,
    passwordCost: CHEAP_PASSWORDS,
    rateLimit: noLimit,
    anonymousRateLimit: noLimit,
  });
  const http = new TestClient(server.url);
  const admin = await http.signUp('bench@example.com');
  return {
    server,
    http,
    token: admin.token,
    async workspace(id) {
      await http.route('createWorkspace', { token: admin.token, body: { id, name: id } });
    },
  };
}

async function roundTrip(b: Bench, dir: string): Promise<{ seconds: number; push: number; pull: number }> {
  const migrations = loadMigrations(join(__dirname, '..', 'src', 'main', 'store', 'migrations'));
  await b.workspace('ws-bench-roundtrip');
  const api = new SyncApi(b.server.url, b.token);
  const open = async (name: string) => {
    const { db } = await openWorkspaceFile(join(dir, name), migrations);
    await db.transaction((tx) => link(tx, b.server.url));
    return { workspaceId: 'ws-bench-roundtrip', db, clock: new HybridClock(randomNodeId()) };
  };
  const a = await open('a.sqlite');
  const other = await open('b.sqlite');
  await applyChanges(a.db, generate(CHANGES, a.clock.node));
  const start = performance.now();
  await pushPending(a, api, DEFAULT_LIMITS);
  const pushed = performance.now();
  await pullAll(other, api, DEFAULT_LIMITS);
  const end = performance.now();
  const got = await other.db.get<{ n: number }>('SELECT count(*) AS n FROM changes');
  if (got?.n !== CHANGES) throw new Error(`round trip delivered ${got?.n} of ${CHANGES} changes`);
  await a.db.close();
  await other.db.close();
  return { seconds: (end - start) / 1000, push: (pushed - start) / 1000, pull: (end - pushed) / 1000 };
}

/** Server ingest (HTTP, auth, validation, dedupe, sequence numbers) vs. a plain multi-row INSERT into a copy of the table. */
async function ingestRatio(b: Bench, sql: Sql, run: number): Promise<{ server: number; plain: number }> {
  const changes = generate(CHANGES);
  const bodies: string[] = [];
  for (let i = 0; i < changes.length; i += INGEST_BATCH)
    bodies.push(JSON.stringify({ changes: changes.slice(i, i + INGEST_BATCH) }));
  const id = `ws-bench-ingest-${run}`;
  await b.workspace(id);
  let start = performance.now();
  for (const body of bodies) {
    const r = await fetch(b.http.url('push', { id }), {
      method: 'POST',
      headers: { authorization: `Bearer ${b.token}`, 'content-type': 'application/json' },
      body,
    });
    if (r.status !== 200) throw new Error(`ingest push failed: ${r.status} ${await r.text()}`);
    await r.arrayBuffer();
  }
  const server = performance.now() - start;

  await sql.exec(`DROP TABLE IF EXISTS bench_plain; CREATE TABLE bench_plain (LIKE changes INCLUDING ALL);`);
  start = performance.now();
  // The fastest plain way we know: one INSERT per batch from bound arrays, no checks, no numbering logic.
  for (let i = 0; i < changes.length; i += INGEST_BATCH) {
    const part = changes.slice(i, i + INGEST_BATCH);
    await sql.query(
      `INSERT INTO bench_plain (workspace_id, seq, hlc, tbl, row_id, col, value)
       SELECT $1, $2::bigint + t.ord, t.hlc, t.tbl, t.row_id, t.col, t.value
         FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) WITH ORDINALITY AS t (hlc, tbl, row_id, col, value, ord)`,
      [
        id,
        i,
        part.map((c) => c.hlc),
        part.map((c) => c.table),
        part.map((c) => c.row),
        part.map((c) => c.column),
        part.map((c) => JSON.stringify(c.value)),
      ],
    );
  }
  const plain = performance.now() - start;
  await sql.exec('DROP TABLE bench_plain');
  return { server, plain };
}

async function bestRatio(b: Bench, sql: Sql): Promise<{ ratio: number; serverRate: number; plainRate: number }> {
  const best = { server: Infinity, plain: Infinity };
  for (let run = 0; run < 2; run++) {
    const r = await ingestRatio(b, sql, run);
    best.server = Math.min(best.server, r.server);
    best.plain = Math.min(best.plain, r.plain);
  }
  return {
    ratio: best.plain / best.server,
    serverRate: CHANGES / (best.server / 1000),
    plainRate: CHANGES / (best.plain / 1000),
  };
}

/**
 * 50 devices pushing 100-change batches, run by bench/sync-load.ts in its own
 * process. `thinkMs` is the mean pause between one device's pushes (uniform
 * 0…2×); 0 means back to back, which measures the server's queue at
 * saturation rather than the latency a device sees.
 */
async function pushLatency(b: Bench, workspaceId: string, thinkMs: number): Promise<number[]> {
  await b.workspace(workspaceId);
  const tokens: string[] = [];
  for (let i = 0; i < CLIENTS; i++)
    tokens.push(
      (await b.http.signUp(`${workspaceId}-${i}@example.com`, await b.http.invite(b.token, workspaceId, 'editor')))
        .token,
    );
  const load = {
    url: b.http.url('push', { id: workspaceId }),
    tokens,
    pushes: PUSHES_PER_CLIENT,
    perPush: PER_PUSH,
    thinkMs,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'sync-load.ts'), JSON.stringify(load)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`the load generator failed: ${err}`);
  return JSON.parse(out) as number[];
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (x: number, digits = 1): number => Number(x.toFixed(digits));

export async function benchSync(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-sync-'));
  const figures: BenchFigure[] = [];
  const sql = await openPglite(join(dir, 'pglite'));
  let b: Bench | null = null;
  try {
    b = await bench(sql);
    const trip = await roundTrip(b, dir);
    figures.push({
      id: 'sync.roundtrip_100k_s',
      label: 'sync: 100k changes pushed by one device and pulled by another through the server (PGlite)',
      value: round(trip.seconds, 2),
      unit: 's',
      reference: `push ${round(trip.push, 2)} s + pull and apply ${round(trip.pull, 2)} s; batches and pages of 5000, devices are SQLite files`,
    });
    const ingest = await bestRatio(b, sql);
    figures.push({
      id: 'sync.ingest_ratio_pglite',
      label: 'sync: server ingest rate ÷ plain batched INSERT rate (PGlite)',
      value: round(ingest.ratio, 2),
      unit: '×',
      ratio: ingest.ratio,
      reference: `server ${Math.round(ingest.serverRate)} changes/s over HTTP in batches of ${INGEST_BATCH}; plain INSERT … SELECT FROM unnest(arrays) of the same batches into a copy of the table (same indexes): ${Math.round(ingest.plainRate)} rows/s`,
      aim: '≥ 0.5',
    });
    const latencies = await pushLatency(b, 'ws-bench-latency', THINK_MS);
    const ref = `${CLIENTS} devices at once, each pushing ${PUSHES_PER_CLIENT} batches of ${PER_PUSH} changes ${THINK_MS} ms apart on average, own connection each, one workspace, PGlite; devices in a separate process`;
    figures.push({
      id: 'sync.push_p50_ms',
      label: 'sync: push latency, median',
      value: round(percentile(latencies, 50)),
      unit: 'ms',
      reference: ref,
    });
    figures.push({
      id: 'sync.push_p99_ms',
      label: 'sync: push latency, 99th percentile',
      value: round(percentile(latencies, 99)),
      unit: 'ms',
      reference: ref,
      aim: '< 200 ms',
    });
    const saturated = await pushLatency(b, 'ws-bench-saturated', 0);
    figures.push({
      id: 'sync.push_saturated_p99_ms',
      label: 'sync: push latency, 99th percentile, 50 devices pushing back to back',
      value: round(percentile(saturated, 99)),
      unit: 'ms',
      reference: `no pause between pushes: the server's queue, ≈ 50 × one push's service time (median ${round(percentile(saturated, 50))} ms)`,
    });
  } finally {
    await b?.server.close();
    await sql.close();
    rmSync(dir, { recursive: true, force: true });
  }
  if (postgresBackend) {
    const pg = await postgresBackend.create();
    let pb: Bench | null = null;
    try {
      pb = await bench(pg.sql);
      const ingest = await bestRatio(pb, pg.sql);
      figures.push({
        id: 'sync.ingest_ratio_postgres',
        label: 'sync: server ingest rate ÷ plain batched INSERT rate (PostgreSQL)',
        value: round(ingest.ratio, 2),
        unit: '×',
        ratio: ingest.ratio,
        reference: `server ${Math.round(ingest.serverRate)} changes/s; plain INSERT ${Math.round(ingest.plainRate)} rows/s, same database`,
        aim: '≥ 0.5',
      });
    } finally {
      await pb?.server.close();
      await pg.drop();
    }
  }
  return figures;
}

if (require.main === module) runAlone(benchSync);
