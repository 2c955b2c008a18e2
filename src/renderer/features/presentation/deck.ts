import { stageKeyMessages, type KeyMessage } from '../../../shared/journey/key-messages';
import type { JourneySlice, Step } from '../../../shared/journey/slice';
import {
  channelLanes,
  handoffNumbers,
  lostHandoffs,
  lostInStage,
  type LostHandoff,
} from '../../../shared/journey/views';
import type { FactValues } from '../../../shared/messages/placeholders';
import type { BackstageStep, Stage, Touchpoint } from '../../../shared/schema/tables';

/**
 * The slides of a journey presentation, from the journey slice: a title
 * slide, one slide per stage with its steps in the customer's time order, and
 * the coverage verdict at the end. Pure, so what a room sees for an empty
 * journey or a stage with 40 touchpoints is decided (and tested) here rather
 * than in the components.
 */

/**
 * How much of each touchpoint a stage slide shows. Few touchpoints in few
 * steps get full cards (action, response, what the customer thinks); more
 * get compact cards; many get one line each.
 */
export type Density = 'roomy' | 'compact' | 'dense';

/** Upper bounds of the roomy and compact layouts, in touchpoints per stage and in steps per stage. */
export const ROOMY_MAX = 6;
export const COMPACT_MAX = 15;
export const ROOMY_STEPS = 4;
export const COMPACT_STEPS = 6;
/** Step columns a slide holds at 1280×800, by density; later steps are counted, not shown. */
export const STEP_COLUMNS: Readonly<Record<Density, number>> = { roomy: 4, compact: 6, dense: 9 };
/** Cards a step column holds, by density; the rest of a step is counted ("+N more"). */
export const STEP_ROWS: Readonly<Record<Density, number>> = { roomy: 3, compact: 4, dense: 8 };
/** Backstage steps shown under a step column. */
export const BACKSTAGE_ROWS: Readonly<Record<Density, number>> = { roomy: 2, compact: 2, dense: 3 };

export interface SlideStep {
  step: Step;
  /** 1-based position in the whole journey, as the map and the PDF number it. */
  number: number;
  /** The touchpoints shown, in lane order (parallel when more than one). */
  touchpoints: Touchpoint[];
  hidden: number;
  backstage: BackstageStep[];
  hiddenBackstage: number;
}

export interface TitleSlide {
  kind: 'title';
  stages: number;
  touchpoints: number;
  channels: number;
}

export interface KeyMessages {
  shown: KeyMessage[];
  /** Further messages of the stage that did not fit. */
  more: number;
}

export interface StageSlide {
  kind: 'stage';
  stage: Stage;
  stageIndex: number;
  /** 1-based, as it reads: "Stage 3 of 7". */
  position: number;
  stageCount: number;
  /** Touchpoints of the stage, shown or not. */
  total: number;
  density: Density;
  /** The steps shown, in time order. */
  steps: SlideStep[];
  /** Steps after the last one shown, and their touchpoints. */
  hiddenSteps: number;
  hiddenTouchpoints: number;
  /** Whether the stage has backstage steps on the slide (then it draws the line of visibility). */
  backstage: boolean;
  /** Hand-offs that lose context with both ends shown on this slide, numbered as in the whole journey. */
  lost: LostHandoff[];
  /** Touchpoint or backstage step id → its lost hand-off numbers (journey-wide). */
  numbers: ReadonlyMap<string, number[]>;
  messages: KeyMessages;
}

/** Stands in for the stage slides of a journey that has no stages yet. */
export interface NoStagesSlide {
  kind: 'noStages';
}

export interface VerdictSlide {
  kind: 'verdict';
}

export type Slide = TitleSlide | StageSlide | NoStagesSlide | VerdictSlide;

export interface Deck {
  slice: JourneySlice;
  slides: Slide[];
}

/** A slide read from across a room holds a few messages, not a list. */
export const MAX_KEY_MESSAGES = 3;

export function buildDeck(slice: JourneySlice, facts: FactValues): Deck {
  const title: TitleSlide = {
    kind: 'title',
    stages: slice.stages.length,
    touchpoints: slice.touchpoints.length,
    channels: channelLanes(slice).length,
  };
  const lost = lostHandoffs(slice);
  const numbers = handoffNumbers(lost);
  const stageSlides: Slide[] = slice.stages.map((stage, i) => stageSlide(slice, stage, i, lost, numbers, facts));
  return {
    slice,
    slides: [title, ...(stageSlides.length > 0 ? stageSlides : [{ kind: 'noStages' as const }]), { kind: 'verdict' }],
  };
}

export function densityOf(touchpoints: number, steps = 0): Density {
  if (touchpoints <= ROOMY_MAX && steps <= ROOMY_STEPS) return 'roomy';
  if (touchpoints <= COMPACT_MAX && steps <= COMPACT_STEPS) return 'compact';
  return 'dense';
}

function stageSlide(
  slice: JourneySlice,
  stage: Stage,
  index: number,
  lost: readonly LostHandoff[],
  numbers: ReadonlyMap<string, number[]>,
  facts: FactValues,
): StageSlide {
  const steps = slice.stepsByStage[index]!;
  const total = steps.reduce((sum, s) => sum + s.touchpoints.length, 0);
  const density = densityOf(total, steps.length);
  const rows = STEP_ROWS[density];
  const backRows = BACKSTAGE_ROWS[density];
  const shown = steps.slice(0, STEP_COLUMNS[density]).map((step): SlideStep => ({
    step,
    number: step.index + 1,
    // A step one card over its limit shows that card instead of a "+1 more" line.
    touchpoints: step.touchpoints.slice(0, step.touchpoints.length === rows + 1 ? rows + 1 : rows),
    hidden: step.touchpoints.length === rows + 1 ? 0 : Math.max(0, step.touchpoints.length - rows),
    backstage: step.backstage.slice(0, backRows),
    hiddenBackstage: Math.max(0, step.backstage.length - backRows),
  }));
  const onSlide = new Set(shown.flatMap((s) => [...s.touchpoints, ...s.backstage].map((x) => x.id)));
  const hidden = steps.slice(shown.length);
  const all = stageKeyMessages(slice, index, facts);
  return {
    kind: 'stage',
    stage,
    stageIndex: index,
    position: index + 1,
    stageCount: slice.stages.length,
    total,
    density,
    steps: shown,
    hiddenSteps: hidden.length,
    hiddenTouchpoints: hidden.reduce((sum, s) => sum + s.touchpoints.length, 0),
    backstage: shown.some((s) => s.backstage.length > 0),
    lost: lostInStage(lost, index).filter((h) => onSlide.has(h.fromId) && onSlide.has(h.toId)),
    numbers,
    messages: { shown: all.slice(0, MAX_KEY_MESSAGES), more: Math.max(0, all.length - MAX_KEY_MESSAGES) },
  };
}
