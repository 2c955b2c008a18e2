import { buildJourneySlice, type JourneySlice } from '../journey';
import type { JourneyRows } from '../journey/rows';
import { keysBetween } from '../ordering';
import { applyEdits, defaultCatalogue, emptyTables, idMaker, rowsOf, type Tables } from '../map/testing';
import { emptyRow } from '../schema/tables';
import { buildFromTemplate, JOURNEY_TEMPLATES } from '../templates';
import type { JourneyLabels } from './journey-data';

/** Test data for the export layouts and writers. Used by tests and the benchmark only. */

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
  step: 'Step',
  voice: 'Thinks, feels, says',
  curve: 'Emotion over time',
  lowest: 'Lowest',
  highest: 'Highest',
  curveRange: 'Range of parallel touchpoints',
  lineOfVisibility: 'Line of visibility',
  backstage: 'Backstage',
  noDepartment: 'No department',
  systems: 'Systems',
  carried: 'Hand-off that carries context',
  keyMessages: 'Key messages',
  stageMessage: 'For the whole stage',
  unknownFacts: 'Unknown facts: {keys}',
};

function rowsFrom(tables: Tables): JourneyRows {
  return {
    journey: rowsOf(tables, 'journeys')[0]!,
    persona: rowsOf(tables, 'personas')[0] ?? null,
    stages: rowsOf(tables, 'stages'),
    touchpoints: rowsOf(tables, 'touchpoints'),
    transitions: rowsOf(tables, 'transitions'),
    backstageSteps: rowsOf(tables, 'backstage_steps'),
    backstageLinks: rowsOf(tables, 'backstage_links'),
    backstageHandoffs: rowsOf(tables, 'backstage_handoffs'),
    messages: rowsOf(tables, 'messages'),
    variants: rowsOf(tables, 'variants'),
    channels: rowsOf(tables, 'channels'),
    departments: rowsOf(tables, 'departments'),
    systems: rowsOf(tables, 'support_systems'),
  };
}

/** The rows of a journey made from template `index`, with the default catalogue of `language`. */
export function templateRows(language: 'de' | 'en' = 'de', index = 0): JourneyRows {
  const { departments, channels } = defaultCatalogue(language);
  const result = buildFromTemplate(JOURNEY_TEMPLATES[index]!, {
    language,
    departments,
    channels,
    makeId: idMaker('t'),
  });
  const tables = applyEdits(emptyTables(), result.edits);
  for (const c of channels) tables.channels.set(c.id, c);
  for (const d of departments) tables.departments.set(d.id, d);
  return rowsFrom(tables);
}

export function templateJourney(language: 'de' | 'en' = 'de', index = 0): JourneySlice {
  return buildJourneySlice(templateRows(language, index));
}

export interface BigJourneyOptions {
  /** Every touchpoint on the one first channel. */
  crowd?: boolean;
  /** Every n-th touchpoint shares the step of the one before (parallel). 0: none. */
  parallelEvery?: number;
  /** This many backstage steps, each serving a touchpoint, with a chain of hand-offs (every third loses context). */
  backstage?: number;
}

/**
 * A journey of `count` touchpoints ("TP 1"…) over `stageCount` stages and
 * every default channel, in time order by title, with a chain of hand-offs
 * (every fourth loses context).
 */
export function bigJourneyRows(count: number, stageCount = 7, options: BigJourneyOptions = {}): JourneyRows {
  const { departments, channels } = defaultCatalogue('en');
  const journey = { ...emptyRow('journeys', 'j-1'), name: `Big journey ${count}` };
  const stages = keysBetween(null, null, stageCount).map((k, i) => ({
    ...emptyRow('stages', `s-${i}`),
    journey_id: journey.id,
    name: `Stage ${i + 1}`,
    sort_key: k,
  }));
  const stepKeys = keysBetween(null, null, Math.max(1, count));
  const every = options.parallelEvery ?? 0;
  const touchpoints = stepKeys.slice(0, count).map((_, i) => {
    const stage = Math.floor((i * stageCount) / count);
    // A parallel touchpoint shares the key of the one before, when that one is in the same stage.
    const parallel = every > 0 && i % every === every - 1 && Math.floor(((i - 1) * stageCount) / count) === stage;
    return {
      ...emptyRow('touchpoints', `tp-${String(i).padStart(4, '0')}`),
      journey_id: journey.id,
      stage_id: stages[stage]!.id,
      channel_id: options.crowd ? channels[0]!.id : channels[i % channels.length]!.id,
      owner_department_id: i % 5 === 0 ? null : departments[i % departments.length]!.id,
      title: `TP ${i + 1}`,
      emotion: (i % 5) - 2,
      back_channel: i % 2 === 0,
      knows_history: i % 3 === 0,
      thinks: i % 4 === 0 ? `Thought ${i + 1}` : '',
      sort_key: 'V',
      step_key: stepKeys[parallel ? i - 1 : i]!,
    };
  });
  const transitions = touchpoints.slice(1).map((tp, i) => ({
    ...emptyRow('transitions', `tr-${String(i).padStart(4, '0')}`),
    journey_id: journey.id,
    from_touchpoint_id: touchpoints[i]!.id,
    to_touchpoint_id: tp.id,
    carries_context: i % 4 !== 0,
  }));
  const backstageCount = Math.min(options.backstage ?? 0, count);
  const backstageSteps = Array.from({ length: backstageCount }, (_, i) => ({
    ...emptyRow('backstage_steps', `bs-${String(i).padStart(4, '0')}`),
    journey_id: journey.id,
    department_id: departments[i % departments.length]!.id,
    title: `BS ${i + 1}`,
    sort_key: 'V',
  }));
  const backstageLinks = backstageSteps.map((b, i) => ({
    ...emptyRow('backstage_links', `bl-${String(i).padStart(4, '0')}`),
    journey_id: journey.id,
    backstage_step_id: b.id,
    touchpoint_id: touchpoints[Math.floor((i * count) / backstageCount)]!.id,
  }));
  const backstageHandoffs = backstageSteps.slice(1).map((b, i) => ({
    ...emptyRow('backstage_handoffs', `bh-${String(i).padStart(4, '0')}`),
    journey_id: journey.id,
    from_step_id: backstageSteps[i]!.id,
    to_step_id: b.id,
    carries_context: i % 3 !== 0,
  }));
  return {
    journey,
    persona: null,
    stages,
    touchpoints,
    transitions,
    backstageSteps,
    backstageLinks,
    backstageHandoffs,
    messages: [],
    variants: [],
    channels,
    departments,
    systems: [],
  };
}

export function bigJourney(count: number, stageCount = 7, options: BigJourneyOptions = {}): JourneySlice {
  return buildJourneySlice(bigJourneyRows(count, stageCount, options));
}

/** Titles that break naive writers: Mermaid keywords, its syntax characters, white space, quotes, emoji, scripts. */
export const HOSTILE_TITLES: readonly string[] = [
  'journey to the store',
  'Journey mapping workshop',
  'title: Checkout',
  'Title page review',
  'section 2 of the form',
  'Section A: Übergabe',
  'accTitle: hidden',
  'accDescr { leak',
  'Preis: 49 € # inkl. MwSt; sofort',
  '#1 Bestseller',
  '% Rabatt',
  '5%% off',
  '%%{init: {"theme": "dark"}}%%',
  'Line\nbreak\r\nand\ttab',
  '„Wo bleibt mein Paket?“ 📦🙂',
  "It's \"quoted\" 'twice'",
  ':',
  '   ',
  '👨‍👩‍👧 family, 🇩🇪 flag',
  '<b>html</b> & ampersand',
  '}%% closing',
  'Straße ist größer als ÄÖÜ — مرحبا',
];
