import { orderTouchpoints } from '../messages/simulator';
import { byOrder } from '../ordering';
import type { Journey, Row } from '../schema/tables';
import type { CommentTarget } from './comment-edits';
import { targetKey, type Thread } from './threads';

export interface TargetGroup {
  target: CommentTarget;
  id: string;
  name: string;
  /** The card to select (or, for a message, the touchpoint to write) when opening the place; null opens the journey. */
  touchpointId: string | null;
  threads: Thread[];
}

export interface DeskRows {
  stages: readonly Row<'stages'>[];
  touchpoints: readonly Row<'touchpoints'>[];
  channels: readonly Row<'channels'>[];
  messages: readonly Row<'messages'>[];
}

/**
 * Every place in a journey that has comment threads, in the journey's own
 * order, as the map tells it: the journey, its stages, its touchpoints in
 * time (archived ones after), then the messages of those touchpoints in the
 * same order and the journey's other messages.
 */
export function deskGroups(journey: Journey, threads: ReadonlyMap<string, Thread[]>, rows: DeskRows): TargetGroup[] {
  const out: TargetGroup[] = [];
  const add = (target: CommentTarget, id: string, name: string, touchpointId: string | null) => {
    const list = threads.get(targetKey(target, id));
    if (list && list.length > 0) out.push({ target, id, name, touchpointId, threads: list });
  };
  add('journeys', journey.id, journey.name, null);
  // Order keys compare by code unit (case matters): the one order every view agrees on.
  const stages = byOrder(rows.stages.filter((s) => !s.tombstone && s.journey_id === journey.id));
  for (const s of stages) add('stages', s.id, s.name, null);
  const mine = rows.touchpoints.filter((tp) => !tp.tombstone && tp.journey_id === journey.id);
  const tps = [...orderTouchpoints(stages, mine, rows.channels), ...byOrder(mine.filter((tp) => tp.archived))];
  for (const tp of tps) add('touchpoints', tp.id, tp.title, tp.archived ? null : tp.id);
  const position = new Map(tps.map((tp, i) => [tp.id, i]));
  const title = new Map(tps.map((tp) => [tp.id, tp.title]));
  const messages = rows.messages
    .filter(
      (m) => !m.tombstone && (m.journey_id === journey.id || (m.touchpoint_id !== null && title.has(m.touchpoint_id))),
    )
    .map((m) => ({ m, at: (m.touchpoint_id !== null ? position.get(m.touchpoint_id) : undefined) ?? tps.length }))
    .sort((a, b) => a.at - b.at || (a.m.id < b.m.id ? -1 : a.m.id > b.m.id ? 1 : 0));
  for (const { m } of messages)
    add(
      'messages',
      m.id,
      (m.touchpoint_id && title.get(m.touchpoint_id)) || m.headline || journey.name,
      m.touchpoint_id,
    );
  return out;
}
