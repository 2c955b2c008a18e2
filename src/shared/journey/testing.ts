import type { FieldEdit } from '../changes';
import { keysBetween } from '../ordering';
import { applyEdits, emptyTables, rowsOf, type Tables } from '../map/testing';
import { emptyRow } from '../schema/tables';
import type { JourneyRows } from './rows';
import { buildJourneySlice, type JourneySlice } from './slice';

/**
 * A journey for tests, written compactly: touchpoints as
 * "stage/channel/step:title" ('-' for a step not yet placed in time), backstage
 * steps as "department:title>servedTitle,…" or "department:title@stage/step".
 * Ids are readable: tp-<title>, bs-<title>.
 */

export const JOURNEY = 'journey-0001';

export interface JourneyFixture {
  tables: Tables;
  rows(): JourneyRows;
  slice(): JourneySlice;
  id(title: string): string;
  /** Apply edits in order (later wins per field) and return the new slice. */
  apply(edits: readonly FieldEdit[]): JourneySlice;
}

export function journeyFixture(spec: {
  stages?: number;
  channels?: number;
  departments?: number;
  touchpoints?: readonly string[];
  emotions?: Record<string, number>;
  owners?: Record<string, number>;
  backstage?: readonly string[];
  transitions?: readonly [string, string, boolean?][];
  handoffs?: readonly [string, string, boolean?][];
}): JourneyFixture {
  const tables = emptyTables();
  const edits: FieldEdit[] = [];
  const set = (table: FieldEdit['table'], row: string, fields: Record<string, FieldEdit['value']>) => {
    for (const [column, value] of Object.entries(fields)) edits.push({ table, row, column, value });
  };
  set('journeys', JOURNEY, { name: 'Test journey' });
  const stageIds = keysBetween(null, null, spec.stages ?? 3).map((key, i) => {
    const id = `stage-000${i}`;
    set('stages', id, { journey_id: JOURNEY, name: `S${i}`, sort_key: key });
    return id;
  });
  const channelIds = keysBetween(null, null, spec.channels ?? 3).map((key, i) => {
    const id = `chan-0000${i}`;
    set('channels', id, { name: `C${i}`, sort_key: key });
    return id;
  });
  const departmentIds = keysBetween(null, null, spec.departments ?? 3).map((key, i) => {
    const id = `dept-0000${i}`;
    set('departments', id, { name: `D${i}`, sort_key: key });
    return id;
  });
  const ids = new Map<string, string>();
  const perCell = new Map<string, number>();
  for (const card of spec.touchpoints ?? []) {
    const [where, title] = card.split(':') as [string, string];
    const [s, c, step] = where.split('/') as [string, string, string];
    const id = `tp-${title.padStart(8, '0')}`;
    ids.set(title, id);
    const cell = `${s}/${c}/${step}`;
    const n = (perCell.get(cell) ?? 0) + 1;
    perCell.set(cell, n);
    set('touchpoints', id, {
      journey_id: JOURNEY,
      stage_id: stageIds[Number(s)]!,
      channel_id: channelIds[Number(c)]!,
      title,
      step_key: step === '-' ? '' : step,
      sort_key: keysBetween(null, null, 20)[n - 1]!,
      emotion: spec.emotions?.[title] ?? 0,
      owner_department_id: spec.owners?.[title] === undefined ? null : departmentIds[spec.owners[title]]!,
    });
  }
  let linkN = 0;
  for (const b of spec.backstage ?? []) {
    const [dept, rest] = b.split(':') as [string, string];
    const [title, serves] = rest.includes('>') ? (rest.split('>') as [string, string]) : [rest.split('@')[0]!, ''];
    const at = rest.includes('@') ? rest.split('@')[1]!.split('/') : null;
    const id = `bs-${title.padStart(8, '0')}`;
    ids.set(title, id);
    set('backstage_steps', id, {
      journey_id: JOURNEY,
      department_id: dept === '-' ? null : departmentIds[Number(dept)]!,
      title,
      stage_id: at ? stageIds[Number(at[0])]! : null,
      step_key: at && at[1] !== '-' ? at[1]! : '',
    });
    for (const served of serves ? serves.split(',') : []) {
      set('backstage_links', `link-${String((linkN += 1)).padStart(6, '0')}`, {
        journey_id: JOURNEY,
        backstage_step_id: id,
        touchpoint_id: ids.get(served)!,
      });
    }
  }
  (spec.transitions ?? []).forEach(([from, to, carries], i) =>
    set('transitions', `tr-${String(i).padStart(6, '0')}`, {
      journey_id: JOURNEY,
      from_touchpoint_id: ids.get(from)!,
      to_touchpoint_id: ids.get(to)!,
      carries_context: carries ?? false,
    }),
  );
  (spec.handoffs ?? []).forEach(([from, to, carries], i) =>
    set('backstage_handoffs', `ho-${String(i).padStart(6, '0')}`, {
      journey_id: JOURNEY,
      from_step_id: ids.get(from)!,
      to_step_id: ids.get(to)!,
      carries_context: carries ?? false,
    }),
  );
  applyEdits(tables, edits);

  const rows = (): JourneyRows => ({
    journey: tables.journeys.get(JOURNEY) ?? emptyRow('journeys', JOURNEY),
    persona: null,
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
  });
  return {
    tables,
    rows,
    slice: () => buildJourneySlice(rows()),
    id(title) {
      const found = ids.get(title);
      if (!found) throw new Error(`no row titled ${title}`);
      return found;
    },
    apply(more) {
      applyEdits(tables, more);
      return buildJourneySlice(rows());
    },
  };
}

/** Titles per step, as text: "S0: A | B+C" (parallel touchpoints joined by +). */
export function timeline(slice: JourneySlice): string {
  return slice.stages
    .map(
      (stage, i) =>
        `${stage.name}: ${slice.stepsByStage[i]!.map((step) => [...step.touchpoints.map((tp) => tp.title), ...step.backstage.map((b) => `[${b.title}]`)].join('+')).join(' | ')}`,
    )
    .join(' / ');
}
