import { ApiError } from '../../shared/contract';
import { layoutCoverage } from '../../shared/export/coverage-layout';
import { exportFileName } from '../../shared/export/file-name';
import { PAPER_SCALE, scaledSize, scalePage } from '../../shared/export/ops';
import { writePdf } from '../export/pdf';
import { journeyPdf } from '../export/pdf-journey';
import type { HandlerRegistry } from './registry';
import type { WorkspaceFiles } from './workspaces';

export interface ExportHandlersDeps {
  files: WorkspaceFiles;
  now: () => number;
}

/** The contract's export.* methods: PDFs of a journey map and of the coverage dashboard. */
export function registerExportHandlers(registry: HandlerRegistry, deps: ExportHandlersDeps): void {
  registry
    .register('export.journeyPdf', async ({ workspaceId, journeyId, paper, labels, backstage }) => {
      const handle = await deps.files.get(workspaceId);
      const { name, pdf } = await journeyPdf(handle.db, { journeyId, paper, labels, backstage });
      return {
        // A4 and A3 of the same journey are two files, not one overwriting the other.
        fileName: exportFileName([labels.kind, name, paper.toUpperCase()], new Date(deps.now()), 'pdf'),
        base64: pdf.toString('base64'),
      };
    })
    .register('export.coveragePdf', async ({ workspaceId, journeyId, paper, document }) => {
      const handle = await deps.files.get(workspaceId);
      if (
        journeyId !== null &&
        !(await handle.db.get('SELECT id FROM journeys WHERE id = ? AND tombstone = 0', [journeyId]))
      ) {
        throw new ApiError('not_found', `no journey with id ${journeyId}`);
      }
      const pdf = await writePdf(document.title, (measure) =>
        layoutCoverage(document, { size: scaledSize(paper), measure }).map((p) => scalePage(p, PAPER_SCALE[paper])),
      );
      return {
        fileName: exportFileName([document.title, paper.toUpperCase()], new Date(deps.now()), 'pdf'),
        base64: pdf.toString('base64'),
      };
    });
}
