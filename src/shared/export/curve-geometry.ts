import type { CurvePoint, EmotionCurve } from '../journey/curve';
import { fitLine, lineHeight, type Measure } from './ops';
import { emotionColour } from '../emotion';

/**
 * Where the per-step emotion curve goes on a drawing: the same geometry for
 * the slide (SVG), the PDF and the PNG (page ops), so the three show one
 * curve. A point per step in the time columns given (its mean), a vertical
 * range where parallel touchpoints differ, the stage bands behind, and the
 * lowest and highest moments labelled — the highest above its range, the
 * lowest below, so the two labels never cover each other.
 */

export interface CurveColumn {
  /** The step this column shows (its index in the journey), or null for an empty stage's column. */
  stepIndex: number | null;
  stageIndex: number;
  x: number;
  w: number;
}

export interface CurveBand {
  stageIndex: number;
  x: number;
  w: number;
  current: boolean;
}

export type CurveMark = 'lowest' | 'highest';

export interface CurveDot {
  point: CurvePoint;
  x: number;
  /** The mean, and the range of the step's parallel touchpoints (equal to y for one touchpoint). */
  y: number;
  yMin: number;
  yMax: number;
  colour: string;
  mark: CurveMark | null;
}

export interface CurveLabel {
  mark: CurveMark;
  text: string;
  /** Top left of the text line. */
  x: number;
  y: number;
  w: number;
  size: number;
}

export interface CurveDrawing {
  bands: CurveBand[];
  /** y of the emotion values −2…+2 (for grid lines). */
  grid: { value: number; y: number }[];
  dots: CurveDot[];
  /** The line through the dots in time order. */
  line: { x: number; y: number }[];
  labels: CurveLabel[];
}

export interface CurveOptions {
  /** Highlighted stage (the slide's), or null. */
  current?: number | null;
  /** The label of a marked moment, e.g. "Lowest: Hotline call (−2)". */
  labelOf: (point: CurvePoint, mark: CurveMark) => string;
  measure: Measure;
  labelSize: number;
}

/** Space between a marked point and its label (room for the dot drawn over the point). */
const LABEL_GAP = 5;

/** Lays the curve out over `columns` inside the box from y to y + h; steps not in `columns` are left out. */
export function curveGeometry(
  curve: EmotionCurve,
  columns: readonly CurveColumn[],
  box: { y: number; h: number },
  options: CurveOptions,
): CurveDrawing {
  const labelH = lineHeight(options.labelSize) + 2;
  // Room for a label above the highest and below the lowest possible point.
  const top = box.y + labelH + LABEL_GAP;
  const bottom = box.y + box.h - labelH - LABEL_GAP;
  const yOf = (v: number) => top + ((2 - v) / 4) * Math.max(0, bottom - top);

  const bands: CurveBand[] = [];
  for (const c of columns) {
    const last = bands[bands.length - 1];
    if (last && last.stageIndex === c.stageIndex && Math.abs(last.x + last.w - c.x) < 1e-6) last.w = c.x + c.w - last.x;
    else bands.push({ stageIndex: c.stageIndex, x: c.x, w: c.w, current: c.stageIndex === options.current });
  }

  const columnOf = new Map<number, CurveColumn>();
  for (const c of columns) if (c.stepIndex !== null) columnOf.set(c.stepIndex, c);
  const dots: CurveDot[] = [];
  curve.points.forEach((point, i) => {
    const c = columnOf.get(point.stepIndex);
    if (!c) return;
    dots.push({
      point,
      x: c.x + c.w / 2,
      y: yOf(point.mean),
      yMin: yOf(point.min),
      yMax: yOf(point.max),
      colour: emotionColour(point.mean),
      mark: i === curve.lowest ? 'lowest' : i === curve.highest ? 'highest' : null,
    });
  });

  const left = columns.length === 0 ? 0 : Math.min(...columns.map((c) => c.x));
  const right = columns.length === 0 ? 0 : Math.max(...columns.map((c) => c.x + c.w));
  const labels: CurveLabel[] = [];
  for (const dot of dots) {
    if (!dot.mark) continue;
    const text = fitLine(options.labelOf(dot.point, dot.mark), right - left, options.labelSize, true, options.measure);
    if (!text) continue;
    const w = options.measure(text, options.labelSize, true);
    const x = Math.max(left, Math.min(right - w, dot.x - w / 2));
    // Above the top of the range for the highest, below its bottom for the lowest: the two never meet.
    const y =
      dot.mark === 'highest'
        ? Math.max(box.y, dot.yMax - LABEL_GAP - labelH)
        : Math.min(box.y + box.h - labelH, dot.yMin + LABEL_GAP);
    labels.push({ mark: dot.mark, text, x, y, w, size: options.labelSize });
  }

  return {
    bands,
    grid: [-2, -1, 0, 1, 2].map((value) => ({ value, y: yOf(value) })),
    dots,
    line: dots.map((d) => ({ x: d.x, y: d.y })),
    labels,
  };
}
