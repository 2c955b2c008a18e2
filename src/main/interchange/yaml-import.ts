import type { FieldEdit } from '../../shared/changes';
import { newId } from '../../shared/ids';
import type { CatalogueChoices } from '../../shared/interchange/plan-catalogue';
import { currentJourney, planImport, type PlanTarget } from '../../shared/interchange/plan';
import type { YamlPreview } from '../../shared/interchange/preview';
import { journeyToFile } from '../../shared/interchange/to-file';
import { buildJourneySlice } from '../../shared/journey/slice';
import { saltOf } from '../../shared/ordering';
import { readJourneyRows } from '../service/journey-query';
import type { Db } from '../store/db';
import { journeyIdTaken, liveJourney, readCatalogueState } from './workspace-state';
import { readJourneyYaml, writeJourneyYaml } from './yaml-file';

/** Journey files against a workspace database: export, and the import's plan (preview and edits). */

export async function exportJourneysYaml(db: Db, journeyIds: readonly string[]): Promise<string> {
  const { facts } = await readCatalogueState(db);
  const files = [];
  for (const id of journeyIds) files.push(journeyToFile(buildJourneySlice(await readJourneyRows(db, id)), facts).file);
  return writeJourneyYaml(files);
}

export interface YamlPlan {
  preview: YamlPreview;
  edits: FieldEdit[];
  journeyIds: string[];
}

export const NO_CATALOGUE_CHANGES = {
  missingChannels: [],
  missingDepartments: [],
  newSystems: [],
  newFacts: [],
  changedFacts: [],
};

export async function planYamlImport(
  db: Db,
  content: string,
  asNew: boolean,
  choices: CatalogueChoices,
): Promise<YamlPlan> {
  const read = readJourneyYaml(content);
  if (!read.ok)
    return {
      preview: { problems: read.problems, journeys: [], catalogue: NO_CATALOGUE_CHANGES, edits: 0, fingerprint: '' },
      edits: [],
      journeyIds: [],
    };
  const state = await readCatalogueState(db);
  const targets: PlanTarget[] = [];
  const used = new Set<string>();
  for (const { file } of read.files) {
    const id = file.journey.id;
    // The journey the file came from is updated; a second document naming it again becomes a new journey.
    if (id !== undefined && !asNew && !used.has(id) && (await liveJourney(db, id))) {
      used.add(id);
      targets.push({ kind: 'update', current: currentJourney(await readJourneyRows(db, id), state.facts) });
      continue;
    }
    const fresh = id !== undefined && !used.has(id) && !(await journeyIdTaken(db, id)) ? id : newId();
    used.add(fresh);
    targets.push({ kind: 'new', journeyId: fresh });
  }
  const plan = planImport({
    files: read.files,
    state,
    targets,
    choices,
    makeId: newId,
    salt: saltOf(Math.random),
  });
  return { ...plan, journeyIds: plan.preview.journeys.map((j) => j.journeyId) };
}
