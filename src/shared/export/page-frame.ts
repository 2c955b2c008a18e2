import { fitLine, pageLabel, type Measure, type Op, type Page } from './ops';
import { INK, MARGIN, MUTED, RULE } from './theme';

export const HEADER_H = 46;
export const FOOTER_H = 18;

export interface FrameText {
  title: string;
  subtitle: string;
  /** "Page {page} of {pages}". */
  pageTemplate: string;
}

/** Title and subtitle at the top of a page. */
export function drawHeader(page: Page, text: FrameText, measure: Measure): void {
  const width = page.width - 2 * MARGIN;
  page.ops.push(
    {
      kind: 'text',
      x: MARGIN,
      y: MARGIN,
      text: fitLine(text.title, width, 15, true, measure),
      size: 15,
      bold: true,
      color: INK,
    },
    {
      kind: 'text',
      x: MARGIN,
      y: MARGIN + 21,
      text: fitLine(text.subtitle, width, 8.5, false, measure),
      size: 8.5,
      bold: false,
      color: MUTED,
    },
    {
      kind: 'line',
      x1: MARGIN,
      y1: MARGIN + HEADER_H - 8,
      x2: page.width - MARGIN,
      y2: MARGIN + HEADER_H - 8,
      stroke: RULE,
      width: 0.8,
    },
  );
}

/** "Page n of m" on every page, once the number of pages is known. */
export function drawFooters(pages: readonly Page[], text: FrameText, measure: Measure): void {
  pages.forEach((page, i) => {
    const label = pageLabel(text.pageTemplate, i + 1, pages.length);
    const size = 7.5;
    const y = page.height - MARGIN - 9;
    const labelW = measure(label, size, false);
    page.ops.push(
      { kind: 'text', x: page.width - MARGIN - labelW, y, text: label, size, bold: false, color: MUTED },
      {
        kind: 'text',
        x: MARGIN,
        y,
        text: fitLine(text.title, page.width - 2 * MARGIN - labelW - 20, size, false, measure),
        size,
        bold: false,
        color: MUTED,
      },
    );
  });
}

/** The area between header and footer. */
export function bodyOf(page: { width: number; height: number }): { x: number; y: number; w: number; h: number } {
  return {
    x: MARGIN,
    y: MARGIN + HEADER_H,
    w: page.width - 2 * MARGIN,
    h: page.height - 2 * MARGIN - HEADER_H - FOOTER_H,
  };
}

export function newPage(size: { width: number; height: number }): Page {
  return { width: size.width, height: size.height, ops: [] as Op[] };
}
