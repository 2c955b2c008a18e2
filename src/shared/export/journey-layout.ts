import type { Department, Touchpoint } from '../schema/tables';
import { resolveJourney, type JourneyExportInput, type JourneyLabels, type ResolvedJourney } from './journey-data';
import { fitLine, lineHeight, pushLines, wrapText, type Measure, type Page } from './ops';
import { bodyOf, drawFooters, drawHeader, newPage, type FrameText } from './page-frame';
import {
  CARD_FILL,
  EMOTION_COLOURS,
  HEADER_FILL,
  INK,
  MARGIN,
  MUTED,
  RULE,
  WARN,
  emotionText,
  safeColour,
} from './theme';

/**
 * The journey map on paper. Stages are columns and the channels in use are
 * lanes, as on screen. When the stages do not fit the width they continue on
 * further pages with the lane headers repeated; when a lane holds more cards
 * than fit the height it continues on the next page with the stage headers
 * repeated. Every card has the same size, so cards never overlap and none is
 * dropped — a crowded cell simply continues. Legend and the hand-offs that
 * lose context follow the map.
 */

export interface JourneyLayoutOptions {
  size: { width: number; height: number };
  measure: Measure;
  labels: JourneyLabels;
  /** 'pages': paper pages; 'poster': one page as wide and tall as the whole map (for the PNG). */
  mode?: 'pages' | 'poster';
}

export interface CardPlacement {
  touchpointId: string;
  page: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface JourneyLayout {
  pages: Page[];
  cards: CardPlacement[];
}

const LANE_HEADER_W = 96;
const MIN_COLUMN_W = 96;
const POSTER_COLUMN_W = 150;
const STAGE_HEADER_H = 30;
const CARD_H = 34;
const CARD_GAP = 4;
const CELL_PAD = 3;
const EMPTY_LANE_H = 16;
const SLOT = CARD_H + CARD_GAP;

const TITLE_SIZE = 7.5;
const META_SIZE = 6.5;
const FLAG_BACK = '↩';
const FLAG_HISTORY = '↺';
const FLAG_HANDOFF = '⚠';

interface Segment {
  lane: number;
  from: number;
  to: number;
  y: number;
  h: number;
}

interface MapPage {
  stages: number[];
  segments: Segment[];
}

/** Splits n stages into balanced groups of at most `per`. */
function stageChunks(n: number, per: number): number[][] {
  if (n === 0) return [[]];
  const groups = Math.ceil(n / per);
  const size = Math.ceil(n / groups);
  const chunks: number[][] = [];
  for (let i = 0; i < n; i += size) chunks.push(Array.from({ length: Math.min(size, n - i) }, (_, k) => i + k));
  return chunks;
}

function planPages(r: ResolvedJourney, columns: number, top: number, bottom: number): MapPage[] {
  const plans: MapPage[] = [];
  for (const stages of stageChunks(r.stages.length, columns)) {
    let page: MapPage = { stages, segments: [] };
    plans.push(page);
    let y = top + STAGE_HEADER_H;
    r.lanes.forEach((_, lane) => {
      const slots = Math.max(0, ...stages.map((s) => r.cells[lane]![s]!.length));
      let from = 0;
      do {
        const space = bottom - y;
        const fit =
          slots === 0 ? (space >= EMPTY_LANE_H ? 1 : 0) : Math.floor((space - 2 * CELL_PAD + CARD_GAP) / SLOT);
        // A lane that would be cut here but fits a fresh page whole moves there instead of being split.
        const fitsFresh = from === 0 && slots * SLOT + 2 * CELL_PAD <= bottom - top - STAGE_HEADER_H;
        const moveWhole = fit < slots && fitsFresh && page.segments.length > 0;
        if (fit < 1 || moveWhole) {
          page = { stages, segments: [] };
          plans.push(page);
          y = top + STAGE_HEADER_H;
          continue;
        }
        const take = slots === 0 ? 0 : Math.min(fit, slots - from);
        const h = slots === 0 ? EMPTY_LANE_H : 2 * CELL_PAD + take * SLOT - CARD_GAP;
        page.segments.push({ lane, from, to: from + take, y, h });
        y += h;
        from += take;
      } while (from < slots);
    });
  }
  return plans;
}

function drawCard(
  page: Page,
  tp: Touchpoint,
  x: number,
  y: number,
  w: number,
  r: ResolvedJourney,
  labels: JourneyLabels,
  measure: Measure,
): void {
  const owner: Department | undefined =
    tp.owner_department_id === null ? undefined : r.departments.get(tp.owner_department_id);
  const colour = owner ? safeColour(owner.color) : '#cbd5e1';
  page.ops.push(
    { kind: 'rect', x, y, w, h: CARD_H, fill: CARD_FILL, stroke: RULE, radius: 2 },
    { kind: 'rect', x, y, w: 3.5, h: CARD_H, fill: colour },
  );
  const inner = w - 10;
  const title = wrapText(tp.title.trim() || labels.untitled, inner - 10, TITLE_SIZE, true, measure, 2, labels.language);
  pushLines(page.ops, title, x + 7, y + 3, TITLE_SIZE, true, INK);
  // Emotion as a coloured dot in the top right corner, its value beside the flags.
  page.ops.push({
    kind: 'circle',
    cx: x + w - 6,
    cy: y + 7,
    r: 3,
    fill: EMOTION_COLOURS[tp.emotion] ?? EMOTION_COLOURS[0]!,
  });

  const flags = [emotionText(tp.emotion)];
  if (tp.back_channel) flags.push(FLAG_BACK);
  if (tp.knows_history) flags.push(FLAG_HISTORY);
  const lost = r.handoffsOf.get(tp.id);
  const flagText = flags.join(' ');
  const lostText = lost ? `${FLAG_HANDOFF}${lost.join(',')}` : '';
  const metaY = y + CARD_H - lineHeight(META_SIZE) - 2;
  const lostW = lostText ? measure(lostText, META_SIZE, true) : 0;
  const flagW = measure(flagText, META_SIZE, false);
  const right = x + w - 4;
  page.ops.push({
    kind: 'text',
    x: right - flagW,
    y: metaY,
    text: flagText,
    size: META_SIZE,
    bold: false,
    color: MUTED,
  });
  if (lostText) {
    const lostFitted = fitLine(lostText, Math.max(10, inner - flagW - 20), META_SIZE, true, measure);
    page.ops.push({
      kind: 'text',
      x: right - flagW - 3 - measure(lostFitted, META_SIZE, true),
      y: metaY,
      text: lostFitted,
      size: META_SIZE,
      bold: true,
      color: WARN,
    });
  }
  const ownerW = inner - flagW - (lostText ? lostW + 3 : 0) - 4;
  const ownerText = fitLine(owner?.name || labels.noOwner, Math.max(0, ownerW), META_SIZE, false, measure);
  if (ownerText)
    page.ops.push({
      kind: 'text',
      x: x + 7,
      y: metaY,
      text: ownerText,
      size: META_SIZE,
      bold: false,
      color: owner ? INK : WARN,
    });
}

function drawMapPage(
  page: Page,
  index: number,
  plan: MapPage,
  r: ResolvedJourney,
  area: { x: number; y: number; w: number },
  colW: number,
  labels: JourneyLabels,
  measure: Measure,
  cards: CardPlacement[],
): number {
  const gridX = area.x + LANE_HEADER_W;
  const gridW = plan.stages.length * colW;
  // Stage headers
  page.ops.push({ kind: 'rect', x: area.x, y: area.y, w: LANE_HEADER_W + gridW, h: STAGE_HEADER_H, fill: HEADER_FILL });
  plan.stages.forEach((s, i) => {
    const stage = r.stages[s]!;
    const name = `${s + 1}. ${stage.name.trim() || labels.unnamedStage}`;
    const lines = wrapText(name, colW - 8, 8, true, measure, 2, labels.language);
    pushLines(page.ops, lines, gridX + i * colW + 4, area.y + (lines.length === 1 ? 9 : 4), 8, true, INK);
  });
  let bottom = area.y + STAGE_HEADER_H;
  for (const seg of plan.segments) {
    const lane = r.lanes[seg.lane]!;
    const name =
      (lane.channelId === null ? labels.noChannel : lane.name) + (seg.from > 0 ? ` ${labels.continued}` : '');
    const maxLines = Math.max(1, Math.floor((seg.h - 4) / lineHeight(7.5)));
    const lines = wrapText(name, LANE_HEADER_W - 10, 7.5, true, measure, Math.min(maxLines, 4), labels.language);
    page.ops.push({ kind: 'rect', x: area.x, y: seg.y, w: LANE_HEADER_W, h: seg.h, fill: HEADER_FILL });
    pushLines(page.ops, lines, area.x + 5, seg.y + (seg.h <= EMPTY_LANE_H ? 3 : CELL_PAD + 1), 7.5, true, INK);
    plan.stages.forEach((s, i) => {
      const cell = r.cells[seg.lane]![s]!;
      for (let k = seg.from; k < Math.min(seg.to, cell.length); k++) {
        const x = gridX + i * colW + CELL_PAD;
        const y = seg.y + CELL_PAD + (k - seg.from) * SLOT;
        const w = colW - 2 * CELL_PAD;
        drawCard(page, cell[k]!, x, y, w, r, labels, measure);
        cards.push({ touchpointId: cell[k]!.id, page: index, x, y, w, h: CARD_H });
      }
    });
    bottom = seg.y + seg.h;
    page.ops.push({ kind: 'line', x1: area.x, y1: bottom, x2: gridX + gridW, y2: bottom, stroke: RULE, width: 0.6 });
  }
  // Column rules over the whole grid, drawn last so they sit above the lane fills.
  for (let i = 0; i <= plan.stages.length; i++) {
    const x = gridX + i * colW;
    page.ops.push({ kind: 'line', x1: x, y1: area.y, x2: x, y2: bottom, stroke: RULE, width: 0.6 });
  }
  return bottom;
}

interface Block {
  height: number;
  draw(page: Page, x: number, y: number): void;
}

interface FlowItem {
  text: string;
  swatch?: string;
  colour?: string;
}

/** Legend entries side by side, wrapping onto further rows: a legend should not eat the page. */
function flow(items: readonly FlowItem[], width: number, measure: Measure): Block[] {
  const rows: { item: FlowItem; x: number; text: string }[][] = [[]];
  let x = 0;
  for (const item of items) {
    const text = fitLine(item.text, width - 14, 8, false, measure);
    const w = (item.swatch ? 13 : 0) + measure(text, 8, false);
    if (x > 0 && x + w > width) {
      rows.push([]);
      x = 0;
    }
    rows[rows.length - 1]!.push({ item, x, text });
    x += w + 16;
  }
  return rows.map((row) => ({
    height: lineHeight(8) + 3,
    draw: (page, left, y) => {
      for (const { item, x: dx, text } of row) {
        if (item.swatch) page.ops.push({ kind: 'rect', x: left + dx, y: y + 1, w: 9, h: 8, fill: item.swatch });
        page.ops.push({
          kind: 'text',
          x: left + dx + (item.swatch ? 13 : 0),
          y,
          text,
          size: 8,
          bold: false,
          color: item.colour ?? INK,
        });
      }
    },
  }));
}

const heading = (text: string, width: number, measure: Measure): Block => ({
  height: 16,
  draw: (page, x, y) =>
    page.ops.push({
      kind: 'text',
      x,
      y: y + 2,
      text: fitLine(text, width, 10, true, measure),
      size: 10,
      bold: true,
      color: INK,
    }),
});

/** Departments, symbols and emotion scale, as blocks that flow onto as many pages as they need. */
function legendBlocks(r: ResolvedJourney, labels: JourneyLabels, width: number, measure: Measure): Block[] {
  const items: FlowItem[] = [
    ...r.usedDepartments.map((d) => ({ text: d.name || '—', swatch: safeColour(d.color) })),
    { text: labels.noOwner, swatch: '#cbd5e1' },
  ];
  return [
    heading(labels.legend, width, measure),
    ...flow(items, width, measure),
    ...flow(
      [
        { text: `${FLAG_BACK} ${labels.backChannel}` },
        { text: `${FLAG_HISTORY} ${labels.knowsHistory}` },
        { text: `${FLAG_HANDOFF} ${labels.handoffs}`, colour: WARN },
        { text: `${labels.emotion}: ${[-2, -1, 0, 1, 2].map(emotionText).join('  ')}` },
      ],
      width,
      measure,
    ),
  ];
}

/** The numbered list of hand-offs that lose context. */
function handoffBlocks(r: ResolvedJourney, labels: JourneyLabels, width: number, measure: Measure): Block[] {
  const blocks: Block[] = [];
  const line = (text: string, opts: { swatch?: string; colour?: string; bold?: boolean } = {}): Block[] => {
    const indent = opts.swatch ? 14 : 0;
    const lines = wrapText(text, width - indent, 8, opts.bold ?? false, measure, Infinity, labels.language);
    return lines.map((text, i) => ({
      height: lineHeight(8) + (i === lines.length - 1 ? 2 : 0),
      draw: (page, x, y) => {
        if (i === 0 && opts.swatch) page.ops.push({ kind: 'rect', x, y: y + 1, w: 9, h: 8, fill: opts.swatch });
        page.ops.push({
          kind: 'text',
          x: x + indent,
          y,
          text,
          size: 8,
          bold: opts.bold ?? false,
          color: opts.colour ?? INK,
        });
      },
    }));
  };

  blocks.push(heading(labels.handoffs, width, measure));
  if (r.handoffs.length === 0) blocks.push(...line(labels.noHandoffs, { colour: MUTED }));
  const where = (tp: Touchpoint): string => {
    const channel = tp.channel_id !== null ? r.channels.get(tp.channel_id)?.name : undefined;
    const stage = r.stages.find((s) => s.id === tp.stage_id)?.name;
    const owner = tp.owner_department_id !== null ? r.departments.get(tp.owner_department_id)?.name : undefined;
    return `${tp.title.trim() || labels.untitled} (${[channel ?? labels.noChannel, stage || labels.unnamedStage, owner ?? labels.noOwner].join(' · ')})`;
  };
  for (const h of r.handoffs) blocks.push(...line(`${FLAG_HANDOFF}${h.number}  ${where(h.from)} → ${where(h.to)}`));
  return blocks;
}

export function layoutJourney(input: JourneyExportInput, options: JourneyLayoutOptions): JourneyLayout {
  const { measure, labels } = options;
  const r = resolveJourney(input);
  const poster = options.mode === 'poster';
  const frame: FrameText = {
    title: `${labels.kind}: ${input.journey.name.trim() || labels.untitled}`,
    subtitle: [input.persona ? `${labels.persona}: ${input.persona.name}` : '', labels.date]
      .filter(Boolean)
      .join(' · '),
    pageTemplate: labels.page,
  };
  const size = poster
    ? { width: 2 * MARGIN + LANE_HEADER_W + Math.max(4, r.stages.length) * POSTER_COLUMN_W, height: 1_000_000 }
    : options.size;
  const area = bodyOf(size);
  const columns = Math.max(1, Math.floor((area.w - LANE_HEADER_W) / MIN_COLUMN_W));
  const plans = planPages(r, poster ? Math.max(1, r.stages.length) : columns, area.y, area.y + area.h);

  const pages: Page[] = [];
  const cards: CardPlacement[] = [];
  let lastBottom = area.y;
  plans.forEach((plan) => {
    const page = newPage(size);
    drawHeader(page, frame, measure);
    const colW = plan.stages.length === 0 ? 0 : (area.w - LANE_HEADER_W) / plan.stages.length;
    lastBottom = drawMapPage(page, pages.length, plan, r, area, colW, labels, measure, cards);
    if (r.lanes.length === 0) {
      page.ops.push({
        kind: 'text',
        x: area.x,
        y: lastBottom + 16,
        text: fitLine(labels.empty, area.w, 10, false, measure),
        size: 10,
        bold: false,
        color: MUTED,
      });
      lastBottom += 32;
    }
    pages.push(page);
  });

  // Legend and hand-offs side by side below the map when there is room, else flowing onto pages of their own.
  let page = pages[pages.length - 1]!;
  let y = lastBottom + 14;
  const bottom = area.y + area.h;
  const legendW = Math.min(area.w * 0.42, 360);
  const side = {
    legend: legendBlocks(r, labels, legendW, measure),
    handoffs: handoffBlocks(r, labels, area.w - legendW - 24, measure),
  };
  const heightOf = (blocks: readonly Block[]) => blocks.reduce((sum, b) => sum + b.height, 0);
  if (y + Math.max(heightOf(side.legend), heightOf(side.handoffs)) <= bottom) {
    let ly = y;
    for (const block of side.legend) {
      block.draw(page, area.x, ly);
      ly += block.height;
    }
    let hy = y;
    for (const block of side.handoffs) {
      block.draw(page, area.x + legendW + 24, hy);
      hy += block.height;
    }
    y = Math.max(ly, hy);
  } else {
    const width = Math.min(area.w, 700);
    const blocks = [
      ...legendBlocks(r, labels, width, measure),
      { height: 10, draw: () => undefined },
      ...handoffBlocks(r, labels, width, measure),
    ];
    if (y + heightOf(blocks.slice(0, 3)) > bottom) y = bottom + 1;
    for (const block of blocks) {
      if (y + block.height > bottom) {
        page = newPage(size);
        drawHeader(page, frame, measure);
        pages.push(page);
        y = area.y;
      }
      block.draw(page, area.x, y);
      y += block.height;
    }
  }
  if (poster) {
    page.height = Math.ceil(y + MARGIN);
    return { pages, cards };
  }
  drawFooters(pages, frame, measure);
  return { pages, cards };
}
