import { performance } from 'node:perf_hooks';
import { layoutJourney } from '../src/shared/export/journey-layout';
import { estimateWidth, PAPER_SCALE, scaledSize, scalePage } from '../src/shared/export/ops';
import { bigJourneyRows, LABELS_EN } from '../src/shared/export/test-journeys';
import { buildJourneySlice } from '../src/shared/journey';
import { writePdf } from '../src/main/export/pdf';
import type { BenchFigure } from './figure';

const TOUCHPOINTS = 500;
const BACKSTAGE = 100;
const ROUNDS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * A 500-touchpoint journey (every fourth touchpoint parallel, 100 backstage
 * steps with their hand-offs) to an A4 PDF in time order with the font
 * embedded, the way export.journeyPdf does it — slice, layout, writing —
 * beside laying out the same pages alone (the PDF writing and font subsetting
 * are the difference).
 */
export async function benchExport(): Promise<BenchFigure[]> {
  const rows = bigJourneyRows(TOUCHPOINTS, 12, { parallelEvery: 4, backstage: BACKSTAGE });
  const options = { size: scaledSize('a4'), labels: LABELS_EN };
  const layout = (measure: typeof estimateWidth) =>
    layoutJourney(buildJourneySlice(rows), { ...options, measure }).pages.map((p) => scalePage(p, PAPER_SCALE.a4));

  await writePdf('warm-up', layout); // loads pdfkit and the font once
  const pdfMs: number[] = [];
  const layoutMs: number[] = [];
  let pages = 0;
  let bytes = 0;
  for (let i = 0; i < ROUNDS; i++) {
    let t = performance.now();
    pages = layout(estimateWidth).length;
    layoutMs.push(performance.now() - t);
    t = performance.now();
    bytes = (await writePdf('bench', layout)).length;
    pdfMs.push(performance.now() - t);
  }
  const pdf = median(pdfMs);
  const alone = median(layoutMs);
  return [
    {
      id: 'export.journey_pdf_500_ms',
      label: `A4 PDF of a ${TOUCHPOINTS}-touchpoint journey with ${BACKSTAGE} backstage steps, in time order (${pages} pages, ${Math.round(bytes / 1024)} KiB), median of ${ROUNDS}`,
      value: Math.round(pdf * 10) / 10,
      unit: 'ms',
      reference: `laying out the same pages alone (estimated widths): ${alone.toFixed(1)} ms`,
      ratio: Math.round((pdf / alone) * 100) / 100,
    },
  ];
}
