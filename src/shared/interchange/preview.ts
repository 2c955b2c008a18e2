import type { CatalogueSummary } from './plan-catalogue';
import type { FileProblem } from './problems';

/**
 * What an import will do, shown before anything is written: per journey in
 * the file, whether it becomes a new journey or updates the one it came from,
 * and what is added, changed and removed — in names, never ids.
 */

/** Journey fields the preview names when they change. */
export type JourneyField = 'name' | 'description' | 'owner' | 'persona' | 'lanes' | 'message';

/** Touchpoint and backstage fields the preview names when they change. */
export type ItemField =
  | 'title'
  | 'channel'
  | 'owner'
  | 'supporting'
  | 'emotion'
  | 'customer_action'
  | 'company_response'
  | 'thinks'
  | 'feels'
  | 'says'
  | 'pain_points'
  | 'kpi'
  | 'back_channel'
  | 'knows_history'
  | 'notes'
  | 'message'
  | 'department'
  | 'description'
  | 'systems'
  | 'serves';

export interface ChangedItem {
  title: string;
  fields: ItemField[];
}

export interface AddedRemoved {
  added: string[];
  removed: string[];
}

export interface Counted {
  added: number;
  removed: number;
  changed: number;
}

export interface JourneyChanges {
  mode: 'new' | 'update';
  journeyId: string;
  name: string;
  /** The journey's name before the import (update only). */
  previousName: string | null;
  fields: JourneyField[];
  stages: AddedRemoved & { renamed: { from: string; to: string }[]; reordered: boolean };
  touchpoints: AddedRemoved & { changed: ChangedItem[]; moved: string[] };
  backstage: AddedRemoved & { changed: ChangedItem[]; moved: string[] };
  transitions: Counted;
  handoffs: Counted;
  messages: Counted;
  /** What the journey holds after the import. */
  totals: { stages: number; touchpoints: number; backstage: number; transitions: number; handoffs: number };
}

export interface YamlPreview {
  /** The file cannot be imported: why, with lines. Nothing else is set then. */
  problems: FileProblem[];
  journeys: JourneyChanges[];
  catalogue: CatalogueSummary;
  /** Field changes the import will write (0: the workspace already matches the file). */
  edits: number;
  /** Identifies this preview; applying with it refuses if the workspace changed meanwhile. */
  fingerprint: string;
}

export function journeyChangeCount(j: JourneyChanges): number {
  return (
    j.fields.length +
    j.stages.added.length +
    j.stages.removed.length +
    j.stages.renamed.length +
    (j.stages.reordered ? 1 : 0) +
    j.touchpoints.added.length +
    j.touchpoints.removed.length +
    j.touchpoints.changed.length +
    j.touchpoints.moved.length +
    j.backstage.added.length +
    j.backstage.removed.length +
    j.backstage.changed.length +
    j.backstage.moved.length +
    j.transitions.added +
    j.transitions.removed +
    j.transitions.changed +
    j.handoffs.added +
    j.handoffs.removed +
    j.handoffs.changed +
    j.messages.added +
    j.messages.removed +
    j.messages.changed
  );
}
