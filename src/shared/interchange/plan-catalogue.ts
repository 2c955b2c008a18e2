import { DEFAULT_CHANNELS } from '../default-catalogue';
import { byOrder, keyBetween } from '../ordering';
import type { Channel, ChannelKind, Department, Fact, SupportSystem, SystemKind } from '../schema/tables';
import type { CheckedFile } from './check';
import type { FileMessage, JourneyFile } from './format';
import type { EditList } from './plan-rows';
import { nameKey, uniqueNames } from './refs';

/**
 * The names a file uses, found in the workspace's catalogues. A channel or
 * department the workspace does not have is offered for creation; the user
 * may instead pick one that exists (or, for a department, leave the owner
 * empty). Support systems the file names are created when missing, facts
 * created or brought to the file's value.
 */

export type ChannelChoice = { action: 'create' } | { action: 'use'; id: string };
export type DepartmentChoice = ChannelChoice | { action: 'none' };
export interface CatalogueChoices {
  /** By the name as the file writes it. */
  channels?: Record<string, ChannelChoice>;
  departments?: Record<string, DepartmentChoice>;
}

export interface MissingName {
  name: string;
  /** A channel's kind as the file gives it; '' for departments. */
  kind: string;
  /** How many places in the file use the name. */
  uses: number;
  choice: DepartmentChoice;
  /** An existing channel of the same kind, the likeliest match for a renamed or translated channel. */
  suggestion: string | null;
}

export interface CatalogueSummary {
  missingChannels: MissingName[];
  missingDepartments: MissingName[];
  newSystems: string[];
  newFacts: string[];
  changedFacts: string[];
}

export interface CatalogueState {
  channels: readonly Channel[];
  departments: readonly Department[];
  systems: readonly SupportSystem[];
  facts: readonly Fact[];
}

export interface ResolvedCatalogue {
  channel(name: string | undefined): string | null;
  department(name: string | undefined): string | null;
  system(name: string): string | null;
  /** Channel display order after the import (new channels at the end). */
  channelRank: Map<string, number>;
  summary: CatalogueSummary;
}

/**
 * Rows by name: first the unique names an export gives them (so "Website (2)"
 * finds the second of two channels called Website), then their own names —
 * active before archived, then in catalogue order.
 */
function findByName<R extends { id: string; name: string; sort_key: string; archived: boolean; tombstone: boolean }>(
  rows: readonly R[],
  fallback: (row: R) => string,
): Map<string, R> {
  const map = new Map<string, R>();
  const live = byOrder(rows.filter((r) => !r.tombstone));
  const byId = new Map(live.map((r) => [r.id, r]));
  for (const [id, name] of uniqueNames(live, (r) => r.name, fallback))
    if (!map.has(nameKey(name))) map.set(nameKey(name), byId.get(id)!);
  for (const r of [...live.filter((r) => !r.archived), ...live.filter((r) => r.archived)]) {
    const key = nameKey(r.name);
    if (key !== '' && !map.has(key)) map.set(key, r);
  }
  return map;
}

class Uses {
  readonly counts = new Map<string, { name: string; n: number }>();
  add(name: string | undefined, n = 1): void {
    if (name === undefined) return;
    const key = nameKey(name);
    const seen = this.counts.get(key);
    if (seen) seen.n += n;
    else this.counts.set(key, { name: name.trim(), n });
  }
}

function messageChannels(m: FileMessage | undefined, uses: Uses): void {
  for (const v of m?.variants ?? []) {
    uses.add(v.channel);
    uses.add(v.condition?.channel);
  }
}

/** Every channel, department and system name the files use, with how often. */
function collectUses(files: readonly CheckedFile[]) {
  const channels = new Uses();
  const departments = new Uses();
  const systems = new Uses();
  // Listed entries first, in the file's order: new rows are made in that order, so they keep it.
  for (const { file } of files) {
    for (const c of file.channels ?? []) channels.add(c.name, 0);
    for (const d of file.departments ?? []) departments.add(d.name, 0);
    for (const s of file.systems ?? []) systems.add(s.name, 0);
  }
  for (const { file, steps, offMapTouchpoints, offMapBackstage } of files) {
    const touchpoints = [...steps.flat().flatMap((s) => s.touchpoints), ...offMapTouchpoints].map((t) => t.item);
    const backstage = [...steps.flat().flatMap((s) => s.backstage), ...offMapBackstage].map((b) => b.item);
    for (const tp of touchpoints) {
      channels.add(tp.channel);
      departments.add(tp.owner);
      for (const d of tp.supporting ?? []) departments.add(d);
      messageChannels(tp.message, channels);
    }
    for (const b of backstage) {
      departments.add(b.department);
      for (const s of b.systems ?? []) systems.add(s);
    }
    for (const s of file.stages ?? []) messageChannels(s.message, channels);
    messageChannels(file.journey.message, channels);
    for (const c of file.journey.persona?.preferred_channels ?? []) channels.add(c);
    for (const c of file.journey.lanes?.channels ?? []) channels.add(c);
    for (const d of file.journey.lanes?.departments ?? []) departments.add(d);
  }
  return { channels, departments, systems };
}

function described<T extends { name: string }>(
  files: readonly CheckedFile[],
  list: (f: JourneyFile) => T[] | undefined,
) {
  const map = new Map<string, T>();
  for (const { file } of files)
    for (const e of list(file) ?? []) if (!map.has(nameKey(e.name))) map.set(nameKey(e.name), e);
  return map;
}

export function resolveCatalogue(
  files: readonly CheckedFile[],
  state: CatalogueState,
  choices: CatalogueChoices,
  edits: EditList,
  makeId: () => string,
): ResolvedCatalogue {
  const uses = collectUses(files);
  const channelInfo = described(files, (f) => f.channels);
  const departmentInfo = described(files, (f) => f.departments);
  const systemInfo = described(files, (f) => f.systems);
  // The same fallbacks as the export's names (to-file.ts), so a file finds what it was written from.
  const channelsByName = findByName(state.channels, (c) => c.kind);
  const departmentsByName = findByName(state.departments, () => 'department');
  const systemsByName = findByName(state.systems, (s) => s.kind);
  const liveChannels = byOrder(state.channels.filter((c) => !c.tombstone));
  const channelRank = new Map(liveChannels.map((c, i) => [c.id, i]));
  const channelIds = new Map<string, string | null>();
  const departmentIds = new Map<string, string | null>();
  const systemIds = new Map<string, string | null>();
  const summary: CatalogueSummary = {
    missingChannels: [],
    missingDepartments: [],
    newSystems: [],
    newFacts: [],
    changedFacts: [],
  };
  const chosenChannel = (choices.channels ?? {}) as Record<string, ChannelChoice | undefined>;
  const chosenDepartment = (choices.departments ?? {}) as Record<string, DepartmentChoice | undefined>;

  let lastChannel = liveChannels.at(-1)?.sort_key || null;
  for (const [key, { name, n }] of uses.channels.counts) {
    const found = channelsByName.get(key);
    if (found) {
      channelIds.set(key, found.id);
      continue;
    }
    const kind: ChannelKind = channelInfo.get(key)?.kind ?? 'other';
    const choice = chosenChannel[name] ?? { action: 'create' as const };
    const suggestion = liveChannels.find((c) => !c.archived && c.kind === kind)?.id ?? null;
    summary.missingChannels.push({ name, kind, uses: n, choice, suggestion });
    if (choice.action === 'use' && channelRank.has(choice.id)) {
      channelIds.set(key, choice.id);
      continue;
    }
    const id = makeId();
    const def = DEFAULT_CHANNELS.find((c) => c.kind === kind);
    lastChannel = keyBetween(lastChannel, null);
    edits.sync('channels', id, undefined, {
      name,
      kind,
      sort_key: lastChannel,
      ...(def
        ? {
            online: def.online,
            ownership: def.ownership,
            controlled: def.controlled,
            monitored: def.monitored,
            back_channel: def.backChannel,
            constraints: def.constraints,
          }
        : {}),
    });
    channelRank.set(id, channelRank.size);
    channelIds.set(key, id);
  }

  const liveDepartments = byOrder(state.departments.filter((d) => !d.tombstone));
  const departmentExists = new Set(liveDepartments.map((d) => d.id));
  let lastDepartment = liveDepartments.at(-1)?.sort_key || null;
  for (const [key, { name, n }] of uses.departments.counts) {
    const found = departmentsByName.get(key);
    if (found) {
      departmentIds.set(key, found.id);
      continue;
    }
    const choice = chosenDepartment[name] ?? { action: 'create' as const };
    summary.missingDepartments.push({ name, kind: '', uses: n, choice, suggestion: null });
    if (choice.action === 'none') {
      departmentIds.set(key, null);
      continue;
    }
    if (choice.action === 'use' && departmentExists.has(choice.id)) {
      departmentIds.set(key, choice.id);
      continue;
    }
    const id = makeId();
    lastDepartment = keyBetween(lastDepartment, null);
    edits.sync('departments', id, undefined, {
      name,
      color: departmentInfo.get(key)?.color ?? '#64748b',
      sort_key: lastDepartment,
    });
    departmentIds.set(key, id);
  }

  let lastSystem = byOrder(state.systems.filter((s) => !s.tombstone)).at(-1)?.sort_key || null;
  for (const [key, { name }] of uses.systems.counts) {
    const found = systemsByName.get(key);
    if (found) {
      systemIds.set(key, found.id);
      continue;
    }
    const info = systemInfo.get(key);
    const id = makeId();
    lastSystem = keyBetween(lastSystem, null);
    const kind: SystemKind = info?.kind ?? 'other';
    edits.sync('support_systems', id, undefined, {
      name,
      kind,
      description: info?.description ?? '',
      sort_key: lastSystem,
    });
    summary.newSystems.push(name);
    systemIds.set(key, id);
  }

  resolveFacts(files, state.facts, edits, makeId, summary);

  const lookup = (map: Map<string, string | null>) => (name: string | undefined) =>
    name === undefined ? null : (map.get(nameKey(name)) ?? null);
  return {
    channel: lookup(channelIds),
    department: lookup(departmentIds),
    system: (name) => lookup(systemIds)(name),
    channelRank,
    summary,
  };
}

function resolveFacts(
  files: readonly CheckedFile[],
  facts: readonly Fact[],
  edits: EditList,
  makeId: () => string,
  summary: CatalogueSummary,
): void {
  // The fact messages render with: of two with one key the lower id; a live one before an archived one.
  const byKey = new Map<string, Fact>();
  for (const f of facts) {
    if (f.tombstone) continue;
    const prev = byKey.get(f.key);
    if (!prev || (prev.archived && !f.archived) || (prev.archived === f.archived && f.id < prev.id))
      byKey.set(f.key, f);
  }
  const done = new Set<string>();
  for (const { file } of files)
    for (const f of file.facts ?? []) {
      if (done.has(f.key)) continue;
      done.add(f.key);
      const current = byKey.get(f.key);
      const desired = { key: f.key, label: f.label ?? '', value: f.value ?? '' };
      if (!current) {
        edits.sync('facts', makeId(), undefined, desired);
        summary.newFacts.push(f.key);
      } else if (edits.sync('facts', current.id, current, desired).length > 0) summary.changedFacts.push(f.key);
    }
}
