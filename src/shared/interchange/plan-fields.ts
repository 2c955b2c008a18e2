import type { RowFields } from '../schema/tables';
import type { KeyedItem } from './check';
import type { FileBackstage, FileOffMapBackstage, FileOffMapTouchpoint, FileTouchpoint } from './format';
import type { ResolvedCatalogue } from './plan-catalogue';
import type { ItemField, JourneyChanges, JourneyField } from './preview';

/** The rows a journey file's entries describe, and the names the preview gives their columns. */

export const JOURNEY_FIELDS: Record<string, JourneyField> = {
  name: 'name',
  description: 'description',
  owner: 'owner',
  persona_id: 'persona',
  lane_channel_ids: 'lanes',
  lane_department_ids: 'lanes',
};
export const ITEM_FIELDS: Record<string, ItemField> = {
  title: 'title',
  channel_id: 'channel',
  owner_department_id: 'owner',
  supporting_department_ids: 'supporting',
  emotion: 'emotion',
  customer_action: 'customer_action',
  company_response: 'company_response',
  thinks: 'thinks',
  feels: 'feels',
  says: 'says',
  pain_points: 'pain_points',
  kpi: 'kpi',
  back_channel: 'back_channel',
  knows_history: 'knows_history',
  notes: 'notes',
  department_id: 'department',
  description: 'description',
  system_ids: 'systems',
};

export function fieldsOf<F extends string>(columns: readonly string[], names: Record<string, F>): F[] {
  return [...new Set(columns.map((c) => names[c]).filter((f): f is F => f !== undefined))];
}

export function distinctIds(names: readonly string[] | undefined, find: (name: string) => string | null): string[] {
  return [...new Set((names ?? []).map(find).filter((id): id is string => id !== null))];
}

export function emptyChanges(mode: 'new' | 'update', journeyId: string, name: string): JourneyChanges {
  return {
    mode,
    journeyId,
    name,
    previousName: null,
    fields: [],
    stages: { added: [], removed: [], renamed: [], reordered: false },
    touchpoints: { added: [], removed: [], changed: [], moved: [] },
    backstage: { added: [], removed: [], changed: [], moved: [] },
    transitions: { added: 0, removed: 0, changed: 0 },
    handoffs: { added: 0, removed: 0, changed: 0 },
    messages: { added: 0, removed: 0, changed: 0 },
    totals: { stages: 0, touchpoints: 0, backstage: 0, transitions: 0, handoffs: 0 },
  };
}

export function touchpointFields(
  tp: FileTouchpoint | FileOffMapTouchpoint,
  journeyId: string,
  cat: ResolvedCatalogue,
): RowFields<'touchpoints'> {
  return {
    journey_id: journeyId,
    channel_id: cat.channel(tp.channel),
    title: tp.title,
    customer_action: tp.customer_action ?? '',
    company_response: tp.company_response ?? '',
    owner_department_id: cat.department(tp.owner),
    supporting_department_ids: distinctIds(tp.supporting, cat.department),
    emotion: tp.emotion ?? 0,
    kpi: tp.kpi ?? '',
    back_channel: tp.back_channel ?? false,
    knows_history: tp.knows_history ?? false,
    notes: tp.notes ?? '',
    thinks: tp.thinks ?? '',
    feels: tp.feels ?? '',
    says: tp.says ?? '',
    pain_points: tp.pain_points ?? '',
    archived: false,
  };
}

export function offMapTouchpointFields(
  t: KeyedItem<FileOffMapTouchpoint>,
  journeyId: string,
  cat: ResolvedCatalogue,
  stageIdOf: ReadonlyMap<string, string>,
): RowFields<'touchpoints'> {
  return {
    ...touchpointFields(t.item, journeyId, cat),
    stage_id: t.item.stage === undefined ? null : (stageIdOf.get(t.item.stage) ?? null),
  };
}

export function backstageFields(
  b: FileBackstage | FileOffMapBackstage,
  journeyId: string,
  cat: ResolvedCatalogue,
): RowFields<'backstage_steps'> {
  return {
    journey_id: journeyId,
    department_id: cat.department(b.department),
    title: b.title,
    description: b.description ?? '',
    system_ids: distinctIds(b.systems, cat.system),
    archived: false,
  };
}
