import { buildMapModel, cellOf, type MapModel } from '../../../shared/map/model';
import type { Channel, Fact, Journey, Message, Stage, Touchpoint } from '../../../shared/schema/tables';
import { factValues } from '../../../shared/messages/placeholders';
import { keyMessagesOf, type KeyMessages } from './key-messages';

/**
 * The slides of a journey presentation, from the journey's rows: a title
 * slide, one slide per stage, and the coverage verdict at the end. Pure, so
 * what a room sees for an empty journey or a stage with 40 touchpoints is
 * decided (and tested) here rather than in the components.
 */

/**
 * How much of each touchpoint a stage slide shows. Few touchpoints get full
 * cards (action and response); more get compact cards; many get one line each,
 * with "+N more" per channel once the slide is full.
 */
export type Density = 'roomy' | 'compact' | 'dense';

/** Upper bounds of the roomy and compact layouts, in touchpoints per stage. */
export const ROOMY_MAX = 6;
export const COMPACT_MAX = 15;
/**
 * Rows a dense stage slide holds (at 1280×800, with titles on two lines):
 * each channel heading takes about one and a half, the rest hold touchpoint
 * lines and one "+N more" line per cut channel.
 */
export const DENSE_ROWS = 44;

/** Touchpoint and "+N more" lines left for a dense slide with this many channels. */
export function denseLines(channels: number): number {
  return Math.max(channels, DENSE_ROWS - Math.ceil(1.5 * channels));
}

export interface ChannelGroup {
  channelId: string;
  /** Null when the channel row is gone: the touchpoints still show, under "unknown channel". */
  channel: Channel | null;
  /** The touchpoints shown, in map order. */
  touchpoints: Touchpoint[];
  /** Touchpoints of this channel left out for space ("+N more"). */
  hidden: number;
}

export interface TitleSlide {
  kind: 'title';
  stages: number;
  touchpoints: number;
  channels: number;
}

export interface StageSlide {
  kind: 'stage';
  stage: Stage;
  /** 1-based, as it reads: "Stage 3 of 7". */
  position: number;
  stageCount: number;
  /** Touchpoints of the stage, shown or not. */
  total: number;
  density: Density;
  groups: ChannelGroup[];
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

export interface DeckInput {
  journey: Journey;
  stages: readonly Stage[];
  touchpoints: readonly Touchpoint[];
  channels: readonly Channel[];
  messages: readonly Message[];
  facts: readonly Fact[];
}

export interface Deck {
  model: MapModel;
  slides: Slide[];
}

export function buildDeck(input: DeckInput): Deck {
  const model = buildMapModel({
    journeyId: input.journey.id,
    stages: input.stages,
    channels: input.channels,
    touchpoints: input.touchpoints,
    transitions: [],
  });
  const facts = factValues(input.facts);
  const title: TitleSlide = {
    kind: 'title',
    stages: model.stages.length,
    touchpoints: model.touchpoints.size,
    channels: model.lanes.length,
  };
  const stageSlides: Slide[] = model.stages.map((stage, i) => stageSlide(model, stage, i, input.messages, facts));
  return {
    model,
    slides: [title, ...(stageSlides.length > 0 ? stageSlides : [{ kind: 'noStages' as const }]), { kind: 'verdict' }],
  };
}

function stageSlide(
  model: MapModel,
  stage: Stage,
  index: number,
  messages: readonly Message[],
  facts: ReadonlyMap<string, string>,
): StageSlide {
  const cells = model.lanes
    .map((lane) => ({ lane, touchpoints: cellOf(model, stage.id, lane.channelId) }))
    .filter((c) => c.touchpoints.length > 0);
  const total = cells.reduce((sum, c) => sum + c.touchpoints.length, 0);
  const density = densityOf(total);
  const visible =
    density === 'dense'
      ? fitGroups(
          cells.map((c) => c.touchpoints.length),
          denseLines(cells.length),
        )
      : cells.map((c) => c.touchpoints.length);
  const groups = cells.map((c, i) => ({
    channelId: c.lane.channelId,
    channel: c.lane.channel,
    touchpoints: c.touchpoints.slice(0, visible[i]),
    hidden: c.touchpoints.length - visible[i]!,
  }));
  return {
    kind: 'stage',
    stage,
    position: index + 1,
    stageCount: model.stages.length,
    total,
    density,
    groups,
    messages: keyMessagesOf(model, stage.id, messages, facts),
  };
}

export function densityOf(touchpoints: number): Density {
  return touchpoints <= ROOMY_MAX ? 'roomy' : touchpoints <= COMPACT_MAX ? 'compact' : 'dense';
}

/**
 * How many touchpoints of each channel fit in `budget` lines, where a channel
 * that is cut also needs a line for its "+N more". Every channel gets the same
 * share (small channels show all they have), the lines left over go to the
 * first channels, and each channel shows at least one touchpoint.
 */
export function fitGroups(counts: readonly number[], budget: number): number[] {
  const cost = (visible: readonly number[]) => visible.reduce((sum, v, i) => sum + v + (v < counts[i]! ? 1 : 0), 0);
  if (counts.reduce((a, b) => a + b, 0) <= budget) return [...counts];
  // Showing all of a channel costs no more than leaving one out behind a "+1 more" line.
  const capped = (cap: number) => counts.map((n) => (n <= cap + 1 ? n : cap));
  let cap = 1;
  while (cost(capped(cap + 1)) <= budget) cap += 1;
  const visible = capped(cap);
  let left = budget - cost(visible);
  for (let i = 0; i < visible.length && left > 0; i++) {
    if (visible[i]! < counts[i]!) {
      // One more line either way; when only one would stay hidden, it takes the place of its "+1 more" line.
      visible[i] = visible[i]! + 1 === counts[i]! - 1 ? counts[i]! : visible[i]! + 1;
      left -= 1;
    }
  }
  return visible;
}
