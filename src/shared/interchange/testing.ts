import type { FieldEdit } from '../changes';
import type { Language } from '../default-catalogue';
import type { JourneyRows } from '../journey/rows';
import { applyEdits, defaultCatalogue, emptyTables, idMaker, rowsOf, type Tables } from '../map/testing';
import { emptyRow } from '../schema/tables';
import { buildFromTemplate, type JourneyTemplate } from '../templates';
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
