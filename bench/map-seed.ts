import type { FieldEdit } from '../src/shared/changes';
import { keysBetween } from '../src/shared/ordering';
import type { Row } from '../src/shared/schema/tables';
import { rowEdits } from '../src/shared/edits';

/**
 * A big journey for the map benchmark: 12 stages × 15 channels, 500
 * touchpoints spread unevenly over the cells (as real maps cluster), and 600
 * distinct transitions between neighbouring stages. Deterministic, so every run measures the same map.
 */

export const BIG = { stages: 12, channels: 15, touchpoints: 500, transitions: 600 } as const;

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(8, '0')}`;

export function bigJourneyEdits(
  journeyId: string,
  name: string,
  channels: readonly Row<'channels'>[],
  departments: readonly Row<'departments'>[],
  size: { touchpoints: number; transitions: number } = BIG,
): FieldEdit[] {
  const rnd = random(20_30);
  const edits: FieldEdit[] = rowEdits('journeys', journeyId, { name, owner: 'Bench' });
  const stageKeys = keysBetween(null, null, BIG.stages);
  const stageIds = stageKeys.map((_, i) => id(`${journeyId.slice(0, 8)}-st`, i));
  stageIds.forEach((sid, i) =>
    edits.push(...rowEdits('stages', sid, { journey_id: journeyId, name: `Stage ${i + 1}`, sort_key: stageKeys[i]! })),
  );

  const perCell = new Map<string, number>();
  const cells: [number, number][] = [];
  for (let i = 0; i < size.touchpoints; i++) {
    // A band running diagonally across the map (journeys move through channels over time), wrapping at the edge.
    const stage = Math.floor(rnd() * BIG.stages);
    const lane =
      ((Math.round(stage * (BIG.channels / BIG.stages) + (rnd() - 0.5) * 9) % BIG.channels) + BIG.channels) %
      BIG.channels;
    cells.push([stage, lane]);
    perCell.set(`${stage}/${lane}`, (perCell.get(`${stage}/${lane}`) ?? 0) + 1);
  }
  const keys = new Map([...perCell].map(([k, n]) => [k, keysBetween(null, null, n)]));
  const tpIds: string[] = [];
  cells.forEach(([stage, lane], i) => {
    const tid = id(`${journeyId.slice(0, 8)}-tp`, i);
    tpIds.push(tid);
    edits.push(
      ...rowEdits('touchpoints', tid, {
        journey_id: journeyId,
        stage_id: stageIds[stage]!,
        channel_id: channels[lane % channels.length]!.id,
        title: `Touchpoint ${i + 1}: ${['Compare prices', 'Ask in chat', 'Read the newsletter', 'Visit the store', 'Call the hotline'][i % 5]}`,
        customer_action: 'Looks for the same price on every channel',
        company_response: 'Shows the price and the delivery time from one source',
        owner_department_id: departments[i % departments.length]?.id ?? null,
        emotion: Math.floor(rnd() * 5) - 2,
        kpi: 'Conversion rate',
        back_channel: i % 3 === 0,
        knows_history: i % 4 === 0,
        sort_key: keys.get(`${stage}/${lane}`)!.shift()!,
      }),
    );
  });

  // Hand-offs lead to a card of the same or the next stage, in a nearby lane: as customers move.
  const byStage = new Map<number, number[]>();
  cells.forEach(([stage], i) => byStage.set(stage, [...(byStage.get(stage) ?? []), i]));
  const pairs = new Set<string>();
  let n = 0;
  for (let attempt = 0; n < size.transitions && attempt < size.transitions * 50; attempt++) {
    const a = Math.floor(rnd() * tpIds.length);
    const [stage, lane] = cells[a]!;
    const candidates = (byStage.get(stage + (rnd() < 0.8 ? 1 : 0)) ?? []).filter(
      (b) => Math.abs(cells[b]![1] - lane) <= 3,
    );
    if (candidates.length === 0) continue;
    const b = candidates[Math.floor(rnd() * candidates.length)]!;
    if (a === b || pairs.has(`${a}>${b}`)) continue;
    pairs.add(`${a}>${b}`);
    edits.push(
      ...rowEdits('transitions', id(`${journeyId.slice(0, 8)}-tr`, n), {
        journey_id: journeyId,
        from_touchpoint_id: tpIds[a]!,
        to_touchpoint_id: tpIds[b]!,
        carries_context: rnd() < 0.5,
      }),
    );
    n += 1;
  }
  if (n < size.transitions) throw new Error(`only ${n} of ${size.transitions} transitions could be placed`);
  return edits;
}
