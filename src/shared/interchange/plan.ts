import type { FieldEdit } from '../changes';
import type { JourneyRows } from '../journey/rows';
import { buildJourneySlice } from '../journey/slice';
import type { Fact, Persona } from '../schema/tables';
import type { CheckedFile } from './check';
import { resolveCatalogue, type CatalogueChoices, type CatalogueState } from './plan-catalogue';
import { planJourney, type CurrentJourney } from './plan-journey';
import { EditList } from './plan-rows';
import type { JourneyChanges, YamlPreview } from './preview';
import { journeyToFile } from './to-file';

/**
 * An import as a plan: the preview the user reads and the field edits that
 * carry it out, computed together from the same files and the same workspace,
 * so what is shown is what is written. Applying recomputes the plan and
 * compares fingerprints: if the workspace changed after the preview, the
 * import stops and asks to look again.
 */

export type PlanTarget = { kind: 'update'; current: CurrentJourney } | { kind: 'new'; journeyId: string };

export interface PlanInput {
  files: readonly CheckedFile[];
  state: CatalogueState & { personas: readonly Persona[] };
  targets: readonly PlanTarget[];
  choices: CatalogueChoices;
  makeId: () => string;
  salt: string;
}

export interface Plan {
  preview: YamlPreview;
  edits: FieldEdit[];
}

/** The journey as it is, with the keys an export of it would give (what an updated file is matched against). */
export function currentJourney(rows: JourneyRows, facts: readonly Fact[]): CurrentJourney {
  const slice = buildJourneySlice(rows);
  return { slice, refs: journeyToFile(slice, facts).refs };
}

export function planImport(input: PlanInput): Plan {
  const edits = new EditList();
  const catalogue = resolveCatalogue(input.files, input.state, input.choices, edits, input.makeId);
  const journeys: JourneyChanges[] = input.files.map((checked, i) => {
    const target = input.targets[i]!;
    return planJourney({
      checked,
      journeyId: target.kind === 'update' ? target.current.slice.journey.id : target.journeyId,
      current: target.kind === 'update' ? target.current : null,
      catalogue,
      personas: input.state.personas,
      edits,
      makeId: input.makeId,
      salt: input.salt,
    });
  });
  // Every field is written once at most (one sync per row, removals only for rows not synced): no dedupe needed.
  const all = edits.edits;
  const body = { problems: [], journeys, catalogue: catalogue.summary, edits: all.length };
  // A new journey's id may be made afresh on each call; it does not make two previews differ.
  const stable = { ...body, journeys: journeys.map((j) => (j.mode === 'new' ? { ...j, journeyId: '' } : j)) };
  return { preview: { ...body, fingerprint: fingerprint(JSON.stringify(stable)) }, edits: all };
}

/** A short hash of the preview (FNV-1a, twice with different seeds): equal previews, equal prints. */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
