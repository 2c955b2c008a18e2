import type { JourneySlice } from '../journey/slice';
import type { FactValues } from '../messages/placeholders';
import { handoffBlocks, heading, legendBlocks, type Block } from './journey-blocks';
import type { JourneyLabels } from './journey-data';
import { stageMessageBlocks } from './journey-messages-print';
import {
  drawPiece,
  HEAD_ROWS_H,
  LANE_HEADER_W,
  voiceHeight,
  type ArrowPlacement,
  type CardPlacement,
  type Context,
} from './journey-piece';
import { printModel } from './journey-print';
import { columnChunks, planPieces, rowsOf } from './journey-sheets';
import { fitLine, type Measure, type Page } from './ops';
import { bodyOf, drawFooters, drawHeader, headerHeight, newPage, titleLines, type FrameText } from './page-frame';
import { MARGIN, MUTED } from './theme';

/**
 * The journey map on paper, in the customer's time order: a column per step
 * (parallel touchpoints stand in one column, on their channels' lanes),
 * grouped under their stages; what the customer thinks above the lanes; the
 * per-step emotion curve below them; under the line of visibility the
 * backstage lanes of the departments (when shown); arrows for transitions and
 * backstage hand-offs, red where context is lost. Columns that do not fit the
 * width continue on further pages, rows that do not fit the height too, with
 * the headers repeated; every card has a fixed size, so none overlaps and
 * none is dropped. The legend and the numbered list of lost hand-offs follow
 * the map, then a page of key messages for each stage that has any.
 */

export interface JourneyLayoutOptions {
  size: { width: number; height: number };
  measure: Measure;
  labels: JourneyLabels;
  /** 'pages': paper pages; 'poster': one page as tall as the whole map, in bands of columns (for the PNG). */
  mode?: 'pages' | 'poster';
  /** Backstage lanes under the line of visibility; shown unless false. */
  backstage?: boolean;
  /** Fact values the key messages are filled in with. */
  facts?: FactValues;
}

export type { ArrowPlacement, CardPlacement } from './journey-piece';

export interface JourneyLayout {
  pages: Page[];
  cards: CardPlacement[];
  arrows: ArrowPlacement[];
}

const MIN_COLUMN_W = 96;
const MAX_COLUMN_W = 170;
const POSTER_COLUMN_W = 150;
const POSTER_COLUMNS = 14;
const POSTER_GAP = 22;
const A4_TITLE_LINES = 3;

export function layoutJourney(slice: JourneySlice, options: JourneyLayoutOptions): JourneyLayout {
  const { measure, labels } = options;
  const poster = options.mode === 'poster';
  const model = printModel(slice, labels, options.backstage !== false);
  const ctx: Context = { model, labels, measure, cards: [], arrows: [], pieces: 0 };
  const frame: FrameText = {
    title: `${labels.kind}: ${slice.journey.name.trim() || labels.untitled}`,
    subtitle: [slice.persona ? `${labels.persona}: ${slice.persona.name}` : '', labels.date]
      .filter(Boolean)
      .join(' · '),
    pageTemplate: labels.page,
  };
  const posterColumns = Math.max(4, Math.min(POSTER_COLUMNS, model.columns.length));
  const size = poster
    ? { width: 2 * MARGIN + LANE_HEADER_W + posterColumns * POSTER_COLUMN_W, height: 1_000_000 }
    : options.size;
  const title = titleLines(frame.title, size.width - 2 * MARGIN, measure, A4_TITLE_LINES);
  const area = bodyOf(size, headerHeight(title.length));
  const bottom = area.y + area.h;

  const pages: Page[] = [];
  const addPage = (): Page => {
    const page = newPage(size);
    drawHeader(page, frame, measure, title);
    pages.push(page);
    return page;
  };

  let page = addPage();
  let y = area.y;
  const per = poster ? POSTER_COLUMNS : Math.max(1, Math.floor((area.w - LANE_HEADER_W) / MIN_COLUMN_W));
  let firstPiece = true;
  for (const chunk of columnChunks(model.columns, per)) {
    const colW = poster
      ? POSTER_COLUMN_W
      : Math.min(MAX_COLUMN_W, (area.w - LANE_HEADER_W) / Math.max(1, chunk.length));
    const rows = rowsOf(model, chunk, voiceHeight(ctx, chunk, colW));
    for (const piece of planPieces(chunk, rows, poster ? Infinity : area.h - HEAD_ROWS_H)) {
      if (!firstPiece) {
        if (poster) y += POSTER_GAP;
        else {
          page = addPage();
          y = area.y;
        }
      }
      firstPiece = false;
      y = drawPiece(ctx, page, pages.length - 1, piece, area.x, y, colW);
    }
  }
  if (model.slice.touchpoints.length === 0) {
    page.ops.push({
      kind: 'text',
      x: area.x,
      y: y + 16,
      text: fitLine(labels.empty, area.w, 10, false, measure),
      size: 10,
      bold: false,
      color: MUTED,
    });
    y += 32;
  }

  const flowBlocks = (blocks: readonly Block[], repeat?: Block) => {
    for (const block of blocks) {
      if (y + block.height > bottom) {
        page = addPage();
        y = area.y;
        if (repeat) {
          repeat.draw(page, area.x, y);
          y += repeat.height;
        }
      }
      block.draw(page, area.x, y);
      y += block.height;
    }
  };

  // Legend and lost hand-offs side by side below the map when there is room, else flowing onto pages of their own.
  y += 14;
  const legendW = Math.min(area.w * 0.42, 360);
  const backstage = model.backLanes.length > 0;
  const legend = legendBlocks(slice, labels, legendW, measure, backstage);
  const handoffs = handoffBlocks(slice, model.lost, labels, area.w - legendW - 24, measure);
  const heightOf = (blocks: readonly Block[]) => blocks.reduce((sum, b) => sum + b.height, 0);
  if (y + Math.max(heightOf(legend), heightOf(handoffs)) <= bottom) {
    let ly = y;
    for (const block of legend) {
      block.draw(page, area.x, ly);
      ly += block.height;
    }
    let hy = y;
    for (const block of handoffs) {
      block.draw(page, area.x + legendW + 24, hy);
      hy += block.height;
    }
    y = Math.max(ly, hy);
  } else {
    const width = Math.min(area.w, 700);
    const legendFlow = legendBlocks(slice, labels, width, measure, backstage);
    const blocks = [
      ...legendFlow,
      { height: 10, draw: () => undefined },
      ...handoffBlocks(slice, model.lost, labels, width, measure),
    ];
    // The legend stays in one piece: on a page of its own when the rest of this one cannot hold it.
    if (y + heightOf(legendFlow) > bottom) y = bottom + 1;
    flowBlocks(blocks);
  }

  // A page of key messages for each stage that has any (in the poster: one after the other below the map).
  const messageW = Math.min(area.w, 700);
  for (const stage of stageMessageBlocks(slice, options.facts ?? new Map(), labels, messageW, measure)) {
    if (poster) y += POSTER_GAP;
    else {
      page = addPage();
      y = area.y;
    }
    const title = `${labels.keyMessages}: ${stage.name}`;
    const first = heading(title, messageW, measure, 13);
    first.draw(page, area.x, y);
    y += first.height + 4;
    flowBlocks(stage.blocks, heading(`${title} ${labels.continued}`, messageW, measure, 13));
  }

  if (poster) {
    page.height = Math.ceil(y + MARGIN);
    return { pages, cards: ctx.cards, arrows: ctx.arrows };
  }
  drawFooters(pages, frame, measure);
  return { pages, cards: ctx.cards, arrows: ctx.arrows };
}
