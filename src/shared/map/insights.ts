import type { Touchpoint } from '../schema/tables';
import { cellOf, type MapModel } from './model';

/** What the map shows about its touchpoints beyond their place: the emotion per stage, search matches. */

export interface StageEmotion {
  stageId: string;
  name: string;
  /** The average emotion of the stage's touchpoints, or null when it has none. */
  average: number | null;
  min: number | null;
  max: number | null;
  count: number;
}

export function emotionByStage(model: MapModel): StageEmotion[] {
  return model.stages.map((stage) => {
    const values: number[] = [];
    for (const lane of model.lanes) for (const tp of cellOf(model, stage.id, lane.channelId)) values.push(tp.emotion);
    if (values.length === 0)
      return { stageId: stage.id, name: stage.name, average: null, min: null, max: null, count: 0 };
    const sum = values.reduce((a, b) => a + b, 0);
    return {
      stageId: stage.id,
      name: stage.name,
      average: Math.round((sum / values.length) * 100) / 100,
      min: Math.min(...values),
      max: Math.max(...values),
      count: values.length,
    };
  });
}

/** Lower case without accents, so "ruckruf" finds "Rückruf" and "cafe" finds "Café". */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export function searchText(tp: Touchpoint): string {
  return normaliseForSearch([tp.title, tp.customer_action, tp.company_response, tp.kpi, tp.notes].join('\n'));
}

/**
 * The ids of touchpoints matching every word of the query, in map order
 * (stage by stage, lane by lane), so "next match" walks the map as it reads.
 * `textOf` lets the caller cache the normalised text per row.
 */
export function searchTouchpoints(
  model: MapModel,
  query: string,
  textOf: (tp: Touchpoint) => string = searchText,
): string[] {
  const words = normaliseForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const hits: string[] = [];
  for (const stage of model.stages) {
    for (const lane of model.lanes) {
      for (const tp of cellOf(model, stage.id, lane.channelId)) {
        const text = textOf(tp);
        if (words.every((w) => text.includes(w))) hits.push(tp.id);
      }
    }
  }
  return hits;
}

/** Departments that own touchpoints on this map, with how many each owns. */
/** Touchpoints each department supports (without owning them), for the legend. */
export function supportersInUse(model: { touchpoints: ReadonlyMap<string, Touchpoint> }): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tp of model.touchpoints.values()) {
    for (const id of new Set(tp.supporting_department_ids)) {
      if (id !== tp.owner_department_id) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

export function ownersInUse(model: { touchpoints: ReadonlyMap<string, Touchpoint> }): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tp of model.touchpoints.values()) {
    if (tp.owner_department_id) counts.set(tp.owner_department_id, (counts.get(tp.owner_department_id) ?? 0) + 1);
  }
  return counts;
}
