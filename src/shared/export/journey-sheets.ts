import type { TimeColumn } from '../journey/views';
import type { PrintModel } from './journey-print';

/**
 * How the printed map is cut into pieces. Across: the time columns go in
 * chunks that fit the width, a stage kept whole on one chunk when it fits one.
 * Down: the rows of a chunk (what the customer thinks, the channel lanes, the
 * curve, the line of visibility and the backstage lanes) fill a piece, and a
 * row that does not fit goes on — a lane with many stacked cards is split
 * between pieces, nothing is cut or dropped.
 */

export const CARD_H = 32;
/** As tall as a touchpoint card: two lines of title above the systems it uses. */
export const BACK_CARD_H = CARD_H;
export const CARD_GAP = 4;
/** Padding above and below the cards of a row; the strip above them carries arrows across the row. */
export const ROW_PAD = 4;
export const EMPTY_ROW_H = 14;
export const CURVE_H = 64;
export const VISIBILITY_H = 14;

export type RowKind = 'voice' | 'lane' | 'curve' | 'visibility' | 'back';

export interface RowSpec {
  kind: RowKind;
  /** Lane index for 'lane' and 'back' rows. */
  lane: number;
  /** Stacked cards in the fullest cell of this row on the chunk ('lane' and 'back'). */
  slots: number;
  /** Fixed height for rows without cards. */
  h: number;
}

export interface Segment {
  row: RowSpec;
  /** The stacked cards [from, to) of each cell shown here. */
  from: number;
  to: number;
  /** Top, relative to the piece's first row, and height. */
  y: number;
  h: number;
}

export interface Piece {
  /** Indexes into the model's columns. */
  columns: number[];
  segments: Segment[];
  /** Height of its rows. */
  height: number;
}

const slotOf = (kind: RowKind) => (kind === 'back' ? BACK_CARD_H : CARD_H) + CARD_GAP;

export function rowHeight(row: RowSpec, count = row.slots): number {
  if (row.kind !== 'lane' && row.kind !== 'back') return row.h;
  return 2 * ROW_PAD + count * slotOf(row.kind) - CARD_GAP;
}

/** Splits the journey's columns into chunks of at most `per`, keeping a stage on one chunk when it fits one. */
export function columnChunks(columns: readonly TimeColumn[], per: number): number[][] {
  const chunks: number[][] = [];
  let current: number[] = [];
  const flush = () => {
    if (current.length > 0) chunks.push(current);
    current = [];
  };
  let i = 0;
  while (i < columns.length) {
    const stage = columns[i]!.stageIndex;
    const group: number[] = [];
    while (i < columns.length && columns[i]!.stageIndex === stage) group.push(columns[i++]!.index);
    if (current.length + group.length <= per) current.push(...group);
    else if (group.length <= per) {
      flush();
      current = group;
    } else {
      for (const c of group) {
        if (current.length === per) flush();
        current.push(c);
      }
    }
  }
  flush();
  return chunks.length > 0 ? chunks : [[]];
}

/** The rows of a chunk, in order; lanes without a card on these columns are left out. */
export function rowsOf(model: PrintModel, columns: readonly number[], voiceH: number): RowSpec[] {
  const rows: RowSpec[] = [];
  if (voiceH > 0) rows.push({ kind: 'voice', lane: 0, slots: 0, h: voiceH });
  model.cells.forEach((cells, lane) => {
    const slots = Math.max(0, ...columns.map((c) => cells[c]!.length));
    if (slots > 0) rows.push({ kind: 'lane', lane, slots, h: 0 });
  });
  rows.push({ kind: 'curve', lane: 0, slots: 0, h: CURVE_H });
  const back: RowSpec[] = [];
  model.backCells.forEach((cells, lane) => {
    const slots = Math.max(0, ...columns.map((c) => cells[c]!.length));
    if (slots > 0) back.push({ kind: 'back', lane, slots, h: 0 });
  });
  if (back.length > 0) rows.push({ kind: 'visibility', lane: 0, slots: 0, h: VISIBILITY_H }, ...back);
  return rows;
}

/**
 * Fills pieces of height `avail` with the rows. A card row that does not fit
 * what is left moves to a fresh piece when it fits one whole, else it is split
 * (at least one card per piece); the line of visibility stays with the first
 * backstage lane.
 */
export function planPieces(columns: number[], rows: readonly RowSpec[], avail: number): Piece[] {
  const pieces: Piece[] = [];
  let piece: Piece = { columns, segments: [], height: 0 };
  pieces.push(piece);
  const fresh = () => {
    piece = { columns, segments: [], height: 0 };
    pieces.push(piece);
  };
  rows.forEach((row, r) => {
    if (row.kind !== 'lane' && row.kind !== 'back') {
      // The line of visibility needs room for one backstage card below it.
      const next = rows[r + 1];
      const needs = row.h + (row.kind === 'visibility' && next ? rowHeight(next, 1) : 0);
      if (piece.height + needs > avail && piece.segments.length > 0) fresh();
      piece.segments.push({ row, from: 0, to: 0, y: piece.height, h: row.h });
      piece.height += row.h;
      return;
    }
    const slot = slotOf(row.kind);
    let from = 0;
    while (from < row.slots) {
      const space = avail - piece.height;
      const fit = Math.floor((space - 2 * ROW_PAD + CARD_GAP) / slot);
      const fitsFresh = from === 0 && rowHeight(row) <= avail;
      const followsVisibility = piece.segments.at(-1)?.row.kind === 'visibility';
      if ((fit < 1 || (fit < row.slots && fitsFresh)) && piece.segments.length > 0 && !followsVisibility) {
        fresh();
        continue;
      }
      const take = Math.max(1, Math.min(fit, row.slots - from));
      const h = rowHeight(row, take);
      piece.segments.push({ row, from, to: from + take, y: piece.height, h });
      piece.height += h;
      from += take;
    }
  });
  return pieces;
}
