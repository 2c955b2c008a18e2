import { describe, expect, it } from 'vitest';
import { checkEdit } from '../../../shared/changes';
import { applyEdits, defaultCatalogue, emptyTables, idMaker, rowsOf } from '../../../shared/map/testing';
import { buildFromTemplate, JOURNEY_TEMPLATES } from '../../../shared/templates';
import { duplicateJourneyEdits } from '../../../shared/journey/duplicate-journey';
import { reviewStatus } from './review-status';

describe('review status', () => {
  const now = Date.parse('2030-06-30T12:00:00Z');
  it('is current within the interval, overdue after it, never without a date', () => {
    expect(reviewStatus('2030-06-01T12:00:00Z', 90, now)).toEqual({ state: 'current', days: 29 });
    expect(reviewStatus('2030-01-01T00:00:00Z', 90, now)).toEqual({ state: 'overdue', days: 180 });
    expect(reviewStatus('2030-04-01T12:00:00Z', 90, now)).toEqual({ state: 'current', days: 90 });
    expect(reviewStatus(null, 90, now)).toEqual({ state: 'never', days: null });
    expect(reviewStatus('not a date', 90, now).state).toBe('never');
  });
});

describe('duplicating a journey', () => {
  it('copies persona, stages, touchpoints and transitions with new ids, pointing at each other', () => {
    const { departments, channels } = defaultCatalogue('en');
    const made = buildFromTemplate(JOURNEY_TEMPLATES[3]!, {
      language: 'en',
      departments,
      channels,
      makeId: idMaker('orig'),
    });
    const tables = applyEdits(emptyTables(), made.edits);
    // An approved original: the copy starts as a draft, with nobody's approval on it.
    const journey = {
      ...rowsOf(tables, 'journeys')[0]!,
      approval: 'approved' as const,
      approval_by: 'Dana',
      approval_at: '2030-06-01T12:00:00.000Z',
    };
    const copy = duplicateJourneyEdits(
      {
        journey,
        persona: rowsOf(tables, 'personas')[0],
        stages: rowsOf(tables, 'stages'),
        touchpoints: rowsOf(tables, 'touchpoints'),
        transitions: rowsOf(tables, 'transitions'),
      },
      'Copy of it',
      idMaker('copy'),
    );
    copy.edits.forEach((e, i) => expect(() => checkEdit(e, i)).not.toThrow());
    applyEdits(tables, copy.edits);
    const copied = (t: { id: string }) => t.id.startsWith('copy-');
    const stages = rowsOf(tables, 'stages').filter(copied);
    const touchpoints = rowsOf(tables, 'touchpoints').filter(copied);
    const transitions = rowsOf(tables, 'transitions').filter(copied);
    expect(stages).toHaveLength(JOURNEY_TEMPLATES[3]!.stages.length);
    expect(touchpoints).toHaveLength(JOURNEY_TEMPLATES[3]!.touchpoints.length);
    expect(transitions).toHaveLength(JOURNEY_TEMPLATES[3]!.transitions.length);
    const stageIds = new Set(stages.map((s) => s.id));
    const tpIds = new Set(touchpoints.map((t) => t.id));
    expect(touchpoints.every((t) => t.journey_id === copy.id && stageIds.has(t.stage_id!))).toBe(true);
    expect(transitions.every((t) => tpIds.has(t.from_touchpoint_id!) && tpIds.has(t.to_touchpoint_id!))).toBe(true);
    const newJourney = rowsOf(tables, 'journeys').find((j) => j.id === copy.id)!;
    expect(newJourney.name).toBe('Copy of it');
    expect(newJourney.persona_id).not.toBe(journey.persona_id);
    expect(newJourney.last_reviewed_at).toBeNull();
    expect(newJourney).toMatchObject({ approval: 'draft', approval_by: '', approval_at: null });
    expect(
      copy.edits.some((e) => e.row === copy.id && (e.column === 'approval_by' || e.column === 'approval_at')),
    ).toBe(false);
    // The original is untouched.
    expect(rowsOf(tables, 'touchpoints').filter((t) => t.journey_id === journey.id)).toHaveLength(touchpoints.length);
  });
});
