import { fitLine, lineHeight, pageLabel, wrapText, type Measure, type Op, type Page } from './ops';
import { INK, MARGIN, MUTED, RULE } from './theme';

export const HEADER_H = 46;
export const FOOTER_H = 18;

export interface FrameText {
  title: string;
  subtitle: string;
  /** "Page {page} of {pages}". */
  pageTemplate: string;
}

const TITLE_SIZE = 15;

/** The title's lines: one line cut to fit, or wrapped onto up to `maxLines` before the last is cut. */
export function titleLines(title: string, width: number, measure: Measure, maxLines = 1): string[] {
  if (maxLines <= 1) return [fitLine(title, width, TITLE_SIZE, true, measure)];
  return wrapText(title, width, TITLE_SIZE, true, measure, maxLines);
}

/** The height of a header whose title has this many lines. */
export function headerHeight(lines = 1): number {
  return HEADER_H + Math.max(0, lines - 1) * lineHeight(TITLE_SIZE);
}

/** Title (as `lines` from titleLines, or cut to one line) and subtitle at the top of a page. */
export function drawHeader(page: Page, text: FrameText, measure: Measure, lines?: readonly string[]): void {
  const width = page.width - 2 * MARGIN;
  const title = lines ?? titleLines(text.title, width, measure);
  const below = (title.length - 1) * lineHeight(TITLE_SIZE);
  title.forEach((line, i) =>
    page.ops.push({
      kind: 'text',
      x: MARGIN,
      y: MARGIN + i * lineHeight(TITLE_SIZE),
      text: line,
      size: TITLE_SIZE,
      bold: true,
      color: INK,
    }),
  );
  page.ops.push(
    {
      kind: 'text',
      x: MARGIN,
      y: MARGIN + 21 + below,
      text: fitLine(text.subtitle, width, 8.5, false, measure),
      size: 8.5,
      bold: false,
      color: MUTED,
    },
    {
      kind: 'line',
      x1: MARGIN,
      y1: MARGIN + HEADER_H - 8 + below,
      x2: page.width - MARGIN,
      y2: MARGIN + HEADER_H - 8 + below,
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

/** The area between header (of `header` points, see headerHeight) and footer. */
export function bodyOf(
  page: { width: number; height: number },
  header = HEADER_H,
): { x: number; y: number; w: number; h: number } {
  return {
    x: MARGIN,
    y: MARGIN + header,
    w: page.width - 2 * MARGIN,
    h: page.height - 2 * MARGIN - header - FOOTER_H,
  };
}

export function newPage(size: { width: number; height: number }): Page {
  return { width: size.width, height: size.height, ops: [] as Op[] };
}
