import { describe, expect, it } from 'vitest';
import { checkEdit } from '../changes';
import { applyEdits, emptyTables, rowsOf } from '../map/testing';
import { isReviewEdit } from './review-edits';
import { buildSnapshot, parseSnapshot } from './snapshot';
import { emptyRow } from '../schema/tables';
import { approvalEdits, approveEdits, requestChangesEdits } from './approval-edits';
import { commentEdits, resolveEdits } from './comment-edits';

describe('review edits', () => {
  const journey = { ...emptyRow('journeys', 'journey-001'), name: 'Buy a bike' };
  const content = buildSnapshot({
    journey,
    stages: [],
    touchpoints: [],
    transitions: [],
    messages: [],
    variants: [],
    channels: [],
    departments: [],
    personas: [],
    backstageSteps: [],
    backstageLinks: [],
    backstageHandoffs: [],
    systems: [],
  });

  it('approves in one batch: state, who, when, review date and a snapshot that reads back', () => {
    const edits = approveEdits(journey.id, 'Dana', '2030-06-01T12:00:00.000Z', content, 'snapshot-001');
    edits.forEach((e, i) => expect(() => checkEdit(e, i)).not.toThrow());
    // A viewer may make every one of them.
    expect(edits.every(isReviewEdit)).toBe(true);
    const tables = emptyTables();
    // The shared test tables predate snapshots.
    tables.snapshots = new Map();
    applyEdits(tables, edits);
    expect(rowsOf(tables, 'journeys')[0]).toMatchObject({
      approval: 'approved',
      approval_by: 'Dana',
      approval_at: '2030-06-01T12:00:00.000Z',
      last_reviewed_at: '2030-06-01T12:00:00.000Z',
    });
    const [snapshot] = rowsOf(tables, 'snapshots');
    expect(snapshot).toMatchObject({ journey_id: journey.id, taken_by: 'Dana' });
    expect(parseSnapshot(snapshot!.content)).toEqual({ ok: true, content });
  });

  it('sets other states without a snapshot, and comments as review edits', () => {
    const edits = approvalEdits(journey.id, 'changes_requested', 'Dana', '2030-06-02T12:00:00.000Z');
    expect(edits.map((e) => e.column)).toEqual(['approval', 'approval_by', 'approval_at', 'approval_note']);
    const comment = [
      ...commentEdits('cm-000000001-aaaaaaaaaaaa', 'touchpoints', 'tp-000001', null, 'Dana', '  Check the price  '),
      ...resolveEdits('cm-000000001-aaaaaaaaaaaa', true, 'Eli', '2030-06-02T13:00:00.000Z'),
    ];
    comment.forEach((e, i) => expect(() => checkEdit(e, i)).not.toThrow());
    expect([...edits, ...comment].every(isReviewEdit)).toBe(true);
    expect(rowsOf(applyEdits(emptyTables(), comment), 'comments')[0]).toMatchObject({
      body: 'Check the price',
      resolved: true,
      resolved_by: 'Eli',
      resolved_at: '2030-06-02T13:00:00.000Z',
      target_table: 'touchpoints',
    });
  });

  it('requests changes with the reason on the journey and as a thread, all of it a reviewer may write', () => {
    const edits = requestChangesEdits(
      journey.id,
      'Dana',
      '2030-06-01T12:00:00.000Z',
      '  Same price online. ',
      'c-0000001',
    );
    edits.forEach((e, i) => expect(() => checkEdit(e, i)).not.toThrow());
    expect(edits.every(isReviewEdit)).toBe(true);
    expect(edits).toContainEqual({
      table: 'journeys',
      row: journey.id,
      column: 'approval',
      value: 'changes_requested',
    });
    expect(edits).toContainEqual({
      table: 'journeys',
      row: journey.id,
      column: 'approval_note',
      value: 'Same price online.',
    });
    expect(edits).toContainEqual({ table: 'comments', row: 'c-0000001', column: 'body', value: 'Same price online.' });
    // Any other state clears the reason.
    expect(approvalEdits(journey.id, 'in_review', 'Dana', '2030-06-02T12:00:00.000Z')).toContainEqual({
      table: 'journeys',
      row: journey.id,
      column: 'approval_note',
      value: '',
    });
  });
});
