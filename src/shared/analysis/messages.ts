import { isLive, type WorkspaceData } from './input';

/**
 * Which touchpoints have a core message with a variant written for their
 * channel. A message belongs to a touchpoint, or — with no touchpoint set — to
 * its whole stage, so a stage-level message with a variant per channel covers
 * every touchpoint of that stage.
 */
export interface MessageIndex {
  byTouchpoint: Map<string, string[]>;
  byStage: Map<string, string[]>;
  /** Channels that have a live variant, per message. */
  variantChannels: Map<string, Set<string>>;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexMessages(data: WorkspaceData): MessageIndex | null {
  const byTouchpoint = new Map<string, string[]>();
  const byStage = new Map<string, string[]>();
  let any = false;
  for (const m of data.messages ?? []) {
    if (!isLive(m)) continue;
    any = true;
    if (m.touchpoint_id !== null) push(byTouchpoint, m.touchpoint_id, m.id);
    else if (m.stage_id !== null) push(byStage, m.stage_id, m.id);
  }
  if (!any) return null;
  const variantChannels = new Map<string, Set<string>>();
  for (const v of data.variants ?? []) {
    if (!isLive(v) || v.message_id === null || v.channel_id === null) continue;
    let set = variantChannels.get(v.message_id);
    if (!set) variantChannels.set(v.message_id, (set = new Set()));
    set.add(v.channel_id);
  }
  return { byTouchpoint, byStage, variantChannels };
}

/** True when a message covering the touchpoint has a variant for the touchpoint's channel. */
export function hasChannelVariant(
  index: MessageIndex,
  touchpoint: { id: string; stage_id: string | null },
  channelId: string | null,
): boolean {
  if (channelId === null) return false;
  const own = index.byTouchpoint.get(touchpoint.id);
  const staged = touchpoint.stage_id === null ? undefined : index.byStage.get(touchpoint.stage_id);
  for (const list of [own, staged]) {
    for (const id of list ?? []) if (index.variantChannels.get(id)?.has(channelId)) return true;
  }
  return false;
}
