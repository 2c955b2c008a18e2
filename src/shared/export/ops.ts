import type { Measure } from '../text/wrap';

/**
 * A printed page as a list of simple drawing operations in points (1/72 inch),
 * origin top left. The PDF writer (main, pdfkit) and the PNG painter (renderer,
 * canvas) both draw these, so a journey looks the same in either format and the
 * layout itself stays testable without either.
 */

export type Paper = 'a4' | 'a3';

/** Landscape sizes in points. */
export const PAPER_SIZES: Readonly<Record<Paper, { width: number; height: number }>> = {
  a4: { width: 842, height: 595 },
  a3: { width: 1191, height: 842 },
};

export type Op =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill?: string; stroke?: string; radius?: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string }
  /** One line of text, already wrapped and fitted by the layout; y is the top of the line. */
  | { kind: 'text'; x: number; y: number; text: string; size: number; bold: boolean; color: string };

// Line breaking and hyphenation live in one shared text module, for the screen and for print alike.
export { fitLine, wrapText, type Measure } from '../text/wrap';

export interface Page {
  width: number;
  height: number;
  ops: Op[];
}

/** A rough width (for tests and as a fallback): DejaVu Sans averages about 0.6 em per character. */
export const estimateWidth: Measure = (text, size, bold) => text.length * size * (bold ? 0.66 : 0.6);

/** Line height the layouts use for a font size. */
export const lineHeight = (size: number): number => Math.ceil(size * 1.25 * 10) / 10;

/** Adds wrapped lines as text ops from `y`; returns the y below the last line. */
export function pushLines(
  ops: Op[],
  lines: readonly string[],
  x: number,
  y: number,
  size: number,
  bold: boolean,
  color: string,
): number {
  const step = lineHeight(size);
  lines.forEach((text, i) => ops.push({ kind: 'text', x, y: y + i * step, text, size, bold, color }));
  return y + lines.length * step;
}

/** "Page {page} of {pages}" with the numbers filled in. */
export function pageLabel(template: string, page: number, pages: number): string {
  return template.replace('{page}', String(page)).replace('{pages}', String(pages));
}

/**
 * Lays out on a smaller virtual page and scales up: A3 gets larger type and
 * cards than A4 rather than the same small print with more white space.
 */
export const PAPER_SCALE: Readonly<Record<Paper, number>> = { a4: 1, a3: 1.25 };

export function scaledSize(paper: Paper): { width: number; height: number } {
  const { width, height } = PAPER_SIZES[paper];
  return { width: width / PAPER_SCALE[paper], height: height / PAPER_SCALE[paper] };
}

export function scalePage(page: Page, s: number): Page {
  if (s === 1) return page;
  const ops = page.ops.map((op): Op => {
    switch (op.kind) {
      case 'rect':
        return {
          ...op,
          x: op.x * s,
          y: op.y * s,
          w: op.w * s,
          h: op.h * s,
          radius: op.radius === undefined ? undefined : op.radius * s,
        };
      case 'line':
        return { ...op, x1: op.x1 * s, y1: op.y1 * s, x2: op.x2 * s, y2: op.y2 * s, width: op.width * s };
      case 'circle':
        return { ...op, cx: op.cx * s, cy: op.cy * s, r: op.r * s };
      case 'text':
        return { ...op, x: op.x * s, y: op.y * s, size: op.size * s };
    }
  });
  return { width: page.width * s, height: page.height * s, ops };
}
