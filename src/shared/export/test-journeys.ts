import { keysBetween } from '../ordering';
import { applyEdits, defaultCatalogue, emptyTables, idMaker, rowsOf } from '../map/testing';
import { emptyRow } from '../schema/tables';
import { buildFromTemplate, JOURNEY_TEMPLATES } from '../templates';
import type { JourneyExportInput, JourneyLabels } from './journey-data';

/** Test data for the export layouts. Used by tests only. */

export const LABELS_EN: JourneyLabels = {
  language: 'en',
  kind: 'Customer journey',
  persona: 'Persona',
  date: '23 November 2026',
  page: 'Page {page} of {pages}',
  noChannel: 'No channel',
  noOwner: 'No owner',
  untitled: 'Untitled',
  unnamedStage: 'Unnamed stage',
  continued: '(continued)',
  backChannel: 'Back channel',
  knowsHistory: 'Knows earlier activity',
  emotion: 'Emotion',
  legend: 'Legend',
  departments: 'Departments',
  handoffs: 'Hand-offs that lose context',
  noHandoffs: 'None',
  empty: 'No touchpoints yet.',
};

export function templateJourney(language: 'de' | 'en' = 'de', index = 0): JourneyExportInput {
  const { departments, channels } = defaultCatalogue(language);
  const result = buildFromTemplate(JOURNEY_TEMPLATES[index]!, {
    language,
    departments,
    channels,
    makeId: idMaker('t'),
  });
  const tables = applyEdits(emptyTables(), result.edits);
  return {
    journey: rowsOf(tables, 'journeys')[0]!,
    persona: rowsOf(tables, 'personas')[0] ?? null,
    stages: rowsOf(tables, 'stages'),
    touchpoints: rowsOf(tables, 'touchpoints'),
    transitions: rowsOf(tables, 'transitions'),
    channels,
    departments,
  };
}

/** A journey of `count` touchpoints ("TP 1"…) over `stageCount` stages and every default channel, a chain of hand-offs. */
export function bigJourney(count: number, stageCount = 7, crowd = false): JourneyExportInput {
  const { departments, channels } = defaultCatalogue('en');
  const journey = { ...emptyRow('journeys', 'j-1'), name: `Big journey ${count}` };
  const stageKeys = keysBetween(null, null, stageCount);
  const stages = stageKeys.map((k, i) => ({
    ...emptyRow('stages', `s-${i}`),
    journey_id: journey.id,
    name: `Stage ${i + 1}`,
    sort_key: k,
  }));
  const tpKeys = keysBetween(null, null, count);
  const touchpoints = tpKeys.map((k, i) => ({
    ...emptyRow('touchpoints', `tp-${String(i).padStart(4, '0')}`),
    journey_id: journey.id,
    // In stage order, so the first and last titles are in the first and last stage.
    stage_id: stages[Math.floor((i * stageCount) / count)]!.id,
    channel_id: crowd ? channels[0]!.id : channels[i % channels.length]!.id,
    owner_department_id: i % 5 === 0 ? null : departments[i % departments.length]!.id,
    title: `TP ${i + 1}`,
    emotion: (i % 5) - 2,
    back_channel: i % 2 === 0,
    knows_history: i % 3 === 0,
    sort_key: k,
  }));
  const transitions = touchpoints.slice(1).map((tp, i) => ({
    ...emptyRow('transitions', `tr-${i}`),
    journey_id: journey.id,
    from_touchpoint_id: touchpoints[i]!.id,
    to_touchpoint_id: tp.id,
    carries_context: i % 4 !== 0,
  }));
  return { journey, persona: null, stages, touchpoints, transitions, channels, departments };
}
