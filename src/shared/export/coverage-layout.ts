import type { CoverageDoc } from './coverage-doc';
import { fitLine, lineHeight, pushLines, wrapText, type Measure, type Page } from './ops';
import { drawCountTable, type Flow, type TableContext } from './coverage-heatmap-layout';
import { bodyOf, drawFooters, drawHeader, newPage, type FrameText } from './page-frame';
import { ACCENT, HEADER_FILL, INK, MUTED, RULE, WARN, safeColour } from './theme';

/**
 * The coverage dashboard on paper: the verdict with its reasons and the
 * dimension scores as bars on the first page, then the stage × channel matrix
 * (channels split into column groups, stages continuing with the header
 * repeated), the department × stage heatmap and department × channel table
 * (see coverage-heatmap-layout.ts), then every finding, as many pages as they need.
 */

export interface CoverageLayoutOptions {
  size: { width: number; height: number };
  measure: Measure;
  /** 'poster': one page as tall as everything (for the PNG). */
  mode?: 'pages' | 'poster';
}

const SEVERITY_COLOURS = { high: WARN, medium: '#c2410c', low: MUTED } as const;
const STAGE_COL_W = 120;
const MIN_CHANNEL_W = 58;
const MATRIX_HEAD_H = 34;
const MATRIX_ROW_H = 22;

export function layoutCoverage(doc: CoverageDoc, options: CoverageLayoutOptions): Page[] {
  const { measure } = options;
  const poster = options.mode === 'poster';
  const size = poster ? { width: options.size.width, height: 1_000_000 } : options.size;
  const area = bodyOf(size);
  const bottom = area.y + area.h;
  const frame: FrameText = { title: doc.title, subtitle: doc.subtitle, pageTemplate: doc.labels.page };
  const start = (): Page => {
    const page = newPage(size);
    drawHeader(page, frame, measure);
    return page;
  };
  const first = start();
  const f: Flow = { pages: [first], page: first, y: area.y };
  const ensure = (height: number): void => {
    if (f.y + height <= bottom) return;
    f.page = start();
    f.pages.push(f.page);
    f.y = area.y;
  };
  const heading = (text: string): void => {
    ensure(34);
    f.page.ops.push({
      kind: 'text',
      x: area.x,
      y: f.y + 2,
      text: fitLine(text, area.w, 12, true, measure),
      size: 12,
      bold: true,
      color: INK,
    });
    f.y += 22;
  };
  const paragraph = (text: string, size: number, colour: string, indent = 0, bold = false): void => {
    for (const line of wrapText(text, area.w - indent, size, bold, measure, Infinity, doc.language)) {
      ensure(lineHeight(size));
      f.page.ops.push({ kind: 'text', x: area.x + indent, y: f.y, text: line, size, bold, color: colour });
      f.y += lineHeight(size);
    }
  };

  // Verdict and scores side by side on the first page.
  const leftW = area.w * 0.55;
  const rightX = area.x + leftW + 24;
  const rightW = area.w - leftW - 24;
  first.ops.push({
    kind: 'text',
    x: area.x,
    y: f.y,
    text: fitLine(doc.labels.verdict, leftW, 9, true, measure),
    size: 9,
    bold: true,
    color: MUTED,
  });
  let ly = f.y + 14;
  first.ops.push({
    kind: 'text',
    x: area.x,
    y: ly,
    text: fitLine(doc.level, leftW, 20, true, measure),
    size: 20,
    bold: true,
    color: ACCENT,
  });
  ly += 28;
  ly =
    pushLines(first.ops, wrapText(doc.verdict, leftW, 10, true, measure, 3, doc.language), area.x, ly, 10, true, INK) +
    4;
  for (const reason of doc.reasons)
    ly =
      pushLines(
        first.ops,
        wrapText(`• ${reason}`, leftW, 9, false, measure, 4, doc.language),
        area.x,
        ly,
        9,
        false,
        INK,
      ) + 2;
  if (doc.next) {
    ly += 6;
    ly =
      pushLines(
        first.ops,
        wrapText(doc.next.title, leftW, 9, true, measure, 2, doc.language),
        area.x,
        ly,
        9,
        true,
        INK,
      ) + 2;
    for (const item of doc.next.items.slice(0, 12))
      ly =
        pushLines(
          first.ops,
          wrapText(`• ${item}`, leftW, 9, false, measure, 3, doc.language),
          area.x,
          ly,
          9,
          false,
          INK,
        ) + 2;
  }

  let ry = f.y;
  first.ops.push({
    kind: 'text',
    x: rightX,
    y: ry,
    text: fitLine(`${doc.labels.scores} · ${doc.labels.overall} ${doc.overall}`, rightW, 9, true, measure),
    size: 9,
    bold: true,
    color: MUTED,
  });
  ry += 18;
  const barX = rightX + Math.min(150, rightW * 0.45);
  const barW = rightX + rightW - barX - 34;
  for (const score of doc.scores) {
    first.ops.push({
      kind: 'text',
      x: rightX,
      y: ry + 1,
      text: fitLine(score.label, barX - rightX - 6, 8.5, false, measure),
      size: 8.5,
      bold: false,
      color: INK,
    });
    first.ops.push({ kind: 'rect', x: barX, y: ry, w: barW, h: 11, fill: HEADER_FILL });
    if (score.value !== null && score.value > 0)
      first.ops.push({ kind: 'rect', x: barX, y: ry, w: (barW * score.value) / 100, h: 11, fill: ACCENT });
    const value = score.value === null ? doc.labels.notApplicable : String(score.value);
    first.ops.push({
      kind: 'text',
      x: barX + barW + 5,
      y: ry + 1,
      text: fitLine(value, 30, 8.5, true, measure),
      size: 8.5,
      bold: true,
      color: INK,
    });
    ry += 20;
  }
  f.y = Math.min(bottom, Math.max(ly, ry) + 18);

  drawMatrix(doc, f, area, bottom, ensure, heading, measure);

  const tables: TableContext = {
    f,
    area,
    bottom,
    measure,
    language: doc.language,
    ensure,
    heading,
    pageBreak: () => {
      f.y = bottom + 1;
      ensure(1);
    },
  };
  const { labels } = doc;
  const words = {
    department: labels.department,
    total: labels.total,
    continued: labels.continued,
    empty: labels.noDepartments,
  };
  drawCountTable(doc.heatmap, { ...words, title: labels.heatmap }, tables);
  drawCountTable(doc.byChannel, { ...words, title: labels.byChannel }, tables);

  heading(`${doc.labels.findings} (${doc.findings.length})`);
  if (doc.findings.length === 0) paragraph(doc.labels.noFindings, 9, MUTED);
  for (const finding of doc.findings) {
    const tagW = 54;
    const lines = wrapText(finding.text, area.w - tagW, 8.5, false, measure, Infinity, doc.language);
    ensure(lineHeight(8.5) * Math.min(lines.length, 3) + 3);
    f.page.ops.push({
      kind: 'text',
      x: area.x,
      y: f.y,
      text: fitLine(finding.severityLabel, tagW - 6, 8, true, measure),
      size: 8,
      bold: true,
      color: SEVERITY_COLOURS[finding.severity],
    });
    lines.forEach((line) => {
      ensure(lineHeight(8.5));
      f.page.ops.push({ kind: 'text', x: area.x + tagW, y: f.y, text: line, size: 8.5, bold: false, color: INK });
      f.y += lineHeight(8.5);
    });
    f.y += 3;
  }

  if (poster) {
    f.page.height = Math.ceil(f.y + 28);
    return f.pages;
  }
  drawFooters(f.pages, frame, measure);
  return f.pages;
}

function drawMatrix(
  doc: CoverageDoc,
  f: Flow,
  area: { x: number; w: number },
  bottom: number,
  ensure: (h: number) => void,
  heading: (text: string) => void,
  measure: Measure,
): void {
  const { channels, rows } = doc.matrix;
  if (channels.length === 0 || rows.length === 0) return;
  const perPage = Math.max(1, Math.floor((area.w - STAGE_COL_W) / MIN_CHANNEL_W));
  const groups = Math.ceil(channels.length / perPage);
  const per = Math.ceil(channels.length / groups);
  for (let g = 0; g < channels.length; g += per) {
    const cols = channels.slice(g, g + per).map((name, i) => ({ name, index: g + i }));
    const colW = (area.w - STAGE_COL_W) / cols.length;
    heading(doc.labels.matrix);
    const names = cols.map((c) => wrapText(c.name, colW - 6, 7.5, true, measure, 3, doc.language));
    const headH = Math.min(MATRIX_HEAD_H, Math.max(1, ...names.map((l) => l.length)) * lineHeight(7.5) + 8);
    const head = (): void => {
      ensure(headH + MATRIX_ROW_H);
      f.page.ops.push({ kind: 'rect', x: area.x, y: f.y, w: area.w, h: headH, fill: HEADER_FILL });
      f.page.ops.push({
        kind: 'text',
        x: area.x + 4,
        y: f.y + 4,
        text: fitLine(doc.labels.stage, STAGE_COL_W - 8, 8, true, measure),
        size: 8,
        bold: true,
        color: INK,
      });
      names.forEach((lines, i) =>
        pushLines(f.page.ops, lines, area.x + STAGE_COL_W + i * colW + 3, f.y + 4, 7.5, true, INK),
      );
      f.y += headH;
    };
    head();
    for (const row of rows) {
      if (f.y + MATRIX_ROW_H > bottom) {
        // Rows continue on a new page under the heading and channel header repeated.
        f.y = bottom + 1;
        ensure(1);
        heading(`${doc.labels.matrix} ${doc.labels.continued}`);
        head();
      }
      f.page.ops.push({
        kind: 'text',
        x: area.x + 4,
        y: f.y + 6,
        text: fitLine(row.name, STAGE_COL_W - 8, 8, false, measure),
        size: 8,
        bold: false,
        color: INK,
      });
      cols.forEach((c, i) => {
        const cell = row.cells[c.index];
        const x = area.x + STAGE_COL_W + i * colW;
        if (!cell || cell.count === 0) {
          f.page.ops.push({ kind: 'rect', x: x + 2, y: f.y + 2, w: colW - 4, h: MATRIX_ROW_H - 4, fill: '#fef2f2' });
          return;
        }
        f.page.ops.push({ kind: 'rect', x: x + 2, y: f.y + 2, w: colW - 4, h: MATRIX_ROW_H - 4, fill: '#eff6ff' });
        f.page.ops.push({
          kind: 'text',
          x: x + 5,
          y: f.y + 6,
          text: String(cell.count),
          size: 8,
          bold: true,
          color: INK,
        });
        const dots = cell.colours.slice(0, Math.max(0, Math.floor((colW - 26) / 7)));
        dots.forEach((colour, k) =>
          f.page.ops.push({
            kind: 'circle',
            cx: x + 22 + k * 7,
            cy: f.y + MATRIX_ROW_H / 2,
            r: 2.6,
            fill: safeColour(colour),
          }),
        );
      });
      f.y += MATRIX_ROW_H;
      f.page.ops.push({ kind: 'line', x1: area.x, y1: f.y, x2: area.x + area.w, y2: f.y, stroke: RULE, width: 0.5 });
    }
    f.y += 8;
  }
  // Department legend for the dots.
  ensure(lineHeight(8) + 4);
  let x = area.x;
  for (const d of doc.departments) {
    const label = fitLine(d.name, 160, 8, false, measure);
    const w = 13 + measure(label, 8, false) + 14;
    if (x + w > area.x + area.w) {
      f.y += lineHeight(8) + 3;
      ensure(lineHeight(8) + 3);
      x = area.x;
    }
    f.page.ops.push({ kind: 'circle', cx: x + 4, cy: f.y + 5, r: 3, fill: safeColour(d.colour) });
    f.page.ops.push({ kind: 'text', x: x + 11, y: f.y, text: label, size: 8, bold: false, color: INK });
    x += w;
  }
  f.y += lineHeight(8) + 14;
}
