import type { JourneySlice } from './slice';

/**
 * The emotion curve in time: one point per step that has touchpoints. Parallel
 * touchpoints give a range (lowest to highest) with their mean as the point, so
 * one angry moment is not averaged away by a whole stage. The lowest and the
 * highest moments are named; the stage bands say which steps belong to which
 * stage, for drawing them behind the curve.
 */

export interface CurvePoint {
  stepId: string;
  /** Position of the step in the journey (0-based) and its stage. */
  stepIndex: number;
  stageIndex: number;
  mean: number;
  min: number;
  max: number;
  count: number;
  /** The touchpoints of the step, in lane order. */
  touchpointIds: string[];
}

export interface StageBand {
  stageId: string;
  name: string;
  stageIndex: number;
  /** The stage's steps: [firstStep, firstStep + steps). A stage without steps has steps = 0. */
  firstStep: number;
  steps: number;
  /** Mean of the stage's touchpoints, null without any: what a reader of a stage summary wants. */
  mean: number | null;
}

export interface EmotionCurve {
  points: CurvePoint[];
  /** Index into points of the lowest and highest moment (the first when tied); null without points. */
  lowest: number | null;
  highest: number | null;
  bands: StageBand[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function emotionCurve(slice: JourneySlice): EmotionCurve {
  const points: CurvePoint[] = [];
  for (const step of slice.steps) {
    if (step.touchpoints.length === 0) continue;
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (const tp of step.touchpoints) {
      sum += tp.emotion;
      if (tp.emotion < min) min = tp.emotion;
      if (tp.emotion > max) max = tp.emotion;
    }
    points.push({
      stepId: step.id,
      stepIndex: step.index,
      stageIndex: step.stageIndex,
      mean: round2(sum / step.touchpoints.length),
      min,
      max,
      count: step.touchpoints.length,
      touchpointIds: step.touchpoints.map((tp) => tp.id),
    });
  }
  let lowest: number | null = null;
  let highest: number | null = null;
  points.forEach((p, i) => {
    if (lowest === null || p.mean < points[lowest]!.mean) lowest = i;
    if (highest === null || p.mean > points[highest]!.mean) highest = i;
  });
  // A flat curve has no low or high moment worth a label.
  if (lowest !== null && highest !== null && points[lowest]!.mean === points[highest]!.mean) {
    lowest = null;
    highest = null;
  }
  const bands = slice.stages.map((stage, stageIndex) => {
    const steps = slice.stepsByStage[stageIndex]!;
    const values = steps.flatMap((s) => s.touchpoints.map((tp) => tp.emotion));
    return {
      stageId: stage.id,
      name: stage.name,
      stageIndex,
      firstStep: steps[0]?.index ?? firstStepAfter(slice, stageIndex),
      steps: steps.length,
      mean: values.length === 0 ? null : round2(values.reduce((a, b) => a + b, 0) / values.length),
    };
  });
  return { points, lowest, highest, bands };
}

/** Where an empty stage sits among the steps: before the next stage's first step. */
function firstStepAfter(slice: JourneySlice, stageIndex: number): number {
  for (let i = stageIndex + 1; i < slice.stages.length; i++) {
    const first = slice.stepsByStage[i]![0];
    if (first) return first.index;
  }
  return slice.steps.length;
}
