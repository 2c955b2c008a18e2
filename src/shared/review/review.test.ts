import { describe, expect, it } from 'vitest';
import { emptyRow, type Row, type TableName } from '../schema/tables';
import { diffSnapshot } from './diff';
import { firstNonReviewEdit, isReviewEdit } from './review-edits';
import { buildSnapshot, parseSnapshot } from './snapshot';
import { commentId, commentTime, openCount, targetKey, threadsByTarget } from './threads';

const row = <T extends TableName>(table: T, id: string, fields: Partial<Row<T>>): Row<T> => ({
  ...emptyRow(table, id),
  ...fields,
});
const J = 'journey-001';

function source() {
  return {
    journey: row('journeys', J, { name: 'Buy a bike', persona_id: 'persona-01', approval: 'approved' }),
    stages: [
      row('stages', 'stage-0001', { journey_id: J, name: 'Research', sort_key: 'a' }),
      row('stages', 'stage-0002', { journey_id: J, name: 'Purchase', sort_key: 'b' }),
      row('stages', 'stage-0009', { journey_id: 'journey-other', name: 'Elsewhere' }),
    ],
    touchpoints: [
      row('touchpoints', 'tp-000001', {
        journey_id: J,
        stage_id: 'stage-0001',
        channel_id: 'chan-0001',
        title: 'Read reviews',
        owner_department_id: 'dept-0001',
        sort_key: 'a',
      }),
      row('touchpoints', 'tp-000002', {
        journey_id: J,
        stage_id: 'stage-0002',
        channel_id: 'chan-0002',
        title: 'Buy in store',
        sort_key: 'b',
      }),
      row('touchpoints', 'tp-000003', {
        journey_id: J,
        stage_id: 'stage-0002',
        channel_id: 'chan-0002',
        title: 'Archived one',
        archived: true,
      }),
    ],
    transitions: [
      row('transitions', 'tr-000001', {
        journey_id: J,
        from_touchpoint_id: 'tp-000001',
        to_touchpoint_id: 'tp-000002',
        carries_context: false,
      }),
      row('transitions', 'tr-000002', {
        journey_id: J,
        from_touchpoint_id: 'tp-000001',
        to_touchpoint_id: 'tp-000003',
      }),
    ],
    messages: [
      row('messages', 'msg-00001', {
        journey_id: J,
        stage_id: 'stage-0001',
        touchpoint_id: 'tp-000001',
        headline: 'Ride more',
        body: 'Test it',
      }),
    ],
    variants: [
      row('variants', 'var-00001', { message_id: 'msg-00001', channel_id: 'chan-0001', body: 'Test it online' }),
    ],
    channels: [
      row('channels', 'chan-0001', { name: 'Website' }),
      row('channels', 'chan-0002', { name: 'Store' }),
      row('channels', 'chan-0003', { name: 'Unused' }),
    ],
    departments: [
      row('departments', 'dept-0001', { name: 'Marketing' }),
      row('departments', 'dept-0002', { name: 'Sales' }),
    ],
    personas: [row('personas', 'persona-01', { name: 'Commuter' })],
    backstageSteps: [] as Row<'backstage_steps'>[],
    backstageLinks: [] as Row<'backstage_links'>[],
    backstageHandoffs: [] as Row<'backstage_handoffs'>[],
    systems: [] as Row<'support_systems'>[],
  };
}

describe('buildSnapshot / parseSnapshot', () => {
  it('freezes the journey with its live rows and the names it uses, and reads back what it wrote', () => {
    const snap = buildSnapshot(source());
    expect(snap.stages.map((s) => s.name)).toEqual(['Research', 'Purchase']);
    expect(snap.touchpoints.map((t) => t.title)).toEqual(['Read reviews', 'Buy in store']);
    // The transition to the archived card goes with it.
    expect(snap.transitions.map((t) => t.id)).toEqual(['tr-000001']);
    expect(snap.messages).toHaveLength(1);
    expect(snap.variants).toHaveLength(1);
    expect(snap.names).toEqual({
      persona: 'Commuter',
      channels: { 'chan-0001': 'Website', 'chan-0002': 'Store' },
      departments: { 'dept-0001': 'Marketing' },
      systems: {},
    });
    const parsed = parseSnapshot(JSON.stringify(snap));
    expect(parsed).toEqual({ ok: true, content: snap });
  });

  it('says why corrupt content cannot be read instead of throwing', () => {
    const notJson = parseSnapshot('{"version":1,');
    expect(notJson).toEqual({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    const wrongShape = parseSnapshot(JSON.stringify({ ...buildSnapshot(source()), stages: [{ id: 'stage-0001' }] }));
    expect(wrongShape.ok).toBe(false);
    if (!wrongShape.ok) expect(wrongShape.error).toMatch(/stages\.0\.name/);
    expect(parseSnapshot('null').ok).toBe(false);
    expect(parseSnapshot(JSON.stringify({ ...buildSnapshot(source()), version: 3 })).ok).toBe(false);
  });
});

describe('diffSnapshot', () => {
  const before = buildSnapshot(source());
  const after = (edit: (s: ReturnType<typeof source>) => void) => {
    const s = source();
    edit(s);
    return diffSnapshot(before, buildSnapshot(s));
  };

  it('finds no change when nothing changed', () => {
    expect(diffSnapshot(before, buildSnapshot(source()))).toEqual([]);
  });

  it('lists stages added, removed and renamed', () => {
    expect(
      after((s) => {
        s.stages[0]!.name = 'Explore';
        s.stages[1]!.tombstone = true;
        s.stages.push(row('stages', 'stage-0003', { journey_id: J, name: 'Loyalty', sort_key: 'c' }));
      }),
    ).toEqual([
      { kind: 'stage_removed', stage: 'Purchase' },
      { kind: 'stage_renamed', from: 'Research', to: 'Explore' },
      { kind: 'stage_added', stage: 'Loyalty' },
    ]);
  });

  it('lists touchpoints added, removed, moved and field changes with old and new values', () => {
    const changes = after((s) => {
      const [first, second] = s.touchpoints;
      first!.title = 'Read test reports';
      first!.owner_department_id = 'dept-0002';
      first!.back_channel = true;
      second!.channel_id = 'chan-0001';
      s.touchpoints.push(
        row('touchpoints', 'tp-000004', {
          journey_id: J,
          stage_id: 'stage-0002',
          channel_id: 'chan-0002',
          title: 'Pick up',
          sort_key: 'c',
        }),
      );
    });
    expect(changes).toEqual([
      {
        kind: 'touchpoint_changed',
        touchpoint: 'Read test reports',
        field: 'title',
        from: 'Read reviews',
        to: 'Read test reports',
      },
      {
        kind: 'touchpoint_changed',
        touchpoint: 'Read test reports',
        field: 'owner_department_id',
        from: 'Marketing',
        to: 'Sales',
      },
      { kind: 'touchpoint_changed', touchpoint: 'Read test reports', field: 'back_channel', from: false, to: true },
      {
        kind: 'touchpoint_moved',
        touchpoint: 'Buy in store',
        from: { stage: 'Purchase', channel: 'Store' },
        to: { stage: 'Purchase', channel: 'Website' },
      },
      { kind: 'touchpoint_added', touchpoint: 'Pick up', place: { stage: 'Purchase', channel: 'Store' } },
    ]);
    expect(after((s) => void (s.touchpoints[1]!.tombstone = true))).toEqual([
      { kind: 'touchpoint_removed', touchpoint: 'Buy in store', place: { stage: 'Purchase', channel: 'Store' } },
      { kind: 'transition_removed', from: 'Read reviews', to: 'Buy in store' },
    ]);
  });

  it('lists transitions added, removed and whose context changed', () => {
    expect(after((s) => void (s.transitions[0]!.carries_context = true))).toEqual([
      { kind: 'transition_context', from: 'Read reviews', to: 'Buy in store', before: false, after: true },
    ]);
    expect(
      after((s) => {
        s.transitions[0]!.tombstone = true;
        s.transitions.push(
          row('transitions', 'tr-000009', {
            journey_id: J,
            from_touchpoint_id: 'tp-000002',
            to_touchpoint_id: 'tp-000001',
          }),
        );
      }),
    ).toEqual([
      { kind: 'transition_removed', from: 'Read reviews', to: 'Buy in store' },
      { kind: 'transition_added', from: 'Buy in store', to: 'Read reviews' },
    ]);
  });

  it('lists messages and variants added, removed and changed', () => {
    expect(
      after((s) => {
        s.messages[0]!.headline = 'Ride further';
        s.variants[0]!.body = 'Book a test ride';
        s.variants[0]!.condition = { event: 'store_visited', channelId: null };
        s.variants.push(row('variants', 'var-00002', { message_id: 'msg-00001', channel_id: 'chan-0002' }));
        s.messages.push(row('messages', 'msg-00002', { journey_id: J, stage_id: 'stage-0002', touchpoint_id: null }));
      }),
    ).toEqual([
      { kind: 'message_changed', owner: 'Read reviews', field: 'headline', from: 'Ride more', to: 'Ride further' },
      { kind: 'message_added', owner: 'Purchase' },
      {
        kind: 'variant_changed',
        owner: 'Read reviews',
        channel: 'Website',
        field: 'body',
        from: 'Test it online',
        to: 'Book a test ride',
      },
      {
        kind: 'variant_changed',
        owner: 'Read reviews',
        channel: 'Website',
        field: 'condition',
        from: null,
        to: 'store_visited',
      },
      { kind: 'variant_added', owner: 'Read reviews', channel: 'Store' },
    ]);
    expect(
      after((s) => {
        s.variants[0]!.tombstone = true;
        s.messages[0]!.tombstone = true;
      }),
    ).toEqual([
      { kind: 'message_removed', owner: 'Read reviews' },
      { kind: 'variant_removed', owner: 'Read reviews', channel: 'Website' },
    ]);
  });
});

describe('isReviewEdit', () => {
  it('allows comments, snapshots and the approval columns of journeys, nothing else', () => {
    expect(isReviewEdit({ table: 'comments', column: 'body' })).toBe(true);
    expect(isReviewEdit({ table: 'comments', column: 'tombstone' })).toBe(true);
    expect(isReviewEdit({ table: 'snapshots', column: 'content' })).toBe(true);
    for (const column of ['approval', 'approval_by', 'approval_at', 'last_reviewed_at'])
      expect(isReviewEdit({ table: 'journeys', column })).toBe(true);
    expect(isReviewEdit({ table: 'journeys', column: 'name' })).toBe(false);
    expect(isReviewEdit({ table: 'journeys', column: 'tombstone' })).toBe(false);
    expect(isReviewEdit({ table: 'touchpoints', column: 'title' })).toBe(false);
    expect(
      firstNonReviewEdit([
        { table: 'comments', column: 'body' },
        { table: 'stages', column: 'name' },
      ]),
    ).toBe(1);
    expect(firstNonReviewEdit([{ table: 'comments', column: 'body' }])).toBe(-1);
  });
});

describe('comment threads', () => {
  const c = (id: string, fields: Partial<Row<'comments'>>) =>
    row('comments', id, { target_table: 'journeys', target_id: J, ...fields });

  it('makes ids that sort by creation and tell the time', () => {
    const early = commentId(1_700_000_000_000, () => 0.5);
    const late = commentId(1_700_000_000_001, () => 0.1);
    expect(early < late).toBe(true);
    expect(early).toMatch(/^cm-[0-9a-z]{9}-[0-9a-z]{12}$/);
    expect(commentTime(early)).toBe(1_700_000_000_000);
    expect(commentTime('0b6c6d2e-uuid-like')).toBeNull();
  });

  it('groups comments into threads per target with replies in order, counting open ones', () => {
    const map = threadsByTarget([
      c('cm-000000002-b', { parent_id: 'cm-000000001-a', body: 'reply' }),
      c('cm-000000001-a', { body: 'root' }),
      c('cm-000000003-c', { parent_id: 'cm-000000002-b', body: 'reply to reply' }),
      c('cm-000000004-d', { body: 'resolved root', resolved: true }),
      c('cm-000000005-e', { target_table: 'touchpoints', target_id: 'tp-000001', body: 'on a card' }),
      c('cm-000000006-f', { parent_id: 'cm-gone-gone', body: 'orphan' }),
      c('cm-000000007-g', { body: 'deleted', tombstone: true }),
    ]);
    const journey = map.get(targetKey('journeys', J))!;
    expect(journey.map((t) => [t.root.body, t.replies.map((r) => r.body)])).toEqual([
      ['root', ['reply', 'reply to reply']],
      ['resolved root', []],
    ]);
    expect(openCount(journey)).toBe(1);
    expect(openCount(map.get(targetKey('touchpoints', 'tp-000001')))).toBe(1);
    expect(openCount(map.get(targetKey('stages', 'nothing')))).toBe(0);
  });
});
