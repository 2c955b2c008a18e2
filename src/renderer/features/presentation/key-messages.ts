import { cellOf, type MapModel } from '../../../shared/map/model';
import { renderText, type FactValues } from '../../../shared/messages/placeholders';
import type { Message } from '../../../shared/schema/tables';

/** The core messages a stage slide shows, with the workspace facts filled in. */

export interface KeyMessage {
  id: string;
  headline: string;
  body: string;
  cta: string;
  /** The touchpoint the message belongs to; null for a message of the whole stage. */
  touchpointId: string | null;
  channelId: string | null;
  /** Placeholders naming no fact (shown as typed, so the room sees the gap rather than a blank). */
  unknownKeys: string[];
}

export interface KeyMessages {
  shown: KeyMessage[];
  /** Further messages of the stage that did not fit. */
  more: number;
}

/** A slide read from across a room holds a few messages, not a list. */
export const MAX_KEY_MESSAGES = 3;

/**
 * The stage's messages: those written for the whole stage first, then those of
 * its touchpoints in map order (lane by lane, top to bottom). Empty messages
 * are skipped and messages reading the same after filling in facts are shown once.
 */
export function keyMessagesOf(
  model: MapModel,
  stageId: string,
  messages: readonly Message[],
  facts: FactValues,
): KeyMessages {
  const live = messages.filter((m) => !m.tombstone);
  const byId = (a: Message, b: Message) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const ordered: { message: Message; channelId: string | null }[] = live
    .filter((m) => m.touchpoint_id === null && m.stage_id === stageId && m.journey_id === model.journeyId)
    .sort(byId)
    .map((message) => ({ message, channelId: null }));
  const byTouchpoint = new Map<string, Message[]>();
  for (const m of live) {
    if (m.touchpoint_id === null) continue;
    const list = byTouchpoint.get(m.touchpoint_id);
    if (list) list.push(m);
    else byTouchpoint.set(m.touchpoint_id, [m]);
  }
  for (const lane of model.lanes) {
    for (const tp of cellOf(model, stageId, lane.channelId)) {
      for (const message of (byTouchpoint.get(tp.id) ?? []).sort(byId))
        ordered.push({ message, channelId: lane.channelId });
    }
  }

  const seen = new Set<string>();
  const all: KeyMessage[] = [];
  for (const { message, channelId } of ordered) {
    const parts = [message.headline, message.body, message.cta].map((text) => renderText(text.trim(), facts));
    const [headline, body, cta] = parts.map((p) => p.text) as [string, string, string];
    if (!headline && !body && !cta) continue;
    const same = `${headline}\u0000${body}\u0000${cta}`;
    if (seen.has(same)) continue;
    seen.add(same);
    const unknownKeys = [...new Set(parts.flatMap((p) => p.unknown.map((u) => u.key)))];
    all.push({ id: message.id, headline, body, cta, touchpointId: message.touchpoint_id, channelId, unknownKeys });
  }
  return { shown: all.slice(0, MAX_KEY_MESSAGES), more: Math.max(0, all.length - MAX_KEY_MESSAGES) };
}
