import { keysBetween } from '../ordering';
import { emptyRow, type Channel, type Stage, type Touchpoint, type Transition } from '../schema/tables';
import { buildMapModel, type MapModel } from './model';

/**
 * A small map for tests, drawn as text: one string per card,
 * "stage/channel:title", cards of a cell in the order given.
 */
export interface Fixture {
  stages: Stage[];
  channels: Channel[];
  touchpoints: Touchpoint[];
  transitions: Transition[];
  model: MapModel;
  /** The id of the card with this title. */
  id(title: string): string;
}

export const JOURNEY = 'journey-0001';

export function fixture(
  cards: readonly string[],
  opts: {
    stages?: number;
    channels?: number;
    transitions?: readonly [string, string, boolean?][];
    owners?: Record<string, string>;
  } = {},
): Fixture {
  const sk = keysBetween(null, null, opts.stages ?? 3);
  const stages = sk.map((key, i) => ({
    ...emptyRow('stages', `stage-000${i}`),
    journey_id: JOURNEY,
    name: `S${i}`,
    sort_key: key,
  }));
  const ck = keysBetween(null, null, opts.channels ?? 3);
  const channels = ck.map((key, i) => ({ ...emptyRow('channels', `chan-000${i}`), name: `C${i}`, sort_key: key }));
  const perCell = new Map<string, number>();
  const parsed = cards.map((spec) => {
    const [where, title] = spec.split(':') as [string, string];
    const [s, c] = where.split('/').map(Number) as [number, number];
    const n = perCell.get(where) ?? 0;
    perCell.set(where, n + 1);
    return { s, c, title, n };
  });
  const touchpoints = parsed.map(({ s, c, title, n }) => ({
    ...emptyRow('touchpoints', `tp-${title.padStart(8, '0')}`),
    journey_id: JOURNEY,
    stage_id: stages[s]!.id,
    channel_id: channels[c]!.id,
    title,
    owner_department_id: opts.owners?.[title] ?? null,
    sort_key: keysBetween(null, null, perCell.get(`${s}/${c}`)!)[n]!,
  }));
  const byTitle = new Map(touchpoints.map((t) => [t.title, t.id]));
  const id = (title: string) => {
    const found = byTitle.get(title);
    if (!found) throw new Error(`no card ${title}`);
    return found;
  };
  const transitions = (opts.transitions ?? []).map(([from, to, carries], i) => ({
    ...emptyRow('transitions', `tr-${String(i).padStart(6, '0')}`),
    journey_id: JOURNEY,
    from_touchpoint_id: id(from),
    to_touchpoint_id: id(to),
    carries_context: carries ?? false,
  }));
  const model = buildMapModel({ journeyId: JOURNEY, stages, channels, touchpoints, transitions });
  return { stages, channels, touchpoints, transitions, model, id };
}
