import { renderText, type FactValues } from '../messages/placeholders';
import type { Message } from '../schema/tables';
import type { JourneySlice } from './slice';

/** A stage's core messages as a reader sees them, facts filled in: the slide's list and the PDF's page. */

export interface KeyMessage {
  id: string;
  headline: string;
  body: string;
  cta: string;
  /** The touchpoint the message belongs to; null for a message of the whole stage. */
  touchpointId: string | null;
  channelId: string | null;
  /** Placeholders naming no fact (shown as typed, so the reader sees the gap rather than a blank). */
  unknownKeys: string[];
}

const byId = (a: Message, b: Message) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The stage's messages: those written for the whole stage first, then those
 * of its touchpoints in the customer's time order (the slice's order).
 * Empty messages are skipped, and messages reading the same after filling in
 * facts are shown once.
 */
export function stageKeyMessages(slice: JourneySlice, stageIndex: number, facts: FactValues): KeyMessage[] {
  const stage = slice.stages[stageIndex];
  if (!stage) return [];
  const ordered: Message[] = slice.messages
    .filter((m) => m.touchpoint_id === null && m.stage_id === stage.id)
    .sort(byId);
  const inStage = new Set(slice.stepsByStage[stageIndex]!.flatMap((s) => s.touchpoints.map((tp) => tp.id)));
  for (const m of slice.messages) if (m.touchpoint_id !== null && inStage.has(m.touchpoint_id)) ordered.push(m);

  const seen = new Set<string>();
  const out: KeyMessage[] = [];
  for (const message of ordered) {
    const parts = [message.headline, message.body, message.cta].map((text) => renderText(text.trim(), facts));
    const [headline, body, cta] = parts.map((p) => p.text) as [string, string, string];
    if (!headline && !body && !cta) continue;
    const same = `${headline}\u0000${body}\u0000${cta}`;
    if (seen.has(same)) continue;
    seen.add(same);
    const tp = message.touchpoint_id === null ? undefined : slice.touchpointById.get(message.touchpoint_id);
    out.push({
      id: message.id,
      headline,
      body,
      cta,
      touchpointId: message.touchpoint_id,
      channelId: tp?.channel_id ?? null,
      unknownKeys: [...new Set(parts.flatMap((p) => p.unknown.map((u) => u.key)))],
    });
  }
  return out;
}
