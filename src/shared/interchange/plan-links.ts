import type { BackstageHandoff, Message, RowFields, Transition, Variant } from '../schema/tables';
import type { FileLink, FileMessage } from './format';
import type { JourneyPlanArgs } from './plan-journey';
import type { ChangedItem, Counted, ItemField, JourneyChanges } from './preview';
import { messageOwner, pairKey, variantIdentity } from './to-file';

/**
 * What connects the rows of a journey: transitions between touchpoints,
 * hand-offs and links of the backstage, and the core messages with their
 * variants. Matched by what they connect (keys), so they need no ids either.
 */

export interface LinkPlanArgs extends JourneyPlanArgs {
  changes: JourneyChanges;
  stageIdOf: ReadonlyMap<string, string>;
  touchpointIds: ReadonlyMap<string, string>;
  backstageIds: ReadonlyMap<string, string>;
  /** Record that an existing touchpoint or backstage step (by key) changed in this field. */
  mark: (kind: 'touchpoint' | 'backstage', key: string, field: ItemField) => void;
}

export function planLinks(args: LinkPlanArgs): void {
  const { checked, current, edits, makeId, journeyId, changes } = args;
  const file = checked.file;
  const slice = current?.slice;

  const links = <R extends { id: string }>(
    table: 'transitions' | 'backstage_handoffs',
    list: readonly FileLink[],
    refs: ReadonlyMap<string, string>,
    rows: readonly R[],
    count: Counted,
    write: (id: string, cur: R | undefined, link: FileLink) => string[],
  ) => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    const kept = new Set<string>();
    for (const link of list) {
      const id = refs.get(pairKey(link.from, link.to)) ?? makeId();
      kept.add(id);
      const cur = byId.get(id);
      const written = write(id, cur, link);
      if (!cur) count.added += 1;
      else if (written.length > 0) count.changed += 1;
    }
    for (const [, id] of refs) {
      if (kept.has(id)) continue;
      edits.set(table, id, 'tombstone', true);
      count.removed += 1;
    }
  };
  links(
    'transitions',
    file.transitions ?? [],
    current?.refs.transitions ?? new Map(),
    slice?.allTransitions ?? ([] as Transition[]),
    changes.transitions,
    (id, cur, link) =>
      edits.sync('transitions', id, cur, {
        journey_id: journeyId,
        from_touchpoint_id: args.touchpointIds.get(link.from)!,
        to_touchpoint_id: args.touchpointIds.get(link.to)!,
        carries_context: link.carries_context ?? false,
        notes: link.notes ?? '',
      }),
  );
  links(
    'backstage_handoffs',
    file.handoffs ?? [],
    current?.refs.handoffs ?? new Map(),
    slice?.backstage.allHandoffs ?? ([] as BackstageHandoff[]),
    changes.handoffs,
    (id, cur, link) =>
      edits.sync('backstage_handoffs', id, cur, {
        journey_id: journeyId,
        from_step_id: args.backstageIds.get(link.from)!,
        to_step_id: args.backstageIds.get(link.to)!,
        carries_context: link.carries_context ?? false,
        notes: link.notes ?? '',
      }),
  );

  // Which touchpoints a backstage step serves: a link row per pair.
  const wantedLinks = new Set<string>();
  for (const step of checked.steps.flat())
    for (const b of step.backstage)
      for (const tpKey of b.item.serves ?? []) {
        const pair = pairKey(b.key, tpKey);
        wantedLinks.add(pair);
        if (current?.refs.links.has(pair)) continue;
        edits.sync('backstage_links', makeId(), undefined, {
          journey_id: journeyId,
          backstage_step_id: args.backstageIds.get(b.key)!,
          touchpoint_id: args.touchpointIds.get(tpKey)!,
        });
        if (current?.refs.backstage.has(b.key)) args.mark('backstage', b.key, 'serves');
      }
  for (const [pair, ids] of current?.refs.links ?? []) {
    if (wantedLinks.has(pair)) continue;
    for (const id of ids) edits.set('backstage_links', id, 'tombstone', true);
    const bsKey = pair.split('\u0000')[0]!;
    if (args.backstageIds.has(bsKey)) args.mark('backstage', bsKey, 'serves');
  }

  planMessages(args);
}

function planMessages(args: LinkPlanArgs): void {
  const { checked, current, edits, makeId, journeyId, changes } = args;
  const file = checked.file;
  const slice = current?.slice;
  const messagesById = new Map<string, Message>((slice?.messages ?? []).map((m) => [m.id, m]));
  const variantsById = new Map<string, Variant>((slice?.variants ?? []).map((v) => [v.id, v]));
  const cat = args.catalogue;

  const wanted: { owner: string; message: FileMessage; place: RowFields<'messages'>; touchpointKey?: string }[] = [];
  if (file.journey.message) wanted.push({ owner: messageOwner.journey(), message: file.journey.message, place: {} });
  (file.stages ?? []).forEach((s, i) => {
    const key = checked.stageKeys[i]!;
    if (s.message)
      wanted.push({
        owner: messageOwner.stage(key),
        message: s.message,
        place: { stage_id: args.stageIdOf.get(key)! },
      });
  });
  checked.steps.forEach((steps, i) => {
    const stageId = args.stageIdOf.get(checked.stageKeys[i]!)!;
    for (const step of steps)
      for (const t of step.touchpoints)
        if (t.item.message)
          wanted.push({
            owner: messageOwner.touchpoint(t.key),
            message: t.item.message,
            place: { stage_id: stageId, touchpoint_id: args.touchpointIds.get(t.key)! },
            touchpointKey: t.key,
          });
  });
  for (const t of checked.offMapTouchpoints)
    if (t.item.message)
      wanted.push({
        owner: messageOwner.touchpoint(t.key),
        message: t.item.message,
        place: { touchpoint_id: args.touchpointIds.get(t.key)! },
        touchpointKey: t.key,
      });

  const owners = new Set<string>();
  const keptVariants = new Set<string>();
  for (const w of wanted) {
    owners.add(w.owner);
    const existing = current?.refs.messages.get(w.owner);
    const id = existing ?? makeId();
    const cur = existing ? messagesById.get(existing) : undefined;
    let changed =
      edits.sync('messages', id, cur, {
        ...(cur ? {} : { journey_id: journeyId, ...w.place }),
        headline: w.message.headline ?? '',
        body: w.message.body ?? '',
        cta: w.message.cta ?? '',
      }).length > 0;
    const seen = new Map<string, number>();
    for (const v of w.message.variants ?? []) {
      const vid = current?.refs.variants.get(`${w.owner}\u0000${variantIdentity(v, seen)}`) ?? makeId();
      keptVariants.add(vid);
      const vcur = variantsById.get(vid);
      const written = edits.sync('variants', vid, vcur, {
        message_id: id,
        channel_id: cat.channel(v.channel),
        headline: v.headline ?? '',
        body: v.body ?? '',
        cta: v.cta ?? '',
        subject: v.subject ?? '',
        preheader: v.preheader ?? '',
        condition: v.condition ? { event: v.condition.event, channelId: cat.channel(v.condition.channel) } : null,
        precedence: v.precedence ?? 0,
      });
      if (!vcur || written.length > 0) changed = true;
    }
    for (const [key, vid] of current?.refs.variants ?? []) {
      if (!key.startsWith(`${w.owner}\u0000`) || keptVariants.has(vid)) continue;
      edits.set('variants', vid, 'tombstone', true);
      changed = true;
    }
    if (!cur) changes.messages.added += 1;
    else if (changed) changes.messages.changed += 1;
    if (changed && w.touchpointKey !== undefined && current?.refs.touchpoints.has(w.touchpointKey))
      args.mark('touchpoint', w.touchpointKey, 'message');
  }
  // A message the file dropped from a stage or touchpoint it still has is deleted; one of a removed touchpoint stays with it.
  for (const [owner, id] of current?.refs.messages ?? []) {
    if (owners.has(owner)) continue;
    const [kind, key] = owner.includes(':') ? owner.split(/:(.*)/s) : [owner, ''];
    const stillThere =
      kind === 'journey' ||
      (kind === 'stage' && args.stageIdOf.has(key!)) ||
      (kind === 'touchpoint' && args.touchpointIds.has(key!));
    if (!stillThere) continue;
    edits.set('messages', id, 'tombstone', true);
    for (const [vkey, vid] of current?.refs.variants ?? [])
      if (vkey.startsWith(`${owner}\u0000`)) edits.set('variants', vid, 'tombstone', true);
    changes.messages.removed += 1;
    if (kind === 'touchpoint') args.mark('touchpoint', key!, 'message');
  }
}

export type { ChangedItem };
