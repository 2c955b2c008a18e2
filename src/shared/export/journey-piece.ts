import type { JourneyLabels } from './journey-data';
import { drawArrow, drawBackstageCard, drawCurve, drawTouchpointCard, type Placed } from './journey-draw';
import type { PrintModel } from './journey-print';
import { BACK_CARD_H, CARD_GAP, CARD_H, ROW_PAD, type Piece, type Segment } from './journey-sheets';
import { fitLine, lineHeight, pushLines, wrapText, type Measure, type Page } from './ops';
import { HEADER_FILL, INK, MUTED, RULE, WARN } from './theme';

/**
 * One piece of the printed map (a page's map, or a band of the poster): the
 * stage and step heads over its columns, its rows with their lane headers and
 * cards, the curve, the line of visibility, and the arrows between its cards.
 */

export interface CardPlacement {
  kind: 'touchpoint' | 'backstage';
  id: string;
  page: number;
  /** The piece of the map it stands in (a page's map, or a band of the poster), counted over the document. */
  piece: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ArrowPlacement {
  layer: 'front' | 'back';
  id: string;
  page: number;
  lost: boolean;
}

export const LANE_HEADER_W = 96;
const STAGE_ROW_H = 24;
const STEP_ROW_H = 12;
export const HEAD_ROWS_H = STAGE_ROW_H + STEP_ROW_H;
const VOICE_SIZE = 6.5;
const VOICE_LINES = 4;

export interface Context {
  model: PrintModel;
  labels: JourneyLabels;
  measure: Measure;
  cards: CardPlacement[];
  arrows: ArrowPlacement[];
  pieces: number;
}

export function voiceHeight(ctx: Context, columns: readonly number[], colW: number): number {
  const lines = Math.max(
    0,
    ...columns.map((c) =>
      ctx.model.voice[c]
        ? wrapText(
            ctx.model.voice[c]!,
            colW - 2 * ROW_PAD,
            VOICE_SIZE,
            false,
            ctx.measure,
            VOICE_LINES,
            ctx.labels.language,
          ).length
        : 0,
    ),
  );
  return lines === 0 ? 0 : 2 * ROW_PAD + lines * lineHeight(VOICE_SIZE);
}

function laneName(ctx: Context, seg: Segment): string {
  const { model, labels } = ctx;
  const continued = seg.from > 0 ? ` ${labels.continued}` : '';
  switch (seg.row.kind) {
    case 'voice':
      return labels.voice;
    case 'curve':
      return labels.curve;
    case 'visibility':
      return labels.lineOfVisibility;
    case 'lane': {
      const lane = model.lanes[seg.row.lane]!;
      return (lane.channelId === null ? labels.noChannel : lane.name.trim() || labels.noChannel) + continued;
    }
    case 'back': {
      const lane = model.backLanes[seg.row.lane]!;
      return (lane.department?.name.trim() || labels.noDepartment) + continued;
    }
  }
}

/** The stage and step header rows over a piece's columns. */
function drawColumnHeads(ctx: Context, page: Page, piece: Piece, x0: number, y: number, colW: number): void {
  const { model, labels, measure } = ctx;
  const gridX = x0 + LANE_HEADER_W;
  page.ops.push({
    kind: 'rect',
    x: x0,
    y,
    w: LANE_HEADER_W + piece.columns.length * colW,
    h: HEAD_ROWS_H,
    fill: HEADER_FILL,
  });
  page.ops.push({
    kind: 'text',
    x: x0 + 5,
    y: y + STAGE_ROW_H + 2,
    text: fitLine(labels.step, LANE_HEADER_W - 10, 6.5, false, measure),
    size: 6.5,
    bold: false,
    color: MUTED,
  });
  let i = 0;
  while (i < piece.columns.length) {
    const first = model.columns[piece.columns[i]!]!;
    let n = 1;
    while (i + n < piece.columns.length && model.columns[piece.columns[i + n]!]!.stageIndex === first.stageIndex) n++;
    const stage = model.slice.stages[first.stageIndex]!;
    const before = model.columns[first.index - 1];
    const continued = before !== undefined && before.stageIndex === first.stageIndex ? ` ${labels.continued}` : '';
    const name = `${first.stageIndex + 1}. ${stage.name.trim() || labels.unnamedStage}${continued}`;
    const lines = wrapText(name, n * colW - 8, 8, true, measure, 2, labels.language);
    pushLines(page.ops, lines, gridX + i * colW + 4, y + (lines.length === 1 ? 8 : 2.5), 8, true, INK);
    i += n;
  }
  piece.columns.forEach((c, k) => {
    const step = model.columns[c]!.step;
    const text = step ? String(step.index + 1) : '–';
    const w = measure(text, 6.5, false);
    page.ops.push({
      kind: 'text',
      x: gridX + k * colW + (colW - w) / 2,
      y: y + STAGE_ROW_H + 2,
      text,
      size: 6.5,
      bold: false,
      color: MUTED,
    });
  });
}

/** One piece of the map from `top`; returns its bottom. Cards are recorded, arrows drawn between cards of the piece. */
export function drawPiece(
  ctx: Context,
  page: Page,
  pageIndex: number,
  piece: Piece,
  x0: number,
  top: number,
  colW: number,
): number {
  const { model, labels, measure } = ctx;
  const gridX = x0 + LANE_HEADER_W;
  const gridW = piece.columns.length * colW;
  drawColumnHeads(ctx, page, piece, x0, top, colW);
  const bodyTop = top + HEAD_ROWS_H;
  const bottom = bodyTop + piece.height;
  // Rules at the stage boundaries, over the whole piece. Drawn first, so the curve's labels and the cards stand on top.
  piece.columns.forEach((c, k) => {
    const column = model.columns[c]!;
    const prev = model.columns[piece.columns[k - 1] ?? -1];
    if (k === 0 || prev?.stageIndex !== column.stageIndex) {
      const x = gridX + k * colW;
      page.ops.push({ kind: 'line', x1: x, y1: top, x2: x, y2: bottom, stroke: RULE, width: 0.8 });
    }
  });
  page.ops.push({ kind: 'line', x1: gridX + gridW, y1: top, x2: gridX + gridW, y2: bottom, stroke: RULE, width: 0.8 });
  const placed = new Map<string, Placed>();
  for (const seg of piece.segments) {
    const y = bodyTop + seg.y;
    page.ops.push({ kind: 'rect', x: x0, y, w: LANE_HEADER_W, h: seg.h, fill: HEADER_FILL });
    const isFixed = seg.row.kind === 'voice' || seg.row.kind === 'curve' || seg.row.kind === 'visibility';
    const size = isFixed ? 6.5 : 7.5;
    const maxLines = Math.max(1, Math.floor((seg.h - 4) / lineHeight(size)));
    const nameLines = wrapText(
      laneName(ctx, seg),
      LANE_HEADER_W - 10,
      size,
      !isFixed,
      measure,
      Math.min(maxLines, 4),
      ctx.labels.language,
    );
    pushLines(page.ops, nameLines, x0 + 5, y + (seg.h <= 16 ? 2 : ROW_PAD), size, !isFixed, isFixed ? MUTED : INK);

    if (seg.row.kind === 'voice') {
      piece.columns.forEach((c, k) => {
        const text = model.voice[c];
        if (!text) return;
        const lines = wrapText(text, colW - 2 * ROW_PAD, VOICE_SIZE, false, measure, 4, ctx.labels.language);
        pushLines(page.ops, lines, gridX + k * colW + ROW_PAD, y + ROW_PAD, VOICE_SIZE, false, MUTED);
      });
    } else if (seg.row.kind === 'curve') {
      const columns = piece.columns.map((c, k) => ({
        stepIndex: model.columns[c]!.step?.index ?? null,
        stageIndex: model.columns[c]!.stageIndex,
        x: gridX + k * colW,
        w: colW,
      }));
      drawCurve(page, model.slice, model.curve, columns, { y: y + 1, h: seg.h - 2 }, labels, measure);
    } else if (seg.row.kind === 'visibility') {
      const mid = y + seg.h / 2;
      page.ops.push({
        kind: 'line',
        x1: gridX,
        y1: mid,
        x2: gridX + gridW,
        y2: mid,
        stroke: MUTED,
        width: 0.9,
        dash: 3,
      });
    } else {
      const back = seg.row.kind === 'back';
      const h = back ? BACK_CARD_H : CARD_H;
      const lane = seg.row.lane;
      piece.columns.forEach((c, k) => {
        const count = (back ? model.backCells[lane]![c]! : model.cells[lane]![c]!).length;
        for (let s = seg.from; s < Math.min(seg.to, count); s++) {
          const box = {
            x: gridX + k * colW + ROW_PAD,
            y: y + ROW_PAD + (s - seg.from) * (h + CARD_GAP),
            w: colW - 2 * ROW_PAD,
          };
          let id: string;
          if (back) {
            const b = model.backCells[lane]![c]![s]!;
            drawBackstageCard(page, b, box, model.slice, model.numbers.get(b.id), labels, measure);
            id = b.id;
          } else {
            const tp = model.cells[lane]![c]![s]!;
            drawTouchpointCard(page, tp, box, model.slice, model.numbers.get(tp.id), labels, measure);
            id = tp.id;
          }
          ctx.cards.push({
            kind: back ? 'backstage' : 'touchpoint',
            id,
            page: pageIndex,
            piece: ctx.pieces,
            ...box,
            h,
          });
          placed.set(id, { page: pageIndex, ...box, h, column: k, rowTop: y });
        }
      });
    }
    page.ops.push({ kind: 'line', x1: x0, y1: y + seg.h, x2: gridX + gridW, y2: y + seg.h, stroke: RULE, width: 0.6 });
  }
  ctx.pieces += 1;
  drawArrows(ctx, page, pageIndex, placed, gridX, colW);
  return bottom;
}

function drawArrows(
  ctx: Context,
  page: Page,
  pageIndex: number,
  placed: Map<string, Placed>,
  gridX: number,
  colW: number,
): void {
  const { slice } = ctx.model;
  const ends: { layer: 'front' | 'back'; id: string; from: string; to: string; lost: boolean }[] = [
    ...slice.transitions.map((t) => ({
      layer: 'front' as const,
      id: t.id,
      from: t.from_touchpoint_id!,
      to: t.to_touchpoint_id!,
      lost: !t.carries_context,
    })),
    ...(ctx.model.backLanes.length > 0 ? slice.backstage.handoffs : []).map((h) => ({
      layer: 'back' as const,
      id: h.id,
      from: h.from_step_id!,
      to: h.to_step_id!,
      lost: !h.carries_context,
    })),
  ];
  // Carried hand-offs first, so the red ones are drawn on top.
  ends.sort((a, b) => Number(a.lost) - Number(b.lost));
  for (const e of ends) {
    const from = placed.get(e.from);
    const to = placed.get(e.to);
    if (!from || !to) continue;
    drawArrow(
      page,
      from,
      to,
      gridX,
      colW,
      e.lost ? { colour: WARN, width: 1 } : { colour: MUTED, width: 0.6, dash: 1.5 },
    );
    ctx.arrows.push({ layer: e.layer, id: e.id, page: pageIndex, lost: e.lost });
  }
}
