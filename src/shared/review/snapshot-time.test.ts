import { describe, expect, it } from 'vitest';
import { emptyRow, type Row, type TableName } from '../schema/tables';
import { diffSnapshot } from './diff';
import { buildSnapshot, parseSnapshot, type SnapshotContent } from './snapshot';

/** Snapshots and "compare with now" for the journey in time: order, thoughts, backstage and its hand-offs. */

const row = <T extends TableName>(table: T, id: string, fields: Partial<Row<T>>): Row<T> => ({
  ...emptyRow(table, id),
  ...fields,
});
const J = 'journey-001';
const tp = (id: string, title: string, step: string, channel = 'chan-0001', stage = 'stage-0001') =>
  row('touchpoints', id, { journey_id: J, stage_id: stage, channel_id: channel, title, step_key: step, sort_key: 'V' });

function source() {
  return {
    journey: row('journeys', J, { name: 'Complaint' }),
    stages: [
      row('stages', 'stage-0001', { journey_id: J, name: 'Service', sort_key: 'a' }),
      row('stages', 'stage-0002', { journey_id: J, name: 'Resolution', sort_key: 'b' }),
    ],
    touchpoints: [
      tp('tp-call', 'Hotline call', 'F'),
      tp('tp-mail', 'Confirmation email', 'M', 'chan-0002'),
      tp('tp-sms', 'SMS', 'M', 'chan-0003'),
      tp('tp-chat', 'Chat', 'T'),
      tp('tp-pick', 'Pick-up', 'M', 'chan-0001', 'stage-0002'),
    ],
    transitions: [] as Row<'transitions'>[],
    messages: [] as Row<'messages'>[],
    variants: [] as Row<'variants'>[],
    channels: [
      row('channels', 'chan-0001', { name: 'Call centre', sort_key: 'c' }),
      row('channels', 'chan-0002', { name: 'Email', sort_key: 'a' }),
      row('channels', 'chan-0003', { name: 'SMS', sort_key: 'b' }),
    ],
    departments: [
      row('departments', 'dept-0001', { name: 'Customer service', sort_key: 'a' }),
      row('departments', 'dept-0002', { name: 'Store operations', sort_key: 'b' }),
    ],
    personas: [] as Row<'personas'>[],
    backstageSteps: [
      row('backstage_steps', 'bs-ticket', {
        journey_id: J,
        department_id: 'dept-0001',
        title: 'Ticket in CRM',
        system_ids: ['sys-crm'],
      }),
      row('backstage_steps', 'bs-stock', { journey_id: J, department_id: 'dept-0002', title: 'Check stock' }),
      row('backstage_steps', 'bs-loose', { journey_id: J, department_id: null, title: 'Nowhere yet' }),
    ],
    backstageLinks: [
      row('backstage_links', 'bl-1', { journey_id: J, backstage_step_id: 'bs-ticket', touchpoint_id: 'tp-call' }),
      row('backstage_links', 'bl-2', { journey_id: J, backstage_step_id: 'bs-stock', touchpoint_id: 'tp-chat' }),
    ],
    backstageHandoffs: [
      row('backstage_handoffs', 'bh-1', {
        journey_id: J,
        from_step_id: 'bs-ticket',
        to_step_id: 'bs-stock',
        carries_context: false,
      }),
    ],
    systems: [row('support_systems', 'sys-crm', { name: 'CRM' }), row('support_systems', 'sys-pos', { name: 'POS' })],
  };
}

describe('a snapshot of the journey in time', () => {
  const snap = buildSnapshot(source());

  it("holds the steps in the customer's order, parallel touchpoints together, and the backstage in its columns", () => {
    expect(snap.version).toBe(2);
    expect(snap.touchpoints.map((t) => t.title)).toEqual([
      'Hotline call',
      'Confirmation email',
      'SMS',
      'Chat',
      'Pick-up',
    ]);
    expect(snap.order).toEqual([
      { stage_id: 'stage-0001', touchpoint_ids: ['tp-call'], backstage_ids: ['bs-ticket'] },
      { stage_id: 'stage-0001', touchpoint_ids: ['tp-mail', 'tp-sms'], backstage_ids: [] },
      { stage_id: 'stage-0001', touchpoint_ids: ['tp-chat'], backstage_ids: ['bs-stock'] },
      { stage_id: 'stage-0002', touchpoint_ids: ['tp-pick'], backstage_ids: [] },
    ]);
    // A backstage step serving nothing and placed nowhere is kept, not lost.
    expect(snap.backstage.map((b) => [b.title, b.stage_id, b.serves])).toEqual([
      ['Ticket in CRM', 'stage-0001', ['tp-call']],
      ['Check stock', 'stage-0001', ['tp-chat']],
      ['Nowhere yet', null, []],
    ]);
    expect(snap.backstage_handoffs.map((h) => [h.from_step_id, h.to_step_id, h.carries_context])).toEqual([
      ['bs-ticket', 'bs-stock', false],
    ]);
    expect(snap.names.systems).toEqual({ 'sys-crm': 'CRM' });
    expect(snap.names.departments).toEqual({ 'dept-0001': 'Customer service', 'dept-0002': 'Store operations' });
    expect(parseSnapshot(JSON.stringify(snap))).toEqual({ ok: true, content: snap });
  });

  it('keeps what the customer thinks, feels and says, and the pain points', () => {
    const s = source();
    Object.assign(s.touchpoints[0]!, {
      thinks: 'Again?',
      feels: 'annoyed',
      says: 'I ordered on Monday',
      pain_points: 'Queue',
    });
    const t = buildSnapshot(s).touchpoints[0]!;
    expect([t.thinks, t.feels, t.says, t.pain_points]).toEqual(['Again?', 'annoyed', 'I ordered on Monday', 'Queue']);
  });
});

describe('compare with now: the journey in time', () => {
  const before = buildSnapshot(source());
  const after = (edit: (s: ReturnType<typeof source>) => void) => {
    const s = source();
    edit(s);
    return diffSnapshot(before, buildSnapshot(s));
  };

  it('finds no change when nothing changed', () => {
    expect(diffSnapshot(before, buildSnapshot(source()))).toEqual([]);
  });

  it('names a changed order in a stage, step by step', () => {
    expect(after((s) => void (s.touchpoints[0]!.step_key = 'X'))).toEqual([
      {
        kind: 'order_changed',
        stage: 'Service',
        from: [['Hotline call'], ['Confirmation email', 'SMS'], ['Chat']],
        to: [['Confirmation email', 'SMS'], ['Chat'], ['Hotline call']],
      },
    ]);
    // Two touchpoints becoming parallel is a change of order too.
    expect(after((s) => void (s.touchpoints[3]!.step_key = 'M'))).toMatchObject([
      { kind: 'order_changed', to: [['Hotline call'], ['Confirmation email', 'SMS', 'Chat']] },
    ]);
    // A touchpoint added at the front is an addition, not a change of the others' order.
    expect(after((s) => void s.touchpoints.push(tp('tp-new', 'New', 'A'))).map((e) => e.kind)).toEqual([
      'touchpoint_added',
    ]);
  });

  it('lists thoughts, feelings, quotes and pain points changed', () => {
    expect(after((s) => Object.assign(s.touchpoints[0]!, { thinks: 'Why again?', pain_points: 'Waiting' }))).toEqual([
      { kind: 'touchpoint_changed', touchpoint: 'Hotline call', field: 'thinks', from: '', to: 'Why again?' },
      { kind: 'touchpoint_changed', touchpoint: 'Hotline call', field: 'pain_points', from: '', to: 'Waiting' },
    ]);
  });

  it('lists backstage steps added, removed and changed, with systems and what they serve by name', () => {
    const changes = after((s) => {
      s.backstageSteps[0]!.system_ids = ['sys-crm', 'sys-pos'];
      s.backstageSteps[1]!.department_id = 'dept-0001';
      s.backstageSteps[2]!.tombstone = true;
      s.backstageLinks[1]!.touchpoint_id = 'tp-sms';
      s.backstageSteps.push(
        row('backstage_steps', 'bs-new', { journey_id: J, department_id: 'dept-0002', title: 'Pack' }),
      );
    });
    expect(changes).toEqual([
      { kind: 'backstage_removed', step: 'Nowhere yet', department: '—' },
      { kind: 'backstage_changed', step: 'Ticket in CRM', field: 'systems', from: 'CRM', to: 'CRM, POS' },
      {
        kind: 'backstage_changed',
        step: 'Check stock',
        field: 'department',
        from: 'Store operations',
        to: 'Customer service',
      },
      { kind: 'backstage_changed', step: 'Check stock', field: 'serves', from: 'Chat', to: 'SMS' },
      { kind: 'backstage_added', step: 'Pack', department: 'Store operations' },
    ]);
  });

  it('lists backstage hand-offs added, removed and whose context changed', () => {
    expect(after((s) => void (s.backstageHandoffs[0]!.carries_context = true))).toEqual([
      { kind: 'backstage_handoff_context', from: 'Ticket in CRM', to: 'Check stock', before: false, after: true },
    ]);
    expect(
      after((s) => {
        s.backstageHandoffs[0]!.tombstone = true;
        s.backstageHandoffs.push(
          row('backstage_handoffs', 'bh-2', { journey_id: J, from_step_id: 'bs-stock', to_step_id: 'bs-ticket' }),
        );
      }),
    ).toEqual([
      { kind: 'backstage_handoff_removed', from: 'Ticket in CRM', to: 'Check stock' },
      { kind: 'backstage_handoff_added', from: 'Check stock', to: 'Ticket in CRM' },
    ]);
  });
});

describe('snapshots taken before the journey had steps', () => {
  /** A version 1 snapshot as the app stored it before: no order, no thoughts, no backstage. */
  function versionOne(): string {
    const now = buildSnapshot(source());
    const v1 = {
      version: 1,
      journey: now.journey,
      stages: now.stages,
      touchpoints: now.touchpoints.map(({ thinks, feels, says, pain_points, ...rest }) => {
        void [thinks, feels, says, pain_points];
        return rest;
      }),
      transitions: now.transitions,
      messages: now.messages,
      variants: now.variants,
      names: { persona: null, channels: now.names.channels, departments: now.names.departments },
    };
    return JSON.stringify(v1);
  }

  it('still open, reading as having no order and no backstage', () => {
    const parsed = parseSnapshot(versionOne());
    expect(parsed.ok).toBe(true);
    const content = (parsed as { ok: true; content: SnapshotContent }).content;
    expect(content.version).toBe(2);
    expect(content.order).toBeNull();
    expect(content.backstage).toEqual([]);
    expect(content.touchpoints[0]!.thinks).toBe('');
  });

  it("still compare with now: today's backstage reads as added, the order is not guessed", () => {
    const old = (parseSnapshot(versionOne()) as { ok: true; content: SnapshotContent }).content;
    const s = source();
    s.touchpoints[0]!.step_key = 'X';
    s.touchpoints[0]!.thinks = 'Again?';
    const changes = diffSnapshot(old, buildSnapshot(s));
    expect(changes.map((c) => c.kind)).toEqual([
      'touchpoint_changed',
      'backstage_added',
      'backstage_added',
      'backstage_added',
      'backstage_handoff_added',
    ]);
    expect(changes.some((c) => c.kind === 'order_changed')).toBe(false);
  });
});
