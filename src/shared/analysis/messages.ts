import type { Message } from '../schema/tables';
import { isLive, type WorkspaceData } from './input';

/**
 * Which touchpoints have a core message with a variant written for their
 * channel. A message belongs to a touchpoint, or — with no touchpoint set — to
 * its whole stage, so a stage-level message with a variant per channel covers
 * every touchpoint of that stage. The index maps each touchpoint and stage
 * straight to the channels that have such a variant, so the check per
 * touchpoint is one or two lookups.
 */
export interface MessageIndex {
  /** Channels with a live variant of a message of the touchpoint. */
  byTouchpoint: Map<string, string[]>;
  /** Channels with a live variant of a stage-level message. */
  byStage: Map<string, string[]>;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexMessages(data: WorkspaceData): MessageIndex | null {
  const messages = new Map<string, Message>();
  for (const m of data.messages ?? []) if (isLive(m)) messages.set(m.id, m);
  if (messages.size === 0) return null;
  const byTouchpoint = new Map<string, string[]>();
  const byStage = new Map<string, string[]>();
  for (const v of data.variants ?? []) {
    if (!isLive(v) || v.message_id === null || v.channel_id === null) continue;
    const m = messages.get(v.message_id);
    if (!m) continue;
    if (m.touchpoint_id !== null) push(byTouchpoint, m.touchpoint_id, v.channel_id);
    else if (m.stage_id !== null) push(byStage, m.stage_id, v.channel_id);
  }
  return { byTouchpoint, byStage };
}

/** True when a message covering the touchpoint has a variant for the touchpoint's channel. */
export function hasChannelVariant(
  index: MessageIndex,
  touchpoint: { id: string; stage_id: string | null },
  channelId: string | null,
): boolean {
  if (channelId === null) return false;
  if (index.byTouchpoint.get(touchpoint.id)?.includes(channelId)) return true;
  return touchpoint.stage_id !== null && index.byStage.get(touchpoint.stage_id)?.includes(channelId) === true;
}
