import type { JourneySlice } from '../journey/slice';
import { placeholderKeys } from '../messages/placeholders';
import { byOrder } from '../ordering';
import type { BackstageStep, Fact, Message, Touchpoint, Variant } from '../schema/tables';
import {
  chosenFacts,
  compareText,
  linkEntry,
  messageOwner,
  pairKey,
  put,
  reorder,
  variantIdentity,
  type FileRefs,
  type WrittenFile,
} from './file-refs';
import {
  JOURNEY_FILE_FORMAT,
  JOURNEY_FILE_VERSION,
  type FileBackstage,
  type FileLink,
  type FileMessage,
  type FileOffMapTouchpoint,
  type FileStage,
  type FileTouchpoint,
  type FileVariant,
  type JourneyFile,
} from './format';
import { KeyMaker, slugify, uniqueNames } from './refs';

/**
 * A journey slice as the file model: the same stages, steps and touchpoints in
 * the same order as the map. Fields at their default are left out (a file
 * someone reads should show what was written, not forty empty lines), except
 * a touchpoint's title, channel and emotion, which every card has. Alongside
 * the file comes the map from its keys back to row ids, which the import uses
 * to match an updated file against the journey it came from.
 */

export function journeyToFile(slice: JourneySlice, facts: readonly Fact[]): WrittenFile {
  const channelRows = byOrder([...slice.channels.values()]);
  const channelNames = uniqueNames(
    channelRows,
    (c) => c.name,
    (c) => c.kind,
  );
  const channelRank = new Map(channelRows.map((c, i) => [c.id, i]));
  const departmentRows = byOrder([...slice.departments.values()]);
  const departmentNames = uniqueNames(
    departmentRows,
    (d) => d.name,
    () => 'department',
  );
  const systemRows = byOrder([...slice.systems.values()]);
  const systemNames = uniqueNames(
    systemRows,
    (s) => s.name,
    (s) => s.kind,
  );
  const usedChannels = new Set<string>();
  const usedDepartments = new Set<string>();
  const usedSystems = new Set<string>();
  const channelName = (id: string | null): string | undefined => {
    if (id === null || !channelNames.has(id)) return undefined;
    usedChannels.add(id);
    return channelNames.get(id);
  };
  const departmentName = (id: string | null): string | undefined => {
    if (id === null || !departmentNames.has(id)) return undefined;
    usedDepartments.add(id);
    return departmentNames.get(id);
  };
  const systemName = (id: string): string | undefined => {
    if (!systemNames.has(id)) return undefined;
    usedSystems.add(id);
    return systemNames.get(id);
  };
  const names = (ids: readonly string[], name: (id: string) => string | undefined): string[] =>
    ids.map(name).filter((n): n is string => n !== undefined);

  const refs: FileRefs = {
    stages: new Map(),
    touchpoints: new Map(),
    backstage: new Map(),
    transitions: new Map(),
    handoffs: new Map(),
    links: new Map(),
    messages: new Map(),
    variants: new Map(),
    personaId: slice.persona?.id ?? null,
    channelNames,
    departmentNames,
    systemNames,
  };

  // Keys first, in time order, so the first "Anruf" of the journey is "anruf" and a later one "anruf-2".
  const stageKeys = new KeyMaker();
  const stageKeyOf = new Map<string, string>();
  for (const stage of slice.stages) {
    const key = stageKeys.make(slugify(stage.name, 'stage'));
    stageKeyOf.set(stage.id, key);
    refs.stages.set(key, stage.id);
  }
  const itemKeys = new KeyMaker();
  const keyOf = new Map<string, string>();
  const keyFor = (row: { id: string; title: string }, fallback: string, into: Map<string, string>): string => {
    const key = itemKeys.make(slugify(row.title, fallback));
    keyOf.set(row.id, key);
    into.set(key, row.id);
    return key;
  };
  for (const step of slice.steps) {
    for (const tp of step.touchpoints) keyFor(tp, 'touchpoint', refs.touchpoints);
    for (const b of step.backstage) keyFor(b, 'backstage', refs.backstage);
  }
  for (const tp of slice.orphans) keyFor(tp, 'touchpoint', refs.touchpoints);
  for (const b of slice.backstage.unplaced) keyFor(b, 'backstage', refs.backstage);

  // Messages: a touchpoint's or stage's core message is the one with the lowest id, as the editor shows it.
  const coreMessages = new Map<string, Message>();
  const ownerOf = (m: Message): string | null => {
    if (m.touchpoint_id !== null) {
      const key = keyOf.get(m.touchpoint_id);
      return key ? messageOwner.touchpoint(key) : null;
    }
    if (m.stage_id !== null) {
      const key = stageKeyOf.get(m.stage_id);
      return key ? messageOwner.stage(key) : null;
    }
    return messageOwner.journey();
  };
  for (const m of slice.messages) {
    const owner = ownerOf(m);
    if (owner === null) continue;
    const seen = coreMessages.get(owner);
    if (!seen || m.id < seen.id) coreMessages.set(owner, m);
  }
  const variantsOf = new Map<string, Variant[]>();
  for (const v of slice.variants) {
    const list = variantsOf.get(v.message_id!);
    if (list) list.push(v);
    else variantsOf.set(v.message_id!, [v]);
  }
  const usedFactKeys = new Set<string>();
  const noteFacts = (...texts: (string | undefined)[]) => {
    for (const t of texts) if (t) for (const k of placeholderKeys(t)) usedFactKeys.add(k);
  };
  const messageFor = (owner: string): FileMessage | undefined => {
    const m = coreMessages.get(owner);
    if (!m) return undefined;
    refs.messages.set(owner, m.id);
    const out: FileMessage = {};
    put(out, 'headline', m.headline, m.headline === '');
    put(out, 'body', m.body, m.body === '');
    put(out, 'cta', m.cta, m.cta === '');
    noteFacts(m.headline, m.body, m.cta);
    const conditionKey = (v: Variant) =>
      v.condition ? `${v.condition.event}\u0001${v.condition.channelId ?? ''}` : '';
    const list = [...(variantsOf.get(m.id) ?? [])]
      .filter((v) => v.channel_id !== null && channelNames.has(v.channel_id))
      .sort(
        (a, b) =>
          channelRank.get(a.channel_id!)! - channelRank.get(b.channel_id!)! ||
          a.precedence - b.precedence ||
          compareText(conditionKey(a), conditionKey(b)) ||
          compareText(a.headline + a.body, b.headline + b.body) ||
          compareText(a.id, b.id),
      );
    if (list.length > 0) {
      const seen = new Map<string, number>();
      out.variants = list.map((v) => {
        const fv: FileVariant = { channel: channelName(v.channel_id)! };
        put(fv, 'subject', v.subject, v.subject === '');
        put(fv, 'preheader', v.preheader, v.preheader === '');
        put(fv, 'headline', v.headline, v.headline === '');
        put(fv, 'body', v.body, v.body === '');
        put(fv, 'cta', v.cta, v.cta === '');
        if (v.condition) {
          const c: NonNullable<FileVariant['condition']> = { event: v.condition.event };
          const on = channelName(v.condition.channelId);
          if (on !== undefined) c.channel = on;
          fv.condition = c;
        }
        put(fv, 'precedence', v.precedence, v.precedence === 0);
        noteFacts(v.subject, v.preheader, v.headline, v.body, v.cta);
        refs.variants.set(`${owner}\u0000${variantIdentity(fv, seen)}`, v.id);
        return fv;
      });
    }
    return out;
  };

  const touchpointEntry = (tp: Touchpoint): FileTouchpoint => {
    const key = keyOf.get(tp.id)!;
    const out: FileTouchpoint = { key, title: tp.title, channel: channelName(tp.channel_id) ?? '' };
    const owner = departmentName(tp.owner_department_id);
    if (owner !== undefined) out.owner = owner;
    const supporting = names(tp.supporting_department_ids, departmentName);
    put(out, 'supporting', supporting, supporting.length === 0);
    out.emotion = tp.emotion;
    put(out, 'customer_action', tp.customer_action, tp.customer_action === '');
    put(out, 'company_response', tp.company_response, tp.company_response === '');
    put(out, 'thinks', tp.thinks, tp.thinks === '');
    put(out, 'feels', tp.feels, tp.feels === '');
    put(out, 'says', tp.says, tp.says === '');
    put(out, 'pain_points', tp.pain_points, tp.pain_points === '');
    put(out, 'kpi', tp.kpi, tp.kpi === '');
    put(out, 'back_channel', true, !tp.back_channel);
    put(out, 'knows_history', true, !tp.knows_history);
    put(out, 'notes', tp.notes, tp.notes === '');
    const message = messageFor(messageOwner.touchpoint(key));
    if (message) out.message = message;
    return out;
  };

  // Every live link row between the two (the slice keeps one per pair; a removal must take all).
  const linkIds = new Map<string, string[]>();
  for (const l of slice.backstage.allLinks) {
    if (l.backstage_step_id === null || l.touchpoint_id === null) continue;
    const k = pairKey(l.backstage_step_id, l.touchpoint_id);
    const list = linkIds.get(k);
    if (list) list.push(l.id);
    else linkIds.set(k, [l.id]);
  }
  const backstageEntry = (b: BackstageStep, withServes: boolean): FileBackstage => {
    const out: FileBackstage = { key: keyOf.get(b.id)!, title: b.title };
    const department = departmentName(b.department_id);
    if (department !== undefined) out.department = department;
    put(out, 'description', b.description, b.description === '');
    const systems = names(b.system_ids, systemName);
    put(out, 'systems', systems, systems.length === 0);
    if (withServes) {
      const served = (slice.backstage.serves.get(b.id) ?? []).map((tp) => keyOf.get(tp.id)!);
      for (const tp of slice.backstage.serves.get(b.id) ?? [])
        refs.links.set(pairKey(out.key!, keyOf.get(tp.id)!), linkIds.get(pairKey(b.id, tp.id)) ?? []);
      put(out, 'serves', served, served.length === 0);
    }
    return out;
  };

  const stages: FileStage[] = slice.stages.map((stage, i) => {
    const key = stageKeyOf.get(stage.id)!;
    const out: FileStage = { key, name: stage.name };
    const message = messageFor(messageOwner.stage(key));
    if (message) out.message = message;
    const steps = slice.stepsByStage[i]!.map((step) => {
      const entry: { touchpoints?: FileTouchpoint[]; backstage?: FileBackstage[] } = {};
      if (step.touchpoints.length > 0) entry.touchpoints = step.touchpoints.map(touchpointEntry);
      if (step.backstage.length > 0) entry.backstage = step.backstage.map((b) => backstageEntry(b, true));
      return entry;
    });
    put(out, 'steps', steps, steps.length === 0);
    return out;
  });

  const transitions: FileLink[] = [];
  const timeIndex = new Map(slice.touchpoints.map((tp, i) => [tp.id, i]));
  const sortedTransitions = [...slice.transitions].sort(
    (a, b) =>
      timeIndex.get(a.from_touchpoint_id!)! - timeIndex.get(b.from_touchpoint_id!)! ||
      timeIndex.get(a.to_touchpoint_id!)! - timeIndex.get(b.to_touchpoint_id!)! ||
      compareText(a.id, b.id),
  );
  for (const t of sortedTransitions) {
    const from = keyOf.get(t.from_touchpoint_id!)!;
    const to = keyOf.get(t.to_touchpoint_id!)!;
    if (refs.transitions.has(pairKey(from, to))) continue; // the same transition made twice (two devices)
    refs.transitions.set(pairKey(from, to), t.id);
    transitions.push(linkEntry(from, to, t.carries_context, t.notes));
  }
  const handoffs: FileLink[] = [];
  const backstageIndex = new Map(slice.backstage.steps.map((b, i) => [b.id, i]));
  const sortedHandoffs = [...slice.backstage.handoffs].sort(
    (a, b) =>
      (backstageIndex.get(a.from_step_id!) ?? Infinity) - (backstageIndex.get(b.from_step_id!) ?? Infinity) ||
      (backstageIndex.get(a.to_step_id!) ?? Infinity) - (backstageIndex.get(b.to_step_id!) ?? Infinity) ||
      compareText(a.id, b.id),
  );
  for (const h of sortedHandoffs) {
    const from = keyOf.get(h.from_step_id!);
    const to = keyOf.get(h.to_step_id!);
    if (!from || !to || refs.handoffs.has(pairKey(from, to))) continue;
    refs.handoffs.set(pairKey(from, to), h.id);
    handoffs.push(linkEntry(from, to, h.carries_context, h.notes));
  }

  const offMapTouchpoints: FileOffMapTouchpoint[] = slice.orphans.map((tp) => {
    const { channel, ...rest } = touchpointEntry(tp);
    const out: FileOffMapTouchpoint = { ...rest };
    if (channel !== '') out.channel = channel;
    const stageKey = tp.stage_id === null ? undefined : stageKeyOf.get(tp.stage_id);
    if (stageKey !== undefined) out.stage = stageKey;
    return reorder(out, ['key', 'title', 'stage', 'channel']);
  });
  const offMapBackstage = slice.backstage.unplaced.map((b) => backstageEntry(b, false));

  const journeyMessage = messageFor(messageOwner.journey());
  const j = slice.journey;
  const persona = slice.persona;
  const journey: JourneyFile['journey'] = { id: j.id, name: j.name };
  put(journey, 'description', j.description, j.description === '');
  put(journey, 'owner', j.owner, j.owner === '');
  if (persona) {
    const p: NonNullable<JourneyFile['journey']['persona']> = { name: persona.name };
    put(p, 'description', persona.description, persona.description === '');
    put(p, 'goals', persona.goals, persona.goals === '');
    const preferred = names(persona.preferred_channel_ids, channelName);
    put(p, 'preferred_channels', preferred, preferred.length === 0);
    journey.persona = p;
  }
  const laneChannels = names(j.lane_channel_ids, channelName);
  const laneDepartments = names(j.lane_department_ids, departmentName);
  if (laneChannels.length > 0 || laneDepartments.length > 0) {
    const lanes: NonNullable<JourneyFile['journey']['lanes']> = {};
    put(lanes, 'channels', laneChannels, laneChannels.length === 0);
    put(lanes, 'departments', laneDepartments, laneDepartments.length === 0);
    journey.lanes = lanes;
  }
  if (journeyMessage) journey.message = journeyMessage;

  const file: JourneyFile = { format: JOURNEY_FILE_FORMAT, version: JOURNEY_FILE_VERSION, journey };
  const channels = channelRows
    .filter((c) => usedChannels.has(c.id))
    .map((c) => ({ name: channelNames.get(c.id)!, kind: c.kind }));
  put(file, 'channels', channels, channels.length === 0);
  const departments = departmentRows
    .filter((d) => usedDepartments.has(d.id))
    .map((d) => ({ name: departmentNames.get(d.id)!, color: d.color }));
  put(file, 'departments', departments, departments.length === 0);
  const systems = systemRows
    .filter((s) => usedSystems.has(s.id))
    .map((s) => {
      const out: NonNullable<JourneyFile['systems']>[number] = { name: systemNames.get(s.id)!, kind: s.kind };
      put(out, 'description', s.description, s.description === '');
      return out;
    });
  put(file, 'systems', systems, systems.length === 0);
  const factList = chosenFacts(facts, usedFactKeys);
  put(file, 'facts', factList, factList.length === 0);
  put(file, 'stages', stages, stages.length === 0);
  put(file, 'transitions', transitions, transitions.length === 0);
  put(file, 'handoffs', handoffs, handoffs.length === 0);
  if (offMapTouchpoints.length > 0 || offMapBackstage.length > 0) {
    const offMap: NonNullable<JourneyFile['off_map']> = {};
    put(offMap, 'touchpoints', offMapTouchpoints, offMapTouchpoints.length === 0);
    put(offMap, 'backstage', offMapBackstage, offMapBackstage.length === 0);
    file.off_map = offMap;
  }
  return { file, refs };
}

export { messageOwner, pairKey, variantIdentity, type FileRefs, type WrittenFile };
