import { byOrder } from '../ordering';
import type { Channel, Department } from '../schema/tables';
import { checkFile } from './check';
import {
  JOURNEY_FILE_FORMAT,
  JOURNEY_FILE_VERSION,
  type FileStage,
  type FileTouchpoint,
  type JourneyFile,
} from './format';
import type { CatalogueChoices } from './plan-catalogue';
import { planImport, type Plan, type PlanInput, type PlanTarget } from './plan';
import { uniqueNames } from './refs';
import { fold, type SheetField } from './sheet-fields';
import { sheetDepartmentName, type CheckedRow } from './sheet-rows';
import type { CurrentJourney } from './plan-journey';

/**
 * Valid spreadsheet rows as a journey file: grouped into stages (by name,
 * joining the journey's stages of that name) and steps (rows with the same
 * step value are parallel), then imported like any journey file — into a new
 * journey, or appended to the steps of an existing one.
 */

export type SheetTarget = { kind: 'new'; name: string } | { kind: 'existing'; journeyId: string };

const TEXT_FIELDS: readonly (SheetField & keyof FileTouchpoint)[] = [
  'customer_action',
  'company_response',
  'kpi',
  'thinks',
  'feels',
  'says',
  'pain_points',
  'notes',
];

const isNumber = (text: string) => /^-?\d+(?:[.,]\d+)?$/.test(text.trim());
const numberOf = (text: string) => Number.parseFloat(text.trim().replace(',', '.'));

/** A stage's rows as steps: the same step value is one step; all-numeric step values sort as numbers. */
function stepsOf(rows: readonly CheckedRow[]): CheckedRow[][] {
  const steps: { value: string | undefined; rows: CheckedRow[] }[] = [];
  const byValue = new Map<string, { value: string | undefined; rows: CheckedRow[] }>();
  for (const row of rows) {
    const value = row.values.step;
    const key = value === undefined ? undefined : fold(value) || value.trim();
    const seen = key === undefined ? undefined : byValue.get(key);
    if (seen) seen.rows.push(row);
    else {
      const step = { value, rows: [row] };
      steps.push(step);
      if (key !== undefined) byValue.set(key, step);
    }
  }
  if (steps.every((s) => s.value !== undefined && isNumber(s.value)))
    steps.sort((a, b) => numberOf(a.value!) - numberOf(b.value!));
  return steps.map((s) => s.rows);
}

export interface SheetFileInput {
  rows: readonly CheckedRow[];
  target: SheetTarget;
  /** The journey rows are added to, as its file (for target existing). */
  current: { file: JourneyFile } | null;
  channels: readonly Channel[];
  departments: readonly Department[];
}

export function sheetToFile(input: SheetFileInput): { file: JourneyFile; newStages: string[] } {
  const file: JourneyFile = input.current
    ? structuredClone(input.current.file)
    : {
        format: JOURNEY_FILE_FORMAT,
        version: JOURNEY_FILE_VERSION,
        journey: { name: input.target.kind === 'new' ? input.target.name : '' },
      };
  // Channels by the names the file's reader resolves back to the same row (see plan-catalogue).
  const live = byOrder(input.channels.filter((c) => !c.tombstone));
  const channelNames = uniqueNames(
    live,
    (c) => c.name,
    (c) => c.kind,
  );
  const departmentName = sheetDepartmentName(input.departments);
  const stages = (file.stages ??= []);
  const stageByName = new Map<string, FileStage>();
  for (const s of stages) if (!stageByName.has(fold(s.name))) stageByName.set(fold(s.name), s);
  const rowsByStage = new Map<FileStage, CheckedRow[]>();
  const newStages: string[] = [];
  for (const row of input.rows) {
    const name = row.values.stage!;
    let stage = stageByName.get(fold(name));
    if (!stage) {
      stage = { name };
      stages.push(stage);
      stageByName.set(fold(name), stage);
      newStages.push(name);
    }
    const list = rowsByStage.get(stage);
    if (list) list.push(row);
    else rowsByStage.set(stage, [row]);
  }
  for (const [stage, rows] of rowsByStage) {
    const steps = (stage.steps ??= []);
    for (const step of stepsOf(rows))
      steps.push({
        touchpoints: step.map((row) => {
          const tp: FileTouchpoint = {
            title: row.values.title!,
            channel: channelNames.get(row.channelId!)!,
            emotion: row.emotion,
          };
          if (row.values.owner !== undefined) tp.owner = departmentName(row.values.owner);
          for (const field of TEXT_FIELDS) {
            const text = row.values[field];
            if (text !== undefined) Object.assign(tp, { [field]: text });
          }
          return tp;
        }),
      });
  }
  return { file, newStages };
}

export interface SheetPlanInput extends Omit<PlanInput, 'files' | 'targets'> {
  rows: readonly CheckedRow[];
  target: SheetTarget;
  /** The journey to add to (target existing), or the id of the new journey. */
  current: CurrentJourney | null;
  currentFile: JourneyFile | null;
  newJourneyId: string;
  choices: CatalogueChoices;
}

export function planSheetImport(input: SheetPlanInput): Plan & { newStages: string[]; touchpoints: number } {
  const valid = input.rows.filter((r) => r.valid);
  const { file, newStages } = sheetToFile({
    rows: valid,
    target: input.target,
    current: input.currentFile ? { file: input.currentFile } : null,
    channels: input.state.channels,
    departments: input.state.departments,
  });
  const { checked } = checkFile(file);
  const target: PlanTarget = input.current
    ? { kind: 'update', current: input.current }
    : { kind: 'new', journeyId: input.newJourneyId };
  const plan = planImport({ ...input, files: [checked], targets: [target] });
  return { ...plan, newStages, touchpoints: valid.length };
}
