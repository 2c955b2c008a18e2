import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FieldEdit } from '../../shared/changes';
import { HybridClock } from '../../shared/hlc';
import { buildJourneySlice, moveTouchpointInTime, type JourneySlice } from '../../shared/journey';
import { timeline } from '../../shared/journey/testing';
import { rowEdits } from '../../shared/edits';
import { keysBetween } from '../../shared/ordering';
import { applyChanges } from '../store/apply';
import { openDb, type Db } from '../store/db';
import { migrate } from '../store/migrate';
import { migrations, tempDir } from '../store/test-support';
import { readJourneyRows } from './journey-query';
import { testService } from './test-service';

const J = 'journey-0001';

function stamp(clock: HybridClock, edits: readonly FieldEdit[]) {
  return edits.map((e) => ({ ...e, hlc: clock.send() }));
}

/** A journey of the shape an older version wrote: stages, channels, touchpoints without step keys. */
function oldJourney(): FieldEdit[] {
  const sk = keysBetween(null, null, 2);
  const ck = keysBetween(null, null, 3);
  const edits: FieldEdit[] = [
    ...rowEdits('journeys', J, { name: 'Complaint' }),
    ...rowEdits('stages', 'stage-0001', { journey_id: J, name: 'Complaint', sort_key: sk[0]! }),
    ...rowEdits('stages', 'stage-0002', { journey_id: J, name: 'Resolution', sort_key: sk[1]! }),
    ...['Email', 'Hotline', 'Store'].flatMap((name, i) =>
      rowEdits('channels', `chan-000${i}`, { name, sort_key: ck[i]! }),
    ),
  ];
  const card = (id: string, stage: string, channel: number, title: string, sortKey: string) =>
    rowEdits('touchpoints', id, {
      journey_id: J,
      stage_id: stage,
      channel_id: `chan-000${channel}`,
      title,
      sort_key: sortKey,
      emotion: -1,
      notes: `notes of ${title}`,
    });
  // Inserted in an order unlike the map's, so the test sees the map order, not the insertion order.
  edits.push(
    ...card('tp-hotline1', 'stage-0001', 1, 'Hotline call', 'V'),
    ...card('tp-survey01', 'stage-0002', 0, 'Survey', 'V'),
    ...card('tp-email002', 'stage-0001', 0, 'Reminder email', 'k'),
    ...card('tp-email001', 'stage-0001', 0, 'Complaint email', 'F'),
    ...card('tp-store001', 'stage-0001', 2, 'Store visit', 'V'),
  );
  return edits;
}

async function sliceOf(db: Db): Promise<JourneySlice> {
  return buildJourneySlice(await readJourneyRows(db, J));
}

describe('journey rows (the one main-side query)', () => {
  it('journeys.open returns the journey with its backstage, messages and variants, nothing of other journeys', async () => {
    const { call, service } = testService();
    const { id: workspaceId } = await call<{ id: string }>('workspaces.create', { name: 'W', language: 'en' });
    const edits: FieldEdit[] = [
      ...oldJourney(),
      ...rowEdits('journeys', 'journey-0002', { name: 'Other' }),
      ...rowEdits('touchpoints', 'tp-other001', { journey_id: 'journey-0002', title: 'Elsewhere' }),
      ...rowEdits('backstage_steps', 'bs-ticket01', { journey_id: J, title: 'Open ticket', stage_id: 'stage-0001' }),
      ...rowEdits('backstage_links', 'link-000001', {
        journey_id: J,
        backstage_step_id: 'bs-ticket01',
        touchpoint_id: 'tp-hotline1',
      }),
      ...rowEdits('backstage_handoffs', 'ho-0000001', { journey_id: J, from_step_id: 'bs-ticket01' }),
      ...rowEdits('support_systems', 'sys-crm0001', { name: 'CRM', kind: 'crm' }),
      // A message tied only through its touchpoint, and one of the other journey.
      ...rowEdits('messages', 'msg-000001', { touchpoint_id: 'tp-hotline1', body: 'We call you back.' }),
      ...rowEdits('messages', 'msg-000002', { journey_id: 'journey-0002', body: 'Not ours' }),
      ...rowEdits('variants', 'var-000001', { message_id: 'msg-000001', body: 'Rückruf' }),
      ...rowEdits('variants', 'var-000002', { message_id: 'msg-000002', body: 'Not ours' }),
      { table: 'touchpoints', row: 'tp-survey01', column: 'tombstone', value: true },
    ];
    await call('edits.apply', { workspaceId, label: 'seed', edits });
    const rows = await call<Awaited<ReturnType<typeof readJourneyRows>>>('journeys.open', {
      workspaceId,
      journeyId: J,
    });
    expect(rows.journey.name).toBe('Complaint');
    expect(rows.touchpoints.map((t) => t.id).sort()).toEqual([
      'tp-email001',
      'tp-email002',
      'tp-hotline1',
      'tp-store001',
    ]);
    expect(rows.backstageSteps.map((b) => b.title)).toEqual(['Open ticket']);
    expect(rows.backstageLinks.map((l) => l.touchpoint_id)).toEqual(['tp-hotline1']);
    expect(rows.backstageHandoffs).toHaveLength(1);
    expect(rows.messages.map((m) => m.id)).toEqual(['msg-000001']);
    expect(rows.variants.map((v) => v.body)).toEqual(['Rückruf']);
    expect(rows.systems.map((s) => s.name)).toEqual(['CRM']);
    await expect(call('journeys.open', { workspaceId, journeyId: 'journey-none' })).rejects.toThrow(/no journey/);
    await service.close();
  });

  it('migration 004: a workspace of the older version keeps every field and reads in the order its map showed', async () => {
    const file = join(tempDir(), 'old.sqlite');
    const db = await openDb(file);
    await migrate(db, migrations.slice(0, 3));
    await applyChanges(db, stamp(new HybridClock('00000000000000a1'), oldJourney()));
    await migrate(db, migrations);
    const slice = await sliceOf(db);
    // Today's map: lane by lane (Email, Hotline, Store), each cell in its order.
    expect(timeline(slice)).toBe(
      'Complaint: Complaint email | Reminder email | Hotline call | Store visit / Resolution: Survey',
    );
    expect(slice.touchpoints.every((t) => t.emotion === -1 && t.notes === `notes of ${t.title}`)).toBe(true);
    expect(slice.touchpoints.every((t) => t.step_key === '' && t.thinks === '')).toBe(true);
    await db.close();
  });

  it('reorders made on two devices at once merge through the write path, in either order', async () => {
    const dir = tempDir();
    const a = await openDb(join(dir, 'a.sqlite'));
    await migrate(a, migrations);
    await applyChanges(a, stamp(new HybridClock('00000000000000a1'), oldJourney()));
    await a.close();
    copyFileSync(join(dir, 'a.sqlite'), join(dir, 'b.sqlite'));
    const devA = await openDb(join(dir, 'a.sqlite'));
    const devB = await openDb(join(dir, 'b.sqlite'));
    const clockA = new HybridClock('00000000000000a1');
    const clockB = new HybridClock('00000000000000b2');
    const stage = 'stage-0001';
    // A: the hotline call came before the emails. B: the store visit happened together with the reminder.
    const sliceA = await sliceOf(devA);
    const moveA = moveTouchpointInTime(sliceA, 'tp-hotline1', { kind: 'gap', stageId: stage, gap: 0 }, 'a7');
    const sliceB = await sliceOf(devB);
    const reminderStep = sliceB.stepOf.get('tp-email002')!.id;
    const moveB = moveTouchpointInTime(sliceB, 'tp-store001', { kind: 'step', stepId: reminderStep }, 'b7');
    if (typeof moveA === 'string' || typeof moveB === 'string') throw new Error('refused');
    const changesA = stamp(clockA, moveA);
    const changesB = stamp(clockB, moveB);
    await applyChanges(devA, changesA);
    await applyChanges(devB, changesB);
    // Sync: each receives the other's batch.
    await applyChanges(devA, changesB, { clock: clockA });
    await applyChanges(devB, changesA, { clock: clockB });
    const expected = 'Complaint: Hotline call | Complaint email | Reminder email+Store visit / Resolution: Survey';
    expect(timeline(await sliceOf(devA))).toBe(expected);
    expect(timeline(await sliceOf(devB))).toBe(expected);
    await devA.close();
    await devB.close();
  });
});
