import type { BackstageStep, Department, Touchpoint } from '../schema/tables';
import type { JourneySlice } from '../journey/slice';
import { curveGeometry, type CurveColumn } from './curve-geometry';
import type { JourneyLabels } from './journey-data';
import { fitLine, lineHeight, pushLines, wrapText, type Measure, type Op, type Page } from './ops';
import { BACK_CARD_H, CARD_H } from './journey-sheets';
import { emotionColour, emotionSign } from '../emotion';
import { CARD_FILL, INK, MUTED, RULE, WARN, safeColour } from './theme';

/** The pieces of the printed map drawn as page operations: cards, the curve, arrows. */

export const FLAG_BACK = '↩';
export const FLAG_HISTORY = '↺';
export const FLAG_HANDOFF = '⚠';
const TITLE_SIZE = 7.5;
const META_SIZE = 6.5;
export const BACK_FILL = '#f1f5f9';
const NO_OWNER = '#cbd5e1';

export interface Box {
  x: number;
  y: number;
  w: number;
}

function departmentOf(slice: JourneySlice, id: string | null): Department | undefined {
  return id === null ? undefined : slice.departments.get(id);
}

/** The meta line of a card: text on the left (owner, systems), flags and hand-off numbers on the right. */
function metaLine(
  ops: Op[],
  box: Box,
  y: number,
  left: { text: string; colour: string },
  flags: string,
  lost: readonly number[] | undefined,
  measure: Measure,
): void {
  const inner = box.w - 10;
  const right = box.x + box.w - 4;
  const flagW = flags ? measure(flags, META_SIZE, false) : 0;
  if (flags) ops.push({ kind: 'text', x: right - flagW, y, text: flags, size: META_SIZE, bold: false, color: MUTED });
  let used = flagW;
  if (lost && lost.length > 0) {
    const text = fitLine(
      `${FLAG_HANDOFF}${lost.join(',')}`,
      Math.max(10, inner - flagW - 20),
      META_SIZE,
      true,
      measure,
    );
    const w = measure(text, META_SIZE, true);
    ops.push({
      kind: 'text',
      x: right - flagW - (flags ? 3 : 0) - w,
      y,
      text,
      size: META_SIZE,
      bold: true,
      color: WARN,
    });
    used += w + 3;
  }
  const text = fitLine(left.text, Math.max(0, inner - used - 4), META_SIZE, false, measure);
  if (text) ops.push({ kind: 'text', x: box.x + 7, y, text, size: META_SIZE, bold: false, color: left.colour });
}

export function drawTouchpointCard(
  page: Page,
  tp: Touchpoint,
  box: Box,
  slice: JourneySlice,
  lost: readonly number[] | undefined,
  labels: JourneyLabels,
  measure: Measure,
): void {
  const { x, y, w } = box;
  const owner = departmentOf(slice, tp.owner_department_id);
  page.ops.push(
    { kind: 'rect', x, y, w, h: CARD_H, fill: CARD_FILL, stroke: RULE, radius: 2 },
    { kind: 'rect', x, y, w: 3.5, h: CARD_H, fill: owner ? safeColour(owner.color) : NO_OWNER },
    { kind: 'circle', cx: x + w - 6, cy: y + 7, r: 3, fill: emotionColour(tp.emotion) },
  );
  const title = wrapText(tp.title.trim() || labels.untitled, w - 20, TITLE_SIZE, true, measure, 2, labels.language);
  pushLines(page.ops, title, x + 7, y + 3, TITLE_SIZE, true, INK);
  const flags = [emotionSign(tp.emotion)];
  if (tp.back_channel) flags.push(FLAG_BACK);
  if (tp.knows_history) flags.push(FLAG_HISTORY);
  metaLine(
    page.ops,
    box,
    y + CARD_H - lineHeight(META_SIZE) - 2,
    { text: owner?.name || labels.noOwner, colour: owner ? INK : WARN },
    flags.join(' '),
    lost,
    measure,
  );
}

export function drawBackstageCard(
  page: Page,
  b: BackstageStep,
  box: Box,
  slice: JourneySlice,
  lost: readonly number[] | undefined,
  labels: JourneyLabels,
  measure: Measure,
): void {
  const { x, y, w } = box;
  const department = departmentOf(slice, b.department_id);
  page.ops.push(
    { kind: 'rect', x, y, w, h: BACK_CARD_H, fill: BACK_FILL, stroke: RULE, radius: 2 },
    { kind: 'rect', x, y, w: 3.5, h: BACK_CARD_H, fill: department ? safeColour(department.color) : NO_OWNER },
  );
  const title = wrapText(b.title.trim() || labels.untitled, w - 12, TITLE_SIZE, true, measure, 2, labels.language);
  pushLines(page.ops, title, x + 7, y + 3, TITLE_SIZE, true, INK);
  const systems = b.system_ids
    .map((id) => slice.systems.get(id)?.name.trim())
    .filter(Boolean)
    .join(', ');
  metaLine(
    page.ops,
    box,
    y + BACK_CARD_H - lineHeight(META_SIZE) - 2,
    { text: systems, colour: MUTED },
    '',
    lost,
    measure,
  );
}

/** Where a card stands on a page: the box an arrow starts or ends at. */
export interface Placed {
  page: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Its column on the page (0-based) and the top of the row segment it stands in. */
  column: number;
  rowTop: number;
}

/**
 * An arrow from one card to another on the same page, routed through the
 * gutters between columns and the free strip at the top of the target's row,
 * so it crosses no card: right out of the source, along the gutter, along the
 * strip, down the gutter left of the target, into it.
 */
export function drawArrow(
  page: Page,
  from: Placed,
  to: Placed,
  gridX: number,
  colW: number,
  style: { colour: string; width: number; dash?: number },
): void {
  const sx = from.x + from.w;
  const sy = from.y + from.h / 2;
  const tx = to.x;
  const ty = to.y + to.h / 2;
  const gS = gridX + (from.column + 1) * colW;
  const gT = gridX + to.column * colW;
  const points =
    to.column === from.column + 1
      ? [
          [sx, sy],
          [gS, sy],
          [gS, ty],
          [tx, ty],
        ]
      : [
          [sx, sy],
          [gS, sy],
          [gS, to.rowTop + 2.5],
          [gT, to.rowTop + 2.5],
          [gT, ty],
          [tx, ty],
        ];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i - 1]!;
    const [x2, y2] = points[i]!;
    if (x1 === x2 && y1 === y2) continue;
    page.ops.push({
      kind: 'line',
      x1: x1!,
      y1: y1!,
      x2: x2!,
      y2: y2!,
      stroke: style.colour,
      width: style.width,
      dash: style.dash,
    });
  }
  page.ops.push(
    { kind: 'line', x1: tx - 3.5, y1: ty - 2.5, x2: tx, y2: ty, stroke: style.colour, width: style.width },
    { kind: 'line', x1: tx - 3.5, y1: ty + 2.5, x2: tx, y2: ty, stroke: style.colour, width: style.width },
  );
}

const BAND_FILLS = ['#f8fafc', '#eef2f7'];
const CURRENT_FILL = '#dbe7f3';
const LABEL_SIZE = 6.5;

/** The per-step emotion curve over the given columns: stage bands behind, ranges, points, the marked moments. */
export function drawCurve(
  page: Page,
  slice: JourneySlice,
  curve: Parameters<typeof curveGeometry>[0],
  columns: readonly CurveColumn[],
  box: { y: number; h: number },
  labels: JourneyLabels,
  measure: Measure,
): void {
  const drawing = curveGeometry(curve, columns, box, {
    labelSize: LABEL_SIZE,
    measure,
    labelOf: (point, mark) => {
      const tps = point.touchpointIds.map((id) => slice.touchpointById.get(id)!);
      const pick = tps.reduce((a, b) =>
        mark === 'lowest' ? (b.emotion < a.emotion ? b : a) : b.emotion > a.emotion ? b : a,
      );
      const value = mark === 'lowest' ? point.min : point.max;
      return `${mark === 'lowest' ? labels.lowest : labels.highest}: ${pick.title.trim() || labels.untitled} (${emotionSign(value)})`;
    },
  });
  for (const band of drawing.bands)
    page.ops.push({
      kind: 'rect',
      x: band.x,
      y: box.y,
      w: band.w,
      h: box.h,
      fill: band.current ? CURRENT_FILL : BAND_FILLS[band.stageIndex % 2]!,
    });
  const left = Math.min(...columns.map((c) => c.x));
  const right = Math.max(...columns.map((c) => c.x + c.w));
  const zero = drawing.grid.find((g) => g.value === 0)!;
  page.ops.push({ kind: 'line', x1: left, y1: zero.y, x2: right, y2: zero.y, stroke: RULE, width: 0.5, dash: 2 });
  for (let i = 1; i < drawing.line.length; i++) {
    const a = drawing.line[i - 1]!;
    const b = drawing.line[i]!;
    page.ops.push({ kind: 'line', x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: '#2b5c8a', width: 1.2 });
  }
  for (const dot of drawing.dots) {
    if (dot.yMin !== dot.yMax) {
      page.ops.push(
        { kind: 'line', x1: dot.x, y1: dot.yMax, x2: dot.x, y2: dot.yMin, stroke: MUTED, width: 0.8 },
        { kind: 'line', x1: dot.x - 2.5, y1: dot.yMax, x2: dot.x + 2.5, y2: dot.yMax, stroke: MUTED, width: 0.8 },
        { kind: 'line', x1: dot.x - 2.5, y1: dot.yMin, x2: dot.x + 2.5, y2: dot.yMin, stroke: MUTED, width: 0.8 },
      );
    }
    page.ops.push({ kind: 'circle', cx: dot.x, cy: dot.y, r: dot.mark ? 3.4 : 2.6, fill: dot.colour });
  }
  for (const label of drawing.labels)
    page.ops.push({
      kind: 'text',
      x: label.x,
      y: label.y,
      text: label.text,
      size: label.size,
      bold: true,
      color: label.mark === 'lowest' ? WARN : INK,
    });
}
