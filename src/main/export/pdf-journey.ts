import type { JourneyLabels } from '../../shared/export/journey-data';
import { layoutJourney } from '../../shared/export/journey-layout';
import { PAPER_SCALE, scaledSize, scalePage, type Paper } from '../../shared/export/ops';
import { buildJourneySlice } from '../../shared/journey';
import { factValues } from '../../shared/messages/placeholders';
import { decodeRow } from '../store/codec';
import type { Db } from '../store/db';
import { readJourneyExport } from './journey-data';
import { writePdf } from './pdf';

export interface JourneyPdfRequest {
  journeyId: string;
  paper: Paper;
  labels: JourneyLabels;
  /** Backstage lanes under the line of visibility (shown unless false). */
  backstage?: boolean;
}

/**
 * A journey as PDF: the rows of journeys.open (one query for every view), the
 * journey slice made from them, and the workspace facts its key messages
 * are filled in with.
 */
export async function journeyPdf(db: Db, request: JourneyPdfRequest): Promise<{ name: string; pdf: Buffer }> {
  const slice = buildJourneySlice(await readJourneyExport(db, request.journeyId));
  const facts = factValues((await db.all('SELECT * FROM facts WHERE tombstone = 0')).map((r) => decodeRow('facts', r)));
  const { labels, paper } = request;
  const name = slice.journey.name.trim() || labels.untitled;
  const pdf = await writePdf(`${labels.kind}: ${name}`, (measure) =>
    layoutJourney(slice, { size: scaledSize(paper), measure, labels, facts, backstage: request.backstage }).pages.map(
      (p) => scalePage(p, PAPER_SCALE[paper]),
    ),
  );
  return { name, pdf };
}
