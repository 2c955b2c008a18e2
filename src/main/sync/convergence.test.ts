import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldKey, type Change, type ChangeValue } from '../../shared/changes';
import { HybridClock, randomNodeId } from '../../shared/hlc';
import { latestFields } from '../../server/changes';
import { applyChanges } from '../store/apply';
import { openWorkspaceFile } from '../store/workspace-file';
import { migrations } from '../store/test-support';
import { OfflineError, SyncApi } from './api';
import { pullAll, pushPending, type EngineLimits, type SyncTarget } from './engine';
import { countPending } from './outbox';
import {
  crashingDb,
  dumpData,
  faultyFetch,
  inconsistencies,
  SimulatedCrash,
  startServerFixture,
  type ServerFixture,
  type WireFaults,
} from './testing';

/**
 * Three (or four) devices edit offline and sync in random orders through a real
 * server, with lost acknowledgements, doubled pushes, pulls that crash before
 * they commit, tiny batches and pages, and clocks skewed within the drift
 * bound. In the end every device and the server hold the same data, and every
 * field shows the newest change anyone made to it: nothing is lost that was
 * not superseded.
 */

const ROWS = ['tp-00000001', 'tp-00000002', 'tp-00000003'];
const FIELDS: { column: string; value: fc.Arbitrary<ChangeValue> }[] = [
  { column: 'title', value: fc.string({ maxLength: 12 }) },
  { column: 'emotion', value: fc.integer({ min: -2, max: 2 }) },
  {
    column: 'supporting_department_ids',
    value: fc.array(fc.constantFrom('dep-00000001', 'dep-00000002'), { maxLength: 2 }),
  },
  { column: 'tombstone', value: fc.boolean() },
];

type Step =
  | { kind: 'edit'; device: number; edits: { row: number; field: number; value: ChangeValue }[] }
  | { kind: 'push'; device: number; dropAnswer: boolean; duplicate: boolean }
  | { kind: 'pull'; device: number; crash: boolean };

const editArb = fc.integer({ min: 0, max: FIELDS.length - 1 }).chain((field) =>
  fc.record({
    row: fc.integer({ min: 0, max: ROWS.length - 1 }),
    field: fc.constant(field),
    value: FIELDS[field]!.value,
  }),
);

const scenario = fc.integer({ min: 3, max: 4 }).chain((devices) =>
  fc.record({
    skews: fc.array(fc.integer({ min: -120_000, max: 120_000 }), { minLength: devices, maxLength: devices }),
    limits: fc.record({
      pushBatch: fc.integer({ min: 1, max: 4 }),
      pushBytes: fc.constant(1 << 20),
      pageSize: fc.integer({ min: 1, max: 4 }),
    }),
    steps: fc.array(
      fc.oneof(
        {
          weight: 3,
          arbitrary: fc.record({
            kind: fc.constant('edit' as const),
            device: fc.nat(devices - 1),
            edits: fc.array(editArb, { minLength: 1, maxLength: 3 }),
          }),
        },
        {
          weight: 2,
          arbitrary: fc.record({
            kind: fc.constant('push' as const),
            device: fc.nat(devices - 1),
            dropAnswer: fc.boolean(),
            duplicate: fc.boolean(),
          }),
        },
        {
          weight: 2,
          arbitrary: fc.record({
            kind: fc.constant('pull' as const),
            device: fc.nat(devices - 1),
            crash: fc.boolean(),
          }),
        },
      ) as fc.Arbitrary<Step>,
      { minLength: 1, maxLength: 30 },
    ),
  }),
);

interface Device {
  target: SyncTarget & { db: ReturnType<typeof crashingDb> };
  api: SyncApi;
  faults: WireFaults;
}

describe('convergence', () => {
  let fixture: ServerFixture;
  let run = 0;

  beforeAll(async () => {
    fixture = await startServerFixture();
  }, 60_000);
  afterAll(async () => fixture?.close());

  it('brings every device and the server to the same data, losing nothing but superseded changes', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ skews, limits, steps }) => {
        const workspaceId = `ws-conv-${String(++run).padStart(4, '0')}`;
        await fixture.workspace(workspaceId);
        const devices: Device[] = [];
        for (const skew of skews) {
          const session = await fixture.member(workspaceId);
          const { db } = await openWorkspaceFile(':memory:', migrations);
          const faults: WireFaults = { dropAnswer: false, duplicate: false, offline: false };
          devices.push({
            target: {
              workspaceId,
              db: crashingDb(db),
              clock: new HybridClock(randomNodeId(), () => Date.now() + skew),
            },
            api: new SyncApi(fixture.server.url, session.token, faultyFetch(faults)),
            faults,
          });
        }
        const made: Change[] = [];
        const engine: EngineLimits = limits;
        try {
          for (const step of steps) {
            const d = devices[step.device]!;
            if (step.kind === 'edit') {
              const changes = step.edits.map((e) => ({
                table: 'touchpoints' as const,
                row: ROWS[e.row]!,
                column: FIELDS[e.field]!.column,
                value: e.value,
                hlc: d.target.clock.send(),
              }));
              await applyChanges(d.target.db, changes);
              made.push(...changes);
            } else if (step.kind === 'push') {
              d.faults.dropAnswer = step.dropAnswer;
              d.faults.duplicate = step.duplicate;
              await pushPending(d.target, d.api, engine).catch((err: unknown) => {
                if (!(err instanceof OfflineError)) throw err;
              });
              d.faults.dropAnswer = false;
              d.faults.duplicate = false;
            } else {
              d.target.db.crashes = step.crash ? 1 : 0;
              await pullAll(d.target, d.api, engine).catch((err: unknown) => {
                if (!(err instanceof SimulatedCrash)) throw err;
              });
              d.target.db.crashes = 0;
              expect(await inconsistencies(d.target.db)).toEqual([]);
            }
          }
          // Everyone comes online: push everything, then pull everything.
          for (const d of devices) await pushPending(d.target, d.api, engine);
          for (const d of devices) await pullAll(d.target, d.api, engine);

          const server = await latestFields(fixture.server.ctx, workspaceId);
          const expected = new Map<string, Change>();
          for (const c of made) {
            const k = fieldKey(c);
            if (!expected.has(k) || c.hlc > expected.get(k)!.hlc) expected.set(k, c);
          }
          expect([...server.keys()].sort()).toEqual([...expected.keys()].sort());
          for (const [k, c] of expected)
            expect({ hlc: server.get(k)!.hlc, value: JSON.parse(server.get(k)!.value) }).toEqual({
              hlc: c.hlc,
              value: c.value,
            });
          const stored = await fixture.sql.query<{ n: number }>(
            'SELECT count(*) AS n FROM changes WHERE workspace_id = $1',
            [workspaceId],
          );
          expect(Number(stored.rows[0]!.n)).toBe(made.length);

          const first = await dumpData(devices[0]!.target.db);
          for (const d of devices) {
            expect(await countPending(d.target.db)).toBe(0);
            expect(await inconsistencies(d.target.db)).toEqual([]);
            expect(await dumpData(d.target.db)).toEqual(first);
            const log = await d.target.db.get<{ n: number }>('SELECT count(*) AS n FROM changes');
            expect(log!.n).toBe(made.length);
            // Each lost change is logged once, however often its page was seen.
            expect(
              await d.target.db.all(
                'SELECT tbl, row_id, col, kept_hlc, lost_hlc FROM conflicts GROUP BY 1, 2, 3, 4, 5 HAVING count(*) > 1',
              ),
            ).toEqual([]);
          }
          const fields = first.field_clock as { tbl: string; row_id: string; col: string; hlc: string }[];
          expect(new Map(fields.map((f) => [fieldKey({ table: f.tbl, row: f.row_id, column: f.col }), f.hlc]))).toEqual(
            new Map([...expected].map(([k, c]) => [k, c.hlc])),
          );
        } finally {
          for (const d of devices) await d.target.db.close();
        }
      }),
      { numRuns: 40 },
    );
  }, 240_000);
});
