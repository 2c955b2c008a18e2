import type { JourneySlice } from '../journey/slice';
import type { BackstageStep, Persona, Touchpoint } from '../schema/tables';
import type { CheckedFile } from './check';
import type { FileBackstage } from './format';
import { orderKeys } from './order-keys';
import type { ResolvedCatalogue } from './plan-catalogue';
import { planLinks } from './plan-links';
import { sameValue, type EditList } from './plan-rows';
import type { ChangedItem, ItemField, JourneyChanges } from './preview';
import {
  backstageFields,
  distinctIds,
  emptyChanges,
  fieldsOf,
  ITEM_FIELDS,
  JOURNEY_FIELDS,
  offMapTouchpointFields,
  touchpointFields,
} from './plan-fields';
import type { FileRefs } from './to-file';

/**
 * One journey of a file against the journey it updates (or none): the rows
 * the file describes, written as the difference to what there is. Stages,
 * touchpoints and backstage steps are matched by key; steps are placed with
 * as few new keys as the file's order allows (order-keys.ts).
 */

export interface CurrentJourney {
  slice: JourneySlice;
  refs: FileRefs;
}

export interface JourneyPlanArgs {
  checked: CheckedFile;
  journeyId: string;
  current: CurrentJourney | null;
  catalogue: ResolvedCatalogue;
  personas: readonly Persona[];
  edits: EditList;
  makeId: () => string;
  salt: string;
}

function planPersona(args: JourneyPlanArgs, changes: JourneyChanges): string | null {
  const { checked, current, catalogue: cat, edits } = args;
  const p = checked.file.journey.persona;
  if (!p) return null;
  const desired = {
    name: p.name,
    description: p.description ?? '',
    goals: p.goals ?? '',
    preferred_channel_ids: distinctIds(p.preferred_channels, cat.channel),
  };
  const mine = current?.slice.persona;
  if (mine) {
    if (edits.sync('personas', mine.id, mine, desired).length > 0) changes.fields.push('persona');
    return mine.id;
  }
  // A persona the workspace has already, word for word, is the same persona.
  const same = args.personas.find(
    (x) =>
      !x.tombstone &&
      x.name === desired.name &&
      x.description === desired.description &&
      x.goals === desired.goals &&
      sameValue(x.preferred_channel_ids, desired.preferred_channel_ids),
  );
  if (same) return same.id;
  const id = args.makeId();
  edits.sync('personas', id, undefined, desired);
  return id;
}

type Member = { kind: 'touchpoint' | 'backstage'; id: string };

export function planJourney(args: JourneyPlanArgs): JourneyChanges {
  const { checked, current, catalogue: cat, edits, makeId, journeyId, salt } = args;
  const file = checked.file;
  const slice = current?.slice;
  const changes = emptyChanges(current ? 'update' : 'new', journeyId, file.journey.name);
  changes.previousName = slice ? slice.journey.name : null;

  const personaId = planPersona(args, changes);
  const journeyColumns = edits.sync('journeys', journeyId, slice?.journey, {
    name: file.journey.name,
    description: file.journey.description ?? '',
    owner: file.journey.owner ?? '',
    persona_id: personaId,
    lane_channel_ids: distinctIds(file.journey.lanes?.channels, cat.channel),
    lane_department_ids: distinctIds(file.journey.lanes?.departments, cat.department),
  });
  if (slice)
    changes.fields.push(...fieldsOf(journeyColumns, JOURNEY_FIELDS).filter((f) => !changes.fields.includes(f)));

  // Stages, matched by key, in the file's order.
  const stages = file.stages ?? [];
  const stageIds = checked.stageKeys.map((key) => current?.refs.stages.get(key) ?? makeId());
  const currentStage = new Map((slice?.stages ?? []).map((s) => [s.id, s]));
  const stageOrder = orderKeys(
    stageIds.map((id) => currentStage.get(id)?.sort_key ?? null),
    salt,
  );
  stages.forEach((s, i) => {
    const id = stageIds[i]!;
    const cur = currentStage.get(id);
    const written = edits.sync('stages', id, cur, {
      journey_id: journeyId,
      name: s.name,
      sort_key: stageOrder.keys[i]!,
    });
    if (!cur) changes.stages.added.push(s.name);
    else {
      if (written.includes('name')) changes.stages.renamed.push({ from: cur.name, to: s.name });
      if (!stageOrder.kept[i]) changes.stages.reordered = true;
    }
  });
  const keptStages = new Set(stageIds);
  for (const [, id] of current?.refs.stages ?? []) {
    if (keptStages.has(id)) continue;
    edits.set('stages', id, 'tombstone', true);
    changes.stages.removed.push(currentStage.get(id)?.name ?? '');
  }
  const stageIdOf = new Map(checked.stageKeys.map((key, i) => [key, stageIds[i]!]));

  // Row ids: matched by key, or new.
  const onMap = checked.steps.flat();
  const touchpointIds = new Map<string, string>();
  const backstageIds = new Map<string, string>();
  for (const t of [...onMap.flatMap((s) => s.touchpoints), ...checked.offMapTouchpoints])
    touchpointIds.set(t.key, current?.refs.touchpoints.get(t.key) ?? makeId());
  for (const b of [...onMap.flatMap((s) => s.backstage), ...checked.offMapBackstage])
    backstageIds.set(b.key, current?.refs.backstage.get(b.key) ?? makeId());
  const currentTouchpoint = new Map<string, Touchpoint>();
  for (const tp of [...(slice?.touchpoints ?? []), ...(slice?.orphans ?? [])]) currentTouchpoint.set(tp.id, tp);
  const currentBackstage: ReadonlyMap<string, BackstageStep> = slice?.backstage.byId ?? new Map();
  const serves = (b: FileBackstage) => (b.serves ?? []).length > 0;

  // Changed items by key: fields of the row, and later their messages and links.
  const titles = new Map<string, string>();
  for (const t of [...onMap.flatMap((s) => s.touchpoints), ...checked.offMapTouchpoints])
    titles.set(t.key, t.item.title);
  for (const b of [...onMap.flatMap((s) => s.backstage), ...checked.offMapBackstage]) titles.set(b.key, b.item.title);
  const changed = { touchpoint: new Map<string, ChangedItem>(), backstage: new Map<string, ChangedItem>() };
  const mark = (kind: 'touchpoint' | 'backstage', key: string, field: ItemField) => {
    let entry = changed[kind].get(key);
    if (!entry) changed[kind].set(key, (entry = { title: titles.get(key) ?? key, fields: [] }));
    if (!entry.fields.includes(field)) entry.fields.push(field);
  };
  const itemChange = (
    kind: 'touchpoint' | 'backstage',
    key: string,
    title: string,
    cur: object | undefined,
    written: readonly string[],
  ) => {
    if (!cur) changes[kind === 'touchpoint' ? 'touchpoints' : 'backstage'].added.push(title);
    else for (const f of fieldsOf(written, ITEM_FIELDS)) mark(kind, key, f);
  };

  checked.steps.forEach((steps, si) => {
    const stageId = stageIds[si]!;
    // Touchpoints and unlinked backstage steps share the step's key; linked ones follow what they serve.
    const members: Member[][] = steps.map((step) => [
      ...step.touchpoints.map((t) => ({ kind: 'touchpoint' as const, id: touchpointIds.get(t.key)! })),
      ...step.backstage
        .filter((b) => !serves(b.item))
        .map((b) => ({ kind: 'backstage' as const, id: backstageIds.get(b.key)! })),
    ]);
    const candidates = members.map((list) => {
      for (const m of list) {
        const step = slice?.stepOf.get(m.id);
        if (step && step.stageId === stageId) return step.key;
      }
      return null;
    });
    const stepKeys = orderKeys(candidates, salt).keys;

    steps.forEach((step, j) => {
      const stepKey = stepKeys[j]!;
      const alone = members[j]!.length === 1;
      const sortKeys = groupSortKeys(
        step.touchpoints,
        (t) => cat.channel(t.item.channel) ?? '',
        (t) => currentTouchpoint.get(touchpointIds.get(t.key)!)?.sort_key ?? null,
        salt,
      );
      step.touchpoints.forEach((t, k) => {
        const id = touchpointIds.get(t.key)!;
        const cur = currentTouchpoint.get(id);
        const desired = touchpointFields(t.item, journeyId, cat);
        desired.stage_id = stageId;
        desired.sort_key = sortKeys[k]!;
        const was = slice?.stepOf.get(id);
        // A row not yet placed in time stays so while its derived key is this step's key (nothing moved).
        const keepUnplaced =
          cur !== undefined &&
          alone &&
          cur.step_key === '' &&
          was?.key === stepKey &&
          cur.stage_id === stageId &&
          cur.channel_id === desired.channel_id &&
          cur.sort_key === desired.sort_key;
        desired.step_key = keepUnplaced ? '' : stepKey;
        const written = edits.sync('touchpoints', id, cur, desired);
        itemChange('touchpoint', t.key, t.item.title, cur, written);
        if (cur && was && (was.stageId !== stageId || was.key !== stepKey))
          changes.touchpoints.moved.push(t.item.title);
        else if (cur && !was) changes.touchpoints.moved.push(t.item.title); // from off the map onto it
      });

      const backstageSort = groupSortKeys(
        step.backstage,
        (b) => cat.department(b.item.department) ?? '',
        (b) => currentBackstage.get(backstageIds.get(b.key)!)?.sort_key ?? null,
        salt,
      );
      step.backstage.forEach((b, k) => {
        const id = backstageIds.get(b.key)!;
        const cur = currentBackstage.get(id);
        const desired = backstageFields(b.item, journeyId, cat);
        desired.sort_key = backstageSort[k]!;
        const was = slice?.stepOf.get(id);
        if (!serves(b.item)) {
          const keepUnplaced =
            cur !== undefined &&
            alone &&
            cur.step_key === '' &&
            was?.key === stepKey &&
            cur.stage_id === stageId &&
            cur.sort_key === desired.sort_key;
          desired.stage_id = stageId;
          desired.step_key = keepUnplaced ? '' : stepKey;
        } else if (!cur) {
          desired.stage_id = stageId;
          desired.step_key = stepKey;
        }
        const written = edits.sync('backstage_steps', id, cur, desired);
        itemChange('backstage', b.key, b.item.title, cur, written);
        if (cur && !serves(b.item) && was && (was.stageId !== stageId || was.key !== stepKey))
          changes.backstage.moved.push(b.item.title);
      });
    });
  });

  for (const t of checked.offMapTouchpoints) {
    const id = touchpointIds.get(t.key)!;
    const cur = currentTouchpoint.get(id);
    const desired = offMapTouchpointFields(t, journeyId, cat, stageIdOf);
    const written = edits.sync('touchpoints', id, cur, desired);
    itemChange('touchpoint', t.key, t.item.title, cur, written);
  }
  for (const b of checked.offMapBackstage) {
    const id = backstageIds.get(b.key)!;
    const cur = currentBackstage.get(id);
    const desired = backstageFields(b.item, journeyId, cat);
    if (!cur) {
      desired.stage_id = null;
      desired.step_key = '';
    }
    const written = edits.sync('backstage_steps', id, cur, desired);
    itemChange('backstage', b.key, b.item.title, cur, written);
  }

  // Touchpoints and backstage steps the file no longer has are archived, as deleting one on the map does.
  const keptTouchpoints = new Set(touchpointIds.values());
  for (const [, id] of current?.refs.touchpoints ?? []) {
    if (keptTouchpoints.has(id)) continue;
    edits.set('touchpoints', id, 'archived', true);
    changes.touchpoints.removed.push(currentTouchpoint.get(id)?.title ?? '');
  }
  const keptBackstage = new Set(backstageIds.values());
  for (const [, id] of current?.refs.backstage ?? []) {
    if (keptBackstage.has(id)) continue;
    edits.set('backstage_steps', id, 'archived', true);
    changes.backstage.removed.push(currentBackstage.get(id)?.title ?? '');
  }

  planLinks({ ...args, changes, stageIdOf, touchpointIds, backstageIds, mark });
  changes.touchpoints.changed = [...changed.touchpoint.values()];
  changes.backstage.changed = [...changed.backstage.values()];

  changes.totals = {
    stages: stages.length,
    touchpoints: onMap.reduce((n, s) => n + s.touchpoints.length, 0),
    backstage: onMap.reduce((n, s) => n + s.backstage.length, 0) + checked.offMapBackstage.length,
    transitions: file.transitions?.length ?? 0,
    handoffs: file.handoffs?.length ?? 0,
  };
  return changes;
}

/** Sort keys in file order within each group (same channel, or same department), keeping what it can. */
function groupSortKeys<T>(
  items: readonly T[],
  groupOf: (item: T) => string,
  currentKey: (item: T) => string | null,
  salt: string,
): string[] {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const g = groupOf(item);
    const list = groups.get(g);
    if (list) list.push(i);
    else groups.set(g, [i]);
  });
  const out = new Array<string>(items.length);
  for (const indices of groups.values()) {
    const { keys } = orderKeys(
      indices.map((i) => currentKey(items[i]!)),
      salt,
    );
    indices.forEach((i, n) => (out[i] = keys[n]!));
  }
  return out;
}
