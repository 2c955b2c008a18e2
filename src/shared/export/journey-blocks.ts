import type { JourneySlice } from '../journey/slice';
import { owningDepartments, type LostHandoff } from '../journey/views';
import type { JourneyLabels } from './journey-data';
import { FLAG_BACK, FLAG_HANDOFF, FLAG_HISTORY } from './journey-draw';
import { fitLine, lineHeight, wrapText, type Measure, type Page } from './ops';
import type { TextLanguage } from '../text/hyphenation';
import { EMOTION_VALUES, emotionSign } from '../emotion';
import { INK, MUTED, WARN, safeColour } from './theme';

/** Text that follows the map: the legend and the numbered list of lost hand-offs, as blocks that flow over pages. */

export interface Block {
  height: number;
  draw(page: Page, x: number, y: number): void;
}

interface FlowItem {
  text: string;
  swatch?: string;
  colour?: string;
}

/** Entries side by side, wrapping onto further rows: a legend should not eat the page. */
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
        const x = left + dx + (item.swatch ? 13 : 0);
        page.ops.push({ kind: 'text', x, y, text, size: 8, bold: false, color: item.colour ?? INK });
      }
    },
  }));
}

export const heading = (text: string, width: number, measure: Measure, size = 10): Block => ({
  height: size + 6,
  draw: (page, x, y) =>
    page.ops.push({
      kind: 'text',
      x,
      y: y + 2,
      text: fitLine(text, width, size, true, measure),
      size,
      bold: true,
      color: INK,
    }),
});

/** Wrapped lines of one paragraph, one block a line (so a long paragraph may continue on the next page). */
export function paragraph(
  text: string,
  width: number,
  measure: Measure,
  opts: {
    size?: number;
    bold?: boolean;
    colour?: string;
    swatch?: string;
    after?: number;
    language?: TextLanguage | null;
  } = {},
): Block[] {
  const size = opts.size ?? 8;
  const indent = opts.swatch ? 14 : 0;
  const lines = wrapText(text, width - indent, size, opts.bold ?? false, measure, Infinity, opts.language ?? null);
  return lines.map((line, i) => ({
    height: lineHeight(size) + (i === lines.length - 1 ? (opts.after ?? 2) : 0),
    draw: (page, x, y) => {
      if (i === 0 && opts.swatch) page.ops.push({ kind: 'rect', x, y: y + 1, w: 9, h: 8, fill: opts.swatch });
      page.ops.push({
        kind: 'text',
        x: x + indent,
        y,
        text: line,
        size,
        bold: opts.bold ?? false,
        color: opts.colour ?? INK,
      });
    },
  }));
}

/** Departments, symbols, the curve and the emotion scale. */
export function legendBlocks(
  slice: JourneySlice,
  labels: JourneyLabels,
  width: number,
  measure: Measure,
  backstage: boolean,
): Block[] {
  const items: FlowItem[] = [
    ...owningDepartments(slice, backstage).map((d) => ({ text: d.name || '—', swatch: safeColour(d.color) })),
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
        { text: `— ${labels.carried}`, colour: MUTED },
        { text: `${labels.emotion}: ${EMOTION_VALUES.map(emotionSign).join('  ')}` },
        { text: `┬ ${labels.curveRange}` },
        ...(backstage ? [{ text: `┄ ${labels.lineOfVisibility}` }] : []),
      ],
      width,
      measure,
    ),
  ];
}

/** The numbered list of hand-offs that lose context, front stage and backstage. */
export function handoffBlocks(
  slice: JourneySlice,
  lost: readonly LostHandoff[],
  labels: JourneyLabels,
  width: number,
  measure: Measure,
): Block[] {
  const blocks: Block[] = [heading(labels.handoffs, width, measure)];
  if (lost.length === 0)
    blocks.push(...paragraph(labels.noHandoffs, width, measure, { colour: MUTED, language: labels.language }));
  const stageName = (stageId: string | null) =>
    slice.stages.find((s) => s.id === stageId)?.name.trim() || labels.unnamedStage;
  const departmentName = (id: string | null) => (id === null ? undefined : slice.departments.get(id)?.name);
  const front = (id: string): string => {
    const tp = slice.touchpointById.get(id)!;
    const channel = tp.channel_id !== null ? slice.channels.get(tp.channel_id)?.name : undefined;
    const owner = departmentName(tp.owner_department_id);
    const where = [channel ?? labels.noChannel, stageName(tp.stage_id), owner ?? labels.noOwner];
    return `${tp.title.trim() || labels.untitled} (${where.join(' · ')})`;
  };
  const back = (id: string): string => {
    const b = slice.backstage.byId.get(id)!;
    const stage = slice.stepOf.get(id) ? stageName(slice.stages[slice.stepOf.get(id)!.stageIndex]!.id) : undefined;
    const where = [labels.backstage, departmentName(b.department_id) ?? labels.noDepartment, stage].filter(Boolean);
    return `${b.title.trim() || labels.untitled} (${where.join(' · ')})`;
  };
  for (const h of lost) {
    const name = h.layer === 'front' ? front : back;
    blocks.push(
      ...paragraph(`${FLAG_HANDOFF}${h.number}  ${name(h.fromId)} → ${name(h.toId)}`, width, measure, {
        language: labels.language,
      }),
    );
  }
  return blocks;
}
