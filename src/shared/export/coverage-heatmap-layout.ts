import type { CountTable } from './coverage-doc';
import { fitLine, lineHeight, wrapText, type Measure, type Page } from './ops';
import type { TextLanguage } from '../text/hyphenation';
import { HEADER_FILL, INK, MUTED, RULE, safeColour } from './theme';

/**
 * The dashboard's department views on paper: departments down the side, stages
 * (or channels) across, each cell shaded by its count with the count always
 * printed, so the table still reads in black and white. Many columns are split
 * into groups; many departments continue on the next page under a repeated
 * header.
 */

export interface Flow {
  pages: Page[];
  page: Page;
  y: number;
}

export interface TableContext {
  f: Flow;
  area: { x: number; y: number; w: number; h: number };
  bottom: number;
  measure: Measure;
  /** Hyphenation of column names that do not fit (null: break only at hyphens). */
  language?: TextLanguage | null;
  /** Starts a new page when `height` does not fit below f.y. */
  ensure: (height: number) => void;
  /** Continues on a fresh page. */
  pageBreak: () => void;
  heading: (text: string) => void;
}

export interface TableWords {
  title: string;
  department: string;
  total: string;
  continued: string;
  /** Said instead of an empty table. */
  empty: string;
}

const NAME_W = 150;
const TOTAL_W = 46;
const MIN_COL_W = 40;
const MAX_COL_W = 86;
const ROW_H = 18;
const HEADING_H = 22;
/** The dashboard's heatmap colour; blended with white it darkens evenly, so grey print keeps the order. */
const SHADE = [43, 92, 138] as const;
const ZERO = '#9ca3af';

/** Cell fill for a count: light for few, dark for the most in the table. */
export function shadeOf(count: number, max: number): string {
  const alpha = 0.12 + 0.78 * Math.min(1, count / Math.max(1, max));
  const channel = (c: number) =>
    Math.round(255 + (c - 255) * alpha)
      .toString(16)
      .padStart(2, '0');
  return `#${SHADE.map(channel).join('')}`;
}

const HEAD_SIZES = [7.5, 7, 6.5, 6] as const;

/**
 * A column name in at most three lines, broken after the hyphens of compounds
 * ("Push-" / "Benachrichtigung") before any word is cut.
 */
export function wrapHeader(
  name: string,
  width: number,
  size: number,
  measure: Measure,
  language: TextLanguage | null = null,
): string[] {
  const fits = (text: string) => measure(text, size, true) <= width;
  const lines: string[] = [];
  let current = '';
  for (const word of name.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean)) {
    word.split(/(?<=-)(?=\p{L})/u).forEach((part, i) => {
      const candidate = current === '' ? part : `${current}${i === 0 ? ' ' : ''}${part}`;
      if (fits(candidate)) {
        current = candidate;
        return;
      }
      if (current !== '') lines.push(current);
      // A part still too wide is cut where it no longer fits, as wrapText does.
      const pieces = fits(part) ? [part] : wrapText(part, width, size, true, measure, Infinity, language);
      lines.push(...pieces.slice(0, -1));
      current = pieces.at(-1) ?? '';
    });
  }
  if (current !== '') lines.push(current);
  if (lines.length <= 3) return lines;
  return [...lines.slice(0, 2), fitLine(`${lines.slice(2).join(' ')}…`, width, size, true, measure)];
}

/** The largest header size at which no column name has to cut a word. */
function headerSize(names: readonly string[], width: number, measure: Measure): number {
  const parts = names.flatMap((n) => n.split(/\s+|(?<=-)(?=\p{L})/u)).filter(Boolean);
  return HEAD_SIZES.find((size) => parts.every((p) => measure(p, size, true) <= width)) ?? 6;
}

/** White numbers on the darker half of the scale, as on screen. */
const inkOn = (count: number, max: number): string => (count / Math.max(1, max) > 0.5 ? '#ffffff' : INK);

export function drawCountTable(table: CountTable, words: TableWords, ctx: TableContext): void {
  const { f, area, bottom, measure } = ctx;
  if (table.rows.length === 0) {
    ctx.heading(words.title);
    ctx.ensure(lineHeight(9));
    f.page.ops.push({
      kind: 'text',
      x: area.x,
      y: f.y,
      text: fitLine(words.empty, area.w, 9, false, measure),
      size: 9,
      bold: false,
      color: MUTED,
    });
    f.y += lineHeight(9) + 14;
    return;
  }
  const max = Math.max(1, ...table.rows.flatMap((r) => r.counts));
  const rowTotals = table.rows.map((r) => r.counts.reduce((a, b) => a + b, 0));
  const columnTotals = table.columns.map((_, c) => table.rows.reduce((sum, r) => sum + (r.counts[c] ?? 0), 0));
  const grand = rowTotals.reduce((a, b) => a + b, 0);

  const room = area.w - NAME_W - TOTAL_W;
  const perGroup = Math.max(1, Math.floor(room / MIN_COL_W));
  const groups = Math.max(1, Math.ceil(table.columns.length / perGroup));
  const per = Math.max(1, Math.ceil(table.columns.length / groups));
  const fullBody = bottom - area.y;

  for (let g = 0; g < groups; g += 1) {
    const cols = table.columns.slice(g * per, (g + 1) * per).map((name, i) => ({ name, index: g * per + i }));
    const colW = cols.length === 0 ? 0 : Math.min(MAX_COL_W, room / cols.length);
    const width = NAME_W + cols.length * colW + TOTAL_W;
    const title = groups > 1 ? `${words.title} (${g + 1}/${groups})` : words.title;
    const headSize = headerSize(
      cols.map((c) => c.name),
      colW - 6,
      measure,
    );
    const names = cols.map((c) => wrapHeader(c.name, colW - 6, headSize, measure, ctx.language));
    const headH = Math.max(20, Math.max(1, ...names.map((l) => l.length)) * lineHeight(headSize) + 8);

    // Keep a table on one page when a page can hold it; never start one with fewer than three rows.
    const whole = HEADING_H + headH + (table.rows.length + 1) * ROW_H + 12;
    const least = HEADING_H + headH + Math.min(table.rows.length + 1, 3) * ROW_H + 12;
    if (f.y + (whole <= fullBody ? whole : least) > bottom) ctx.pageBreak();

    const head = (): void => {
      f.page.ops.push({ kind: 'rect', x: area.x, y: f.y, w: width, h: headH, fill: HEADER_FILL });
      // Names sit on the header's bottom edge, next to the numbers they head.
      const base = f.y + headH - 4;
      f.page.ops.push({
        kind: 'text',
        x: area.x + 4,
        y: base - lineHeight(8),
        text: fitLine(words.department, NAME_W - 8, 8, true, measure),
        size: 8,
        bold: true,
        color: INK,
      });
      names.forEach((lines, i) => {
        const x = area.x + NAME_W + i * colW;
        const top = base - lines.length * lineHeight(headSize);
        lines.forEach((line, k) => {
          const w = measure(line, headSize, true);
          f.page.ops.push({
            kind: 'text',
            x: x + Math.max(3, (colW - w) / 2),
            y: top + k * lineHeight(headSize),
            text: line,
            size: headSize,
            bold: true,
            color: INK,
          });
        });
      });
      const total = fitLine(words.total, TOTAL_W - 6, 8, true, measure);
      f.page.ops.push({
        kind: 'text',
        x: area.x + width - 4 - measure(total, 8, true),
        y: base - lineHeight(8),
        text: total,
        size: 8,
        bold: true,
        color: INK,
      });
      f.y += headH;
    };
    const breakIfFull = (): void => {
      if (f.y + ROW_H <= bottom) return;
      ctx.pageBreak();
      ctx.heading(`${title} ${words.continued}`);
      head();
    };
    const countCell = (x: number, n: number, shaded: boolean): void => {
      const label = String(n);
      const w = measure(label, 8, true);
      if (shaded && n > 0)
        f.page.ops.push({ kind: 'rect', x: x + 1, y: f.y + 1, w: colW - 2, h: ROW_H - 2, fill: shadeOf(n, max) });
      const colour = !shaded ? INK : n === 0 ? ZERO : inkOn(n, max);
      f.page.ops.push({
        kind: 'text',
        x: x + (colW - w) / 2,
        y: f.y + 4.5,
        text: label,
        size: 8,
        bold: shaded ? n > 0 : true,
        color: colour,
      });
    };
    const totalCell = (n: number): void => {
      const label = String(n);
      f.page.ops.push({
        kind: 'text',
        x: area.x + width - 4 - measure(label, 8, true),
        y: f.y + 4.5,
        text: label,
        size: 8,
        bold: true,
        color: INK,
      });
    };
    const rule = (): void => {
      f.page.ops.push({ kind: 'line', x1: area.x, y1: f.y, x2: area.x + width, y2: f.y, stroke: RULE, width: 0.5 });
    };

    ctx.heading(title);
    head();
    table.rows.forEach((row, r) => {
      breakIfFull();
      // A chip with an outline: a pale department colour still shows on white paper.
      f.page.ops.push(
        row.colour === null
          ? { kind: 'rect', x: area.x + 4, y: f.y + 5, w: 8, h: 8, fill: '#ffffff', stroke: MUTED }
          : { kind: 'rect', x: area.x + 4, y: f.y + 5, w: 8, h: 8, fill: safeColour(row.colour), stroke: '#4b5563' },
      );
      f.page.ops.push({
        kind: 'text',
        x: area.x + 17,
        y: f.y + 4.5,
        text: fitLine(row.name, NAME_W - 22, 8, false, measure),
        size: 8,
        bold: false,
        color: row.colour === null ? MUTED : INK,
      });
      cols.forEach((c, i) => countCell(area.x + NAME_W + i * colW, row.counts[c.index] ?? 0, true));
      f.page.ops.push({
        kind: 'line',
        x1: area.x + width - TOTAL_W,
        y1: f.y,
        x2: area.x + width - TOTAL_W,
        y2: f.y + ROW_H,
        stroke: RULE,
        width: 0.5,
      });
      totalCell(rowTotals[r]!);
      f.y += ROW_H;
      rule();
    });
    breakIfFull();
    f.page.ops.push({ kind: 'rect', x: area.x, y: f.y, w: width, h: ROW_H, fill: HEADER_FILL });
    f.page.ops.push({
      kind: 'text',
      x: area.x + 4,
      y: f.y + 4.5,
      text: fitLine(words.total, NAME_W - 8, 8, true, measure),
      size: 8,
      bold: true,
      color: INK,
    });
    cols.forEach((c, i) => countCell(area.x + NAME_W + i * colW, columnTotals[c.index]!, false));
    totalCell(grand);
    f.y += ROW_H + 12;
  }
}
