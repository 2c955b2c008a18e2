import type { FieldEdit } from '../../shared/changes';
import { ApiError, type ApplyResult, type InterchangeImportResult } from '../../shared/contract';
import { exportFileName } from '../../shared/export/file-name';
import { journeyFileName } from '../../shared/interchange/file-name';
import { fileProblemText } from '../../shared/interchange/problems';
import { journeySheets } from '../../shared/interchange/sheet-export';
import { TEMPLATE_FILE_NAME, templateSheets } from '../../shared/interchange/sheet-template';
import { buildJourneySlice } from '../../shared/journey/slice';
import { readJourneyRows } from '../service/journey-query';
import type { HandlerRegistry } from '../service/registry';
import type { WorkspaceFiles, WorkspaceHandle } from '../service/workspaces';
import { planSheet } from './sheet-import';
import { activeJourneyIds, readCatalogueState } from './workspace-state';
import { writeWorkbook } from './xlsx-write';
import { exportJourneysYaml, planYamlImport } from './yaml-import';

/** The contract's interchange.* methods: journey files and spreadsheets, read and written here, not in the page. */

export interface InterchangeHandlersDeps {
  files: WorkspaceFiles;
  now: () => number;
  appVersion: string;
  /** The write path for one user action (viewer check, undo entry, events). */
  applyUndoable: (handle: WorkspaceHandle, label: string, edits: readonly FieldEdit[]) => Promise<ApplyResult>;
}

/** History labels: keys of the page's action catalogue, so undo speaks the user's language. */
const LABELS = { yaml: 'importJourneyFile', sheet: 'importSpreadsheet' } as const;

export function registerInterchangeHandlers(registry: HandlerRegistry, deps: InterchangeHandlersDeps): void {
  const { files } = deps;

  async function apply(
    handle: WorkspaceHandle,
    label: string,
    plan: { edits: FieldEdit[]; journeyIds: string[]; preview: { fingerprint: string } },
    fingerprint: string,
  ): Promise<InterchangeImportResult> {
    if (plan.preview.fingerprint !== fingerprint)
      return { applied: 0, history: handle.history.state(), journeyIds: [], stale: true };
    if (plan.edits.length === 0)
      return { applied: 0, history: handle.history.state(), journeyIds: plan.journeyIds, stale: false };
    const result = await deps.applyUndoable(handle, label, plan.edits);
    return { ...result, journeyIds: plan.journeyIds, stale: false };
  }

  registry
    .register('interchange.exportYaml', async ({ workspaceId, journeyId }) => {
      const handle = await files.get(workspaceId);
      const ids = journeyId === null ? await activeJourneyIds(handle.db) : [journeyId];
      const content = await exportJourneysYaml(handle.db, ids);
      const name =
        journeyId === null
          ? ((await handle.db.get<{ name: string }>('SELECT name FROM workspaces WHERE id = ?', [workspaceId]))?.name ??
            '')
          : ((await handle.db.get<{ name: string }>('SELECT name FROM journeys WHERE id = ?', [journeyId]))?.name ??
            '');
      return { fileName: journeyFileName(name), content };
    })
    .register('interchange.previewYaml', async ({ workspaceId, content, asNew, choices }) => {
      const handle = await files.get(workspaceId);
      return (await planYamlImport(handle.db, content, asNew, choices)).preview;
    })
    .register('interchange.importYaml', async ({ workspaceId, content, asNew, choices, fingerprint }) => {
      const handle = await files.get(workspaceId);
      const plan = await planYamlImport(handle.db, content, asNew, choices);
      const first = plan.preview.problems[0];
      if (first) throw new ApiError('invalid_input', `the journey file cannot be imported: ${fileProblemText(first)}`);
      return apply(handle, LABELS.yaml, plan, fingerprint);
    })
    .register('interchange.previewSheet', async ({ workspaceId, ...request }) => {
      const handle = await files.get(workspaceId);
      return (await planSheet(handle.db, request)).preview;
    })
    .register('interchange.importSheet', async ({ workspaceId, fingerprint, ...request }) => {
      const handle = await files.get(workspaceId);
      const plan = await planSheet(handle.db, request);
      if (plan.preview.problem)
        throw new ApiError('invalid_input', `the spreadsheet cannot be imported: ${plan.preview.problem}`);
      return apply(handle, LABELS.sheet, plan, fingerprint);
    })
    .register('interchange.exportXlsx', async ({ workspaceId, journeyId, language }) => {
      const handle = await files.get(workspaceId);
      const slice = buildJourneySlice(await readJourneyRows(handle.db, journeyId));
      const now = new Date(deps.now());
      const data = await writeWorkbook(journeySheets(slice, language), `Omnichannel Workbench ${deps.appVersion}`, now);
      const kind = language === 'de' ? 'Kundenreise' : 'Customer journey';
      return {
        fileName: exportFileName([kind, slice.journey.name.trim()], now, 'xlsx'),
        base64: data.toString('base64'),
      };
    })
    .register('interchange.sheetTemplate', async ({ workspaceId, language }) => {
      const handle = await files.get(workspaceId);
      const state = await readCatalogueState(handle.db);
      const data = await writeWorkbook(
        templateSheets(language, state.channels, state.departments),
        `Omnichannel Workbench ${deps.appVersion}`,
        new Date(deps.now()),
      );
      return { fileName: TEMPLATE_FILE_NAME[language], base64: data.toString('base64') };
    });
}
