import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldKey, type Change, type FieldEdit } from '../../shared/changes';
import { HybridClock, randomNodeId } from '../../shared/hlc';
import type { Session } from '../../shared/sync-wire';
import { latestFields } from '../../server/changes';
import { applyChanges } from '../store/apply';
import { openWorkspaceFile } from '../store/workspace-file';
import { migrations } from '../store/test-support';
import { OfflineError, SyncApi } from './api';
import { entityChange, journeyRow, scenario, touchpointRow, type Edit, type Step } from './test-convergence-model';
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
 * Four or five devices — editors and one viewer — edit offline and sync
 * through a real server, in rounds whose steps run at the same time: requests
 * lost before they reach the server and answers lost after it, doubled
 * pushes, pulls that crash before they commit, tiny batches and pages,
 * clocks skewed right up to the server's refusal limit, edits of several
 * tables including owned review data, and a viewer that tries to sneak in an
 * edit. In the end every device and the server hold the same data, and every
 * field shows the newest change anyone made to it: nothing is lost that was
 * not superseded, nothing is stored that was refused.
 */

interface Device {
  target: SyncTarget & { db: ReturnType<typeof crashingDb> };
  api: SyncApi;
  faults: WireFaults;
  session: Session;
  viewer: boolean;
  /** Comments this device wrote (its own to reword). */
  comments: string[];
}

const offlineOnly = (err: unknown) => {
  if (!(err instanceof OfflineError)) throw err;
};

/** The concrete field changes of an abstract edit, signed by this device's account. */
async function concrete(d: Device, e: Edit, id: () => string): Promise<FieldEdit[]> {
  const me = d.session.account;
  switch (e.kind) {
    case 'field':
      return [entityChange(e)];
    case 'comment': {
      const row = id();
      d.comments.push(row);
      return [
        { table: 'comments', row, column: 'target_table', value: 'journeys' },
        { table: 'comments', row, column: 'target_id', value: journeyRow(0) },
        { table: 'comments', row, column: 'author', value: me.name },
        { table: 'comments', row, column: 'author_id', value: me.id },
        { table: 'comments', row, column: 'body', value: e.body },
      ];
    }
    case 'reword': {
      const row = d.comments[e.pick % Math.max(1, d.comments.length)];
      if (!row) return [];
      return [{ table: 'comments', row, column: e.remove ? 'tombstone' : 'body', value: e.remove ? true : e.body }];
    }
    case 'resolve': {
      const known = await d.target.db.all<{ id: string }>('SELECT id FROM comments ORDER BY id');
      const row = known[e.pick % Math.max(1, known.length)]?.id;
      if (!row) return [];
      return [
        { table: 'comments', row, column: 'resolved', value: e.resolved },
        { table: 'comments', row, column: 'resolved_by', value: e.resolved ? me.name : '' },
      ];
    }
    case 'approve':
      return [
        { table: 'journeys', row: journeyRow(e.journey), column: 'approval', value: e.state },
        { table: 'journeys', row: journeyRow(e.journey), column: 'approval_by', value: me.name },
      ];
    case 'snapshot': {
      const row = id();
      return [
        { table: 'snapshots', row, column: 'journey_id', value: journeyRow(e.journey) },
        { table: 'snapshots', row, column: 'taken_by', value: me.name },
        { table: 'snapshots', row, column: 'content', value: e.content },
      ];
    }
  }
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
      fc.asyncProperty(scenario, async ({ devices: count, skews, limits, rounds }) => {
        const workspaceId = `ws-conv-${String(++run).padStart(4, '0')}`;
        await fixture.workspace(workspaceId);
        const devices: Device[] = [];
        for (let i = 0; i < count; i++) {
          const viewer = i === count - 1;
          const session = await fixture.member(workspaceId, viewer ? 'viewer' : 'editor');
          const { db } = await openWorkspaceFile(':memory:', migrations);
          const faults: WireFaults = { dropAnswer: false, duplicate: false, offline: false };
          devices.push({
            target: {
              workspaceId,
              db: crashingDb(db),
              clock: new HybridClock(randomNodeId(), () => Date.now() + skews[i]!),
            },
            api: new SyncApi(fixture.server.url, session.token, faultyFetch(faults)),
            faults,
            session,
            viewer,
            comments: [],
          });
        }
        const made: Change[] = [];
        let ids = 0;
        const newId = () => `row-${run}-${String(++ids).padStart(5, '0')}`;
        const engine: EngineLimits = limits;
        const scope = (d: Device) => (d.viewer ? 'review' : 'all');

        const perform = async (step: Step): Promise<void> => {
          if (step.kind === 'forbidden') {
            const d = devices[count - 1]!;
            const sneaky = [
              { table: 'comments', row: newId(), column: 'body', value: 'fine', hlc: d.target.clock.send() },
              {
                table: 'touchpoints',
                row: touchpointRow(step.touchpoint),
                column: 'title',
                value: 'viewer was here',
                hlc: d.target.clock.send(),
              },
            ];
            const r = await fixture.http.route('push', {
              token: d.session.token,
              params: { id: workspaceId },
              body: { changes: sneaky },
            });
            expect(r.status).toBe(403);
            return;
          }
          const d = devices[step.device]!;
          if (step.kind === 'edit') {
            const edits: FieldEdit[] = [];
            for (const e of step.edits) edits.push(...(await concrete(d, e, newId)));
            if (edits.length === 0) return;
            const changes = edits.map((e) => ({ ...e, hlc: d.target.clock.send() }) as Change);
            try {
              await applyChanges(d.target.db, changes);
              made.push(...changes);
            } catch (err) {
              // A crash armed for a concurrent pull may hit this transaction instead: the edit never happened.
              if (!(err instanceof SimulatedCrash)) throw err;
            }
          } else if (step.kind === 'push') {
            d.faults.dropRequest = step.lose === 'request';
            d.faults.dropAnswer = step.lose === 'answer';
            d.faults.duplicate = step.duplicate;
            await pushPending(d.target, d.api, engine, scope(d)).catch(offlineOnly);
            Object.assign(d.faults, { dropRequest: false, dropAnswer: false, duplicate: false });
          } else {
            d.faults.dropRequest = step.lose === 'request';
            d.faults.dropPullAnswer = step.lose === 'answer';
            d.target.db.crashes = step.crash ? 1 : 0;
            await pullAll(d.target, d.api, engine).catch((err: unknown) => {
              if (!(err instanceof SimulatedCrash)) offlineOnly(err);
            });
            d.target.db.crashes = 0;
            Object.assign(d.faults, { dropRequest: false, dropPullAnswer: false });
            expect(await inconsistencies(d.target.db)).toEqual([]);
          }
        };

        try {
          for (const round of rounds) await Promise.all(round.map(perform));
          // Everyone comes online: push everything, then pull everything.
          for (const d of devices) await pushPending(d.target, d.api, engine, scope(d));
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
  }, 600_000);
});
