import type { FieldEdit } from '../changes';
import type { Language } from '../default-catalogue';
import type { JourneyRows } from '../journey/rows';
import { applyEdits, defaultCatalogue, emptyTables, idMaker, rowsOf, type Tables } from '../map/testing';
import { emptyRow } from '../schema/tables';
import { buildFromTemplate, type JourneyTemplate } from '../templates';
import { journeyFixture, JOURNEY } from '../journey/testing';
import type { CatalogueState } from './plan-catalogue';

/** Tests only: a workspace in memory (rows as the write path would make them), with a default catalogue. */

export interface MemoryWorkspace {
  tables: Tables;
  apply(edits: readonly FieldEdit[]): void;
  rows(journeyId: string): JourneyRows;
  state(): CatalogueState & { personas: ReturnType<typeof rowsOf<'personas'>> };
  journeyIds(): string[];
}

export function memoryWorkspace(language: Language = 'en', catalogue = true): MemoryWorkspace {
  const tables = emptyTables();
  if (catalogue) {
    const { departments, channels } = defaultCatalogue(language);
    for (const d of departments) tables.departments.set(d.id, d);
    for (const c of channels) tables.channels.set(c.id, c);
  }
  return workspaceOf(tables);
}

export function workspaceOf(tables: Tables): MemoryWorkspace {
  return {
    tables,
    apply: (edits) => void applyEdits(tables, edits),
    rows(journeyId) {
      const journey = tables.journeys.get(journeyId) ?? emptyRow('journeys', journeyId);
      const persona = journey.persona_id ? (tables.personas.get(journey.persona_id) ?? null) : null;
      return {
        journey,
        persona,
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
    },
    state: () => ({
      channels: rowsOf(tables, 'channels'),
      departments: rowsOf(tables, 'departments'),
      systems: rowsOf(tables, 'support_systems'),
      facts: rowsOf(tables, 'facts'),
      personas: rowsOf(tables, 'personas'),
    }),
    journeyIds: () =>
      rowsOf(tables, 'journeys')
        .filter((j) => !j.tombstone)
        .map((j) => j.id),
  };
}

/** A template journey in a fresh memory workspace; returns its id. */
export function templateWorkspace(template: JourneyTemplate, language: Language = 'en') {
  const ws = memoryWorkspace(language);
  const state = ws.state();
  const built = buildFromTemplate(template, {
    language,
    departments: state.departments,
    channels: state.channels,
    makeId: idMaker(`${template.id}-${language}`.replace(/[^A-Za-z0-9]/g, '')),
  });
  ws.apply(built.edits);
  return { ws, journeyId: built.journeyId };
}

export { idMaker };

/**
 * A journey with everything a file carries: parallel steps, a step not yet
 * placed in time, backstage steps (linked, unlinked, without a stage) with
 * systems and hand-offs, transitions, an off-map touchpoint, messages of a
 * touchpoint, a stage and the journey with conditional variants, facts, a
 * persona and opened lanes.
 */
export function richJourney(): { ws: MemoryWorkspace; journeyId: string } {
  const f = journeyFixture({
    stages: 3,
    channels: 3,
    departments: 3,
    touchpoints: [
      '0/0/V:Ad seen',
      '0/1/V:Search',
      '0/0/a:Newsletter',
      '1/2/-:Hotline',
      '1/0/-:Shop visit',
      '2/1/V:Review',
    ],
    emotions: { 'Ad seen': 1, Hotline: -2 },
    owners: { 'Ad seen': 0, Search: 1, Hotline: 2 },
    backstage: ['1:Check stock>Hotline,Shop visit', '2:Open ticket>Hotline', '0:Plan campaign@0/b'],
    transitions: [
      ['Ad seen', 'Search', true],
      ['Search', 'Hotline'],
    ],
    handoffs: [['Check stock', 'Open ticket', true]],
  });
  const e = (table: FieldEdit['table'], row: string, fields: Record<string, FieldEdit['value']>): FieldEdit[] =>
    Object.entries(fields).map(([column, value]) => ({ table, row, column, value }));
  f.apply([
    ...e('support_systems', 'system-0001', { name: 'CRM', kind: 'crm', sort_key: 'V' }),
    ...e('support_systems', 'system-0002', { name: 'Warehouse', kind: 'warehouse', sort_key: 'k' }),
    ...e('backstage_steps', f.id('Check stock'), {
      system_ids: ['system-0002', 'system-0001'],
      description: 'Two lines\nof text',
    }),
    ...e('backstage_steps', 'bs-unplaced', { journey_id: JOURNEY, title: 'Nowhere yet', department_id: 'dept-00001' }),
    ...e('touchpoints', 'tp-orphan01', {
      journey_id: JOURNEY,
      stage_id: 'stage-0001',
      title: 'No channel yet',
      kpi: 'x',
    }),
    ...e('touchpoints', f.id('Search'), {
      thinks: 'Is it in stock?',
      feels: 'curious',
      says: '"Where is it?"',
      pain_points: '- slow filter\n- no stock shown',
      back_channel: true,
      knows_history: true,
      supporting_department_ids: ['dept-00002', 'dept-00000'],
      notes: '=HYPERLINK("x")',
    }),
    ...e('personas', 'persona-0001', {
      name: 'Eva',
      description: 'Rides to work',
      goals: 'Fast',
      preferred_channel_ids: ['chan-00001'],
    }),
    ...e('journeys', JOURNEY, {
      persona_id: 'persona-0001',
      description: 'All of it',
      owner: 'Mia',
      lane_channel_ids: ['chan-00002'],
      lane_department_ids: ['dept-00002'],
    }),
    ...e('facts', 'fact-00001', { key: 'price', label: 'Price', value: '49 €' }),
    ...e('facts', 'fact-00002', { key: 'unused', label: 'Unused', value: '1' }),
    ...e('messages', 'msg-tp-0001', {
      journey_id: JOURNEY,
      stage_id: 'stage-0000',
      touchpoint_id: f.id('Ad seen'),
      headline: 'Only {{price}}',
      body: 'Body',
    }),
    ...e('variants', 'var-00001', { message_id: 'msg-tp-0001', channel_id: 'chan-00000', headline: 'Default' }),
    ...e('variants', 'var-00002', {
      message_id: 'msg-tp-0001',
      channel_id: 'chan-00000',
      headline: 'After a click',
      condition: { event: 'newsletter_clicked', channelId: 'chan-00001' },
      precedence: 1,
    }),
    ...e('variants', 'var-00003', {
      message_id: 'msg-tp-0001',
      channel_id: 'chan-00002',
      subject: 'Hi',
      preheader: 'Pre',
      cta: 'Buy',
    }),
    ...e('messages', 'msg-stage-01', { journey_id: JOURNEY, stage_id: 'stage-0001', body: 'Stage message' }),
    ...e('messages', 'msg-journey1', { journey_id: JOURNEY, headline: 'Journey message' }),
  ]);
  return { ws: workspaceOf(f.tables), journeyId: JOURNEY };
}
