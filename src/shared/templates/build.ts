import type { FieldEdit } from '../changes';
import { DEFAULT_CHANNELS, DEFAULT_DEPARTMENTS, type Language } from '../default-catalogue';
import { newId } from '../ids';
import { byOrder, keyBetween, keysBetween } from '../ordering';
import type { Channel, ChannelKind, Department, SupportSystem, SystemKind } from '../schema/tables';
import { rowEdits } from '../edits';
import { DEFAULT_SYSTEM_NAMES } from './systems';
import { DEPARTMENT_KINDS, type DepartmentKind, type JourneyTemplate } from './types';

export interface TemplateContext {
  language: Language;
  departments: readonly Department[];
  channels: readonly Channel[];
  /** The workspace's support systems; kinds it lacks are created. */
  systems?: readonly SupportSystem[];
  /** Defaults to the template's name in `language`. */
  name?: string;
  owner?: string;
  makeId?: () => string;
}

export interface TemplateResult {
  journeyId: string;
  personaId: string;
  edits: FieldEdit[];
  /** Channels the workspace lacked and the template added from the default catalogue. */
  addedChannels: string[];
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Which workspace department stands for each kind: the one still carrying a
 * default name (German or English), otherwise the one at the same position in
 * the workspace's order. A kind without a match owns nothing (owner left empty).
 */
export function mapDepartments(departments: readonly Department[]): Map<DepartmentKind, string | null> {
  const active = byOrder(departments.filter((d) => !d.tombstone && !d.archived));
  const result = new Map<DepartmentKind, string | null>();
  const used = new Set<string>();
  DEPARTMENT_KINDS.forEach((kind, i) => {
    const names = DEFAULT_DEPARTMENTS[i]!;
    const byName = active.find((d) => same(d.name, names.de) || same(d.name, names.en));
    if (byName) {
      result.set(kind, byName.id);
      used.add(byName.id);
    }
  });
  DEPARTMENT_KINDS.forEach((kind, i) => {
    if (result.has(kind)) return;
    const byPosition = active[i];
    result.set(kind, byPosition && !used.has(byPosition.id) ? byPosition.id : null);
  });
  return result;
}

/** The first active channel of each kind; kinds the workspace lacks are created from the default catalogue. */
function mapChannels(
  kinds: readonly ChannelKind[],
  channels: readonly Channel[],
  language: Language,
  makeId: () => string,
) {
  const active = byOrder(channels.filter((c) => !c.tombstone && !c.archived));
  const ids = new Map<ChannelKind, string>();
  const edits: FieldEdit[] = [];
  const added: string[] = [];
  let lastKey = byOrder(channels.filter((c) => !c.tombstone)).at(-1)?.sort_key ?? null;
  for (const kind of new Set(kinds)) {
    const found = active.find((c) => c.kind === kind);
    if (found) {
      ids.set(kind, found.id);
      continue;
    }
    const def = DEFAULT_CHANNELS.find((c) => c.kind === kind);
    const id = makeId();
    lastKey = keyBetween(lastKey, null);
    const name = def ? def[language] : kind;
    edits.push(
      ...rowEdits('channels', id, {
        name,
        kind,
        sort_key: lastKey,
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
      }),
    );
    ids.set(kind, id);
    added.push(name);
  }
  return { ids, edits, added };
}

/** The first active system of each kind; kinds the workspace lacks get a system with the default name. */
function mapSystems(
  kinds: readonly SystemKind[],
  systems: readonly SupportSystem[],
  language: Language,
  makeId: () => string,
) {
  const active = byOrder(systems.filter((s) => !s.tombstone && !s.archived));
  const ids = new Map<SystemKind, string>();
  const edits: FieldEdit[] = [];
  let lastKey = byOrder(systems.filter((s) => !s.tombstone)).at(-1)?.sort_key || null;
  for (const kind of new Set(kinds)) {
    const found = active.find((s) => s.kind === kind);
    if (found) {
      ids.set(kind, found.id);
      continue;
    }
    const id = makeId();
    lastKey = keyBetween(lastKey, null);
    edits.push(
      ...rowEdits('support_systems', id, { name: DEFAULT_SYSTEM_NAMES[kind][language], kind, sort_key: lastKey }),
    );
    ids.set(kind, id);
  }
  return { ids, edits };
}

/** Everything a template creates, as one batch: channels it needs, the persona, the journey, stages, touchpoints, transitions. */
export function buildFromTemplate(template: JourneyTemplate, ctx: TemplateContext): TemplateResult {
  const makeId = ctx.makeId ?? newId;
  const lang = ctx.language;
  const channelKinds = [...template.touchpoints.map((t) => t.channel), ...template.persona.preferredChannels];
  const channels = mapChannels(channelKinds, ctx.channels, lang, makeId);
  const departments = mapDepartments(ctx.departments);
  const edits: FieldEdit[] = [...channels.edits];

  const personaId = makeId();
  edits.push(
    ...rowEdits('personas', personaId, {
      name: template.persona.name[lang],
      description: template.persona.description[lang],
      goals: template.persona.goals[lang],
      preferred_channel_ids: [...new Set(template.persona.preferredChannels.map((k) => channels.ids.get(k)!))],
    }),
  );

  const journeyId = makeId();
  edits.push(
    ...rowEdits('journeys', journeyId, {
      name: ctx.name?.trim() || template.name[lang],
      description: template.summary[lang],
      owner: ctx.owner?.trim() ?? '',
      persona_id: personaId,
    }),
  );

  const stageIds = new Map<string, string>();
  const stageKeys = keysBetween(null, null, template.stages.length);
  template.stages.forEach((stage, i) => {
    const id = makeId();
    stageIds.set(stage.key, id);
    edits.push(...rowEdits('stages', id, { journey_id: journeyId, name: stage.name[lang], sort_key: stageKeys[i]! }));
  });

  // Cards of one cell keep the order the template lists them in.
  const perCell = new Map<string, number>();
  for (const tp of template.touchpoints)
    perCell.set(`${tp.stage}/${tp.channel}`, (perCell.get(`${tp.stage}/${tp.channel}`) ?? 0) + 1);
  const cellKeys = new Map([...perCell].map(([cell, n]) => [cell, keysBetween(null, null, n)]));
  // Within a stage, touchpoints happen in the order listed: one step each, unless parallel with an earlier one.
  const stepKeyOf = new Map<string, string>();
  for (const stage of template.stages) {
    const own = template.touchpoints.filter((tp) => tp.stage === stage.key);
    const keys = keysBetween(null, null, own.filter((tp) => !tp.parallelWith).length);
    let next = 0;
    for (const tp of own) {
      const with_ = tp.parallelWith ? stepKeyOf.get(tp.parallelWith) : undefined;
      if (tp.parallelWith && !with_)
        throw new Error(
          `template ${template.id}: ${tp.key} is parallel with ${tp.parallelWith}, not an earlier touchpoint of its stage`,
        );
      stepKeyOf.set(tp.key, with_ ?? keys[next++]!);
    }
  }

  const touchpointIds = new Map<string, string>();
  for (const tp of template.touchpoints) {
    const stageId = stageIds.get(tp.stage);
    if (!stageId) throw new Error(`template ${template.id}: touchpoint ${tp.key} names unknown stage ${tp.stage}`);
    const id = makeId();
    touchpointIds.set(tp.key, id);
    const owner = departments.get(tp.owner) ?? null;
    const supporting = (tp.supporting ?? [])
      .map((k) => departments.get(k))
      .filter((d): d is string => !!d && d !== owner);
    edits.push(
      ...rowEdits('touchpoints', id, {
        journey_id: journeyId,
        stage_id: stageId,
        channel_id: channels.ids.get(tp.channel)!,
        title: tp.title[lang],
        customer_action: tp.customerAction[lang],
        company_response: tp.companyResponse[lang],
        owner_department_id: owner,
        supporting_department_ids: [...new Set(supporting)],
        emotion: tp.emotion,
        kpi: tp.kpi[lang],
        back_channel: tp.backChannel,
        knows_history: tp.knowsHistory,
        notes: tp.notes?.[lang] ?? '',
        sort_key: cellKeys.get(`${tp.stage}/${tp.channel}`)!.shift()!,
        step_key: stepKeyOf.get(tp.key)!,
        thinks: tp.voice?.thinks?.[lang] ?? '',
        feels: tp.voice?.feels?.[lang] ?? '',
        says: tp.voice?.says?.[lang] ?? '',
        pain_points: tp.voice?.painPoints?.[lang] ?? '',
      }),
    );
  }

  for (const tr of template.transitions) {
    const from = touchpointIds.get(tr.from);
    const to = touchpointIds.get(tr.to);
    if (!from || !to)
      throw new Error(`template ${template.id}: transition ${tr.from} → ${tr.to} names an unknown touchpoint`);
    edits.push(
      ...rowEdits('transitions', makeId(), {
        journey_id: journeyId,
        from_touchpoint_id: from,
        to_touchpoint_id: to,
        carries_context: tr.carriesContext,
        notes: tr.notes?.[lang] ?? '',
      }),
    );
  }
  edits.push(...backstageEdits(template, ctx, makeId, journeyId, departments, touchpointIds, stageIds, stepKeyOf));
  return { journeyId, personaId, edits, addedChannels: channels.added };
}

/** The template's backstage: systems it needs, backstage steps in the column of what they serve, links, hand-offs. */
function backstageEdits(
  template: JourneyTemplate,
  ctx: TemplateContext,
  makeId: () => string,
  journeyId: string,
  departments: Map<DepartmentKind, string | null>,
  touchpointIds: Map<string, string>,
  stageIds: Map<string, string>,
  stepKeyOf: Map<string, string>,
): FieldEdit[] {
  const lang = ctx.language;
  const systems = mapSystems(
    template.backstage.flatMap((b) => b.systems ?? []),
    ctx.systems ?? [],
    lang,
    makeId,
  );
  const edits: FieldEdit[] = [...systems.edits];
  const stepIds = new Map<string, string>();
  for (const b of template.backstage) {
    const first = template.touchpoints.find((tp) => tp.key === b.serves[0]);
    if (!first || b.serves.some((key) => !touchpointIds.has(key)))
      throw new Error(`template ${template.id}: backstage step ${b.key} serves an unknown touchpoint`);
    const id = makeId();
    stepIds.set(b.key, id);
    edits.push(
      ...rowEdits('backstage_steps', id, {
        journey_id: journeyId,
        stage_id: stageIds.get(first.stage)!,
        step_key: stepKeyOf.get(first.key)!,
        department_id: departments.get(b.department) ?? null,
        title: b.title[lang],
        description: b.description?.[lang] ?? '',
        system_ids: (b.systems ?? []).map((k) => systems.ids.get(k)!),
      }),
    );
    for (const key of b.serves)
      edits.push(
        ...rowEdits('backstage_links', makeId(), {
          journey_id: journeyId,
          backstage_step_id: id,
          touchpoint_id: touchpointIds.get(key)!,
        }),
      );
  }
  for (const h of template.backstageHandoffs) {
    const from = stepIds.get(h.from);
    const to = stepIds.get(h.to);
    if (!from || !to || from === to)
      throw new Error(
        `template ${template.id}: backstage hand-off ${h.from} → ${h.to} is not between two of its steps`,
      );
    edits.push(
      ...rowEdits('backstage_handoffs', makeId(), {
        journey_id: journeyId,
        from_step_id: from,
        to_step_id: to,
        carries_context: h.carriesContext,
        notes: h.notes?.[lang] ?? '',
      }),
    );
  }
  return edits;
}
