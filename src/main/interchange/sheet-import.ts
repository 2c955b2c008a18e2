import type { FieldEdit } from '../../shared/changes';
import { newId } from '../../shared/ids';
import type { CatalogueChoices } from '../../shared/interchange/plan-catalogue';
import { currentJourney, fingerprint } from '../../shared/interchange/plan';
import {
  emptyMapping,
  guessMapping,
  REQUIRED_FIELDS,
  SHEET_FIELDS,
  type SheetMapping,
} from '../../shared/interchange/sheet-fields';
import { planSheetImport, type SheetTarget } from '../../shared/interchange/sheet-plan';
import {
  LISTED_PROBLEMS,
  SAMPLE_ROWS,
  type SheetFileProblem,
  type SheetPreview,
} from '../../shared/interchange/sheet-preview';
import { checkRows } from '../../shared/interchange/sheet-rows';
import { journeyToFile } from '../../shared/interchange/to-file';
import { saltOf } from '../../shared/ordering';
import { ApiError } from '../../shared/contract';
import { readJourneyRows } from '../service/journey-query';
import type { Db } from '../store/db';
import { readSpreadsheet } from './sheet-read';
import { liveJourney, readCatalogueState } from './workspace-state';
import { NO_CATALOGUE_CHANGES } from './yaml-import';

/** A spreadsheet against a workspace database: its preview and the edits that import its valid rows. */

export interface SheetRequest {
  fileName: string;
  base64: string;
  sheet?: string;
  mapping?: Partial<SheetMapping>;
  target: SheetTarget;
  choices: CatalogueChoices;
}

export interface SheetPlan {
  preview: SheetPreview;
  edits: FieldEdit[];
  journeyIds: string[];
}

function refused(problem: SheetFileProblem): SheetPlan {
  return {
    preview: {
      problem,
      sheets: [],
      sheet: '',
      headers: [],
      mapping: emptyMapping(),
      unmapped: [],
      sample: [],
      rows: { total: 0, valid: 0, invalid: 0, empty: 0 },
      problems: [],
      problemsTotal: 0,
      merged: [],
      formulas: 0,
      catalogue: NO_CATALOGUE_CHANGES,
      result: { mode: 'new', journeyName: '', newStages: [], touchpoints: 0 },
      edits: 0,
      fingerprint: '',
    },
    edits: [],
    journeyIds: [],
  };
}

/** A mapping from the page, kept to columns the sheet has. */
function mappingFor(request: Partial<SheetMapping> | undefined, headers: readonly string[]): SheetMapping {
  if (!request) return guessMapping(headers);
  const mapping = emptyMapping();
  for (const field of SHEET_FIELDS) {
    const column = request[field];
    mapping[field] = column !== undefined && column !== null && column < headers.length ? column : null;
  }
  return mapping;
}

export async function planSheet(db: Db, request: SheetRequest): Promise<SheetPlan> {
  const read = await readSpreadsheet(request.fileName, Buffer.from(request.base64, 'base64'));
  if (!read.ok) return refused(read.problem);
  const table = read.book.table(request.sheet);
  if (typeof table === 'string') return refused(table);
  const mapping = mappingFor(request.mapping, table.headers);
  const unmapped = REQUIRED_FIELDS.filter((f) => mapping[f] === null);
  const state = await readCatalogueState(db);
  const checked = checkRows(table, mapping, state.channels);
  const rows = unmapped.length > 0 ? checked.rows.map((r) => ({ ...r, valid: false })) : checked.rows;
  const problems = unmapped.length > 0 ? [] : checked.problems;

  let current = null;
  let currentFile = null;
  if (request.target.kind === 'existing') {
    if (!(await liveJourney(db, request.target.journeyId)))
      throw new ApiError('not_found', `no journey with id ${request.target.journeyId}`);
    current = currentJourney(await readJourneyRows(db, request.target.journeyId), state.facts);
    currentFile = journeyToFile(current.slice, state.facts).file;
  }
  const name = request.target.kind === 'new' ? request.target.name || request.fileName.replace(/\.[^.]*$/, '') : '';
  const plan = planSheetImport({
    rows,
    target: request.target.kind === 'new' ? { kind: 'new', name } : request.target,
    current,
    currentFile,
    newJourneyId: newId(),
    state,
    choices: request.choices,
    makeId: newId,
    salt: saltOf(Math.random),
  });
  const valid = rows.filter((r) => r.valid).length;
  const journey = plan.preview.journeys[0]!;
  const body: Omit<SheetPreview, 'fingerprint'> = {
    problem: null,
    sheets: read.book.sheets,
    sheet: table.name,
    headers: table.headers,
    mapping,
    unmapped,
    sample: rows.slice(0, SAMPLE_ROWS).map((r) => ({ row: r.number, values: r.values, valid: r.valid })),
    rows: { total: rows.length, valid, invalid: rows.length - valid, empty: checked.empty },
    problems: problems.slice(0, LISTED_PROBLEMS),
    problemsTotal: problems.length,
    merged: table.merged,
    formulas: checked.problems.filter((p) => p.code === 'formula').length,
    catalogue: plan.preview.catalogue,
    result: { mode: journey.mode, journeyName: journey.name, newStages: plan.newStages, touchpoints: valid },
    edits: valid > 0 ? plan.edits.length : 0,
  };
  return {
    preview: { ...body, fingerprint: fingerprint(`${plan.preview.fingerprint}\u0000${JSON.stringify(body)}`) },
    edits: valid > 0 ? plan.edits : [],
    journeyIds: [journey.journeyId],
  };
}
