import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HybridClock } from '../shared/hlc';
import { pullPage } from './changes';
import type { ServerContext } from './context';
import { loadServerMigrations, migrateServer } from './migrate';
import type { Sql, SqlParam } from './sql';
import { BACKENDS } from './testing';

/**
 * A fresh device pulls a workspace page by page. Each page must cost the same
 * from the first to the last: the plan of the very query pullPage runs is read
 * with EXPLAIN ANALYZE, without ANALYZE having collected statistics (PGlite
 * never does), and the rows it touches must be one page's worth wherever the
 * cursor is.
 */

const TOTAL = 30_000;
const LIMIT = 1_000;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

/** Rows the plan reads from the changes table (returned or filtered away). */
function touched(plan: PlanNode): number {
  return nodes(plan)
    .filter((n) => n['Relation Name'] === 'changes' || (n['Index Name'] ?? '').startsWith('changes'))
    .filter((n) => n['Node Type'] !== 'Bitmap Index Scan')
    .reduce(
      (sum, n) =>
        sum +
        (n['Actual Rows'] ?? 0) * (n['Actual Loops'] ?? 1) +
        (n['Rows Removed by Filter'] ?? 0) +
        (n['Rows Removed by Index Recheck'] ?? 0),
      0,
    );
}

describe.each(BACKENDS)('pull pages on $name', (backend) => {
  let db: Awaited<ReturnType<typeof backend.create>>;
  const seen: { text: string; params: readonly SqlParam[] }[] = [];
  let ctx: ServerContext;

  beforeAll(async () => {
    db = await backend.create();
    await migrateServer(db.sql, loadServerMigrations());
    await db.sql.query(
      `INSERT INTO accounts (id, email, name, password_hash, created_at) VALUES ('acc-1', 'a@example.com', 'A', 'x', 0)`,
    );
    for (const ws of ['ws-pages-000001', 'ws-pages-000002']) {
      await db.sql.query(
        `INSERT INTO workspaces (id, name, created_by, created_at, seq) VALUES ($1, $1, 'acc-1', 0, $2)`,
        [ws, TOTAL],
      );
      await db.sql.query(
        `INSERT INTO changes (workspace_id, seq, hlc, tbl, row_id, col, value)
         SELECT $1, g, '2030-01-01T00:00:00.000Z-' || lpad(to_hex(g % 65536), 4, '0') || '-' || lpad(to_hex(g), 16, '0'),
                'touchpoints', 'tp-' || lpad(g::text, 8, '0'), 'title', '"t"'
           FROM generate_series(1, $2::int) AS g`,
        [ws, TOTAL],
      );
    }
    // Record what pullPage asks the database.
    const recording: Sql = {
      ...db.sql,
      query: (text, params = []) => {
        seen.push({ text, params });
        return db.sql.query(text, params);
      },
    };
    ctx = {
      sql: recording,
      now: Date.now,
      clock: new HybridClock('0000000000000001'),
      passwordCost: { N: 2, r: 1, p: 1 },
      tokenTtlMs: 1,
      decoyHash: async () => '',
    };
  }, 120_000);
  afterAll(async () => db?.drop());

  async function planOfPage(after: number): Promise<PlanNode> {
    seen.length = 0;
    const page = JSON.parse(await pullPage(ctx, 'ws-pages-000002', after, LIMIT)) as {
      changes: unknown[];
      cursor: number;
      more: boolean;
    };
    expect(page.changes).toHaveLength(Math.min(LIMIT, TOTAL - after));
    expect(page.cursor).toBe(Math.min(after + LIMIT, TOTAL));
    expect(page.more).toBe(after + LIMIT < TOTAL);
    const query = seen.find((q) => /FROM\s+changes/i.test(q.text));
    expect(query, 'pullPage reads the changes table').toBeDefined();
    const { rows } = await db.sql.query<Record<string, unknown>>(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${query!.text}`,
      query!.params,
    );
    const raw = Object.values(rows[0]!)[0];
    const json = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
    return json[0]!.Plan;
  }

  it('reads one page worth of rows for the first, a middle and the last page, through the sequence index', async () => {
    for (const after of [0, TOTAL / 2, TOTAL - LIMIT]) {
      const plan = await planOfPage(after);
      const all = nodes(plan);
      expect(all.some((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'changes')).toBe(false);
      expect(all.some((n) => n['Index Name'] === 'changes_seq')).toBe(true);
      // Both ends of the range are in the index condition: the scan cannot run on to the end of the table.
      const cond = all.find((n) => n['Index Name'] === 'changes_seq')!['Index Cond'] ?? '';
      expect(cond).toMatch(/seq > /);
      expect(cond).toMatch(/seq <= /);
      expect(touched(plan), `rows read for the page after ${after}`).toBeLessThanOrEqual(LIMIT + 1);
    }
  });

  it('steps over a gap in the numbering instead of stopping early', async () => {
    await db.sql.query('DELETE FROM changes WHERE workspace_id = $1 AND seq > $2 AND seq <= $3', [
      'ws-pages-000001',
      1_000,
      3_500,
    ]);
    let after = 0;
    let total = 0;
    let pages = 0;
    for (;;) {
      const page = JSON.parse(await pullPage(ctx, 'ws-pages-000001', after, LIMIT)) as {
        changes: unknown[];
        cursor: number;
        more: boolean;
      };
      total += page.changes.length;
      pages += 1;
      expect(page.cursor).toBeGreaterThan(after);
      after = page.cursor;
      if (!page.more) break;
    }
    expect(after).toBe(TOTAL);
    expect(total).toBe(TOTAL - 2_500);
    expect(pages).toBeLessThanOrEqual(TOTAL / LIMIT + 1);
  });
});
