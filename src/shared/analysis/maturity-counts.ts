import { hasChannelVariant } from './messages';
import type { AnalysisModel, JourneyModel } from './model';

/**
 * The raw numbers behind a journey's maturity. Levels, scores and reasons are
 * all derived from these, so the verdict and its explanation cannot disagree.
 */
export interface JourneyCounts {
  touchpoints: number;
  /** Distinct live channels with at least one touchpoint. */
  channels: number;
  /** Live channels in the workspace: what breadth is measured against. */
  workspaceChannels: number;
  transitions: number;
  withContext: number;
  /** Transitions whose two ends sit on different channels: the customer switches. */
  switches: number;
  /** Channels in use that are an end of at least one channel switch. */
  linkedChannels: number;
  /** Transitions between touchpoints owned by two different departments. */
  departmentHandoffs: number;
  departmentHandoffsWithContext: number;
  withBackChannel: number;
  /** Touchpoints with exactly one valid owner department. */
  owned: number;
  /** Touchpoints whose core message has a variant for their channel; null when the criterion does not apply. */
  derivedMessages: number | null;
}

export function countJourney(model: AnalysisModel, journey: JourneyModel): JourneyCounts {
  const used = new Set<string>();
  let withBackChannel = 0;
  let owned = 0;
  let derived = 0;
  const messages = model.messages;
  for (const tp of journey.touchpoints) {
    if (tp.channelId !== null) used.add(tp.channelId);
    if (tp.backChannel) withBackChannel += 1;
    if (tp.ownerId !== null) owned += 1;
    if (messages && hasChannelVariant(messages, tp.row, tp.channelId)) derived += 1;
  }

  const linked = new Set<string>();
  let withContext = 0;
  let switches = 0;
  let departmentHandoffs = 0;
  let departmentHandoffsWithContext = 0;
  for (const t of journey.transitions) {
    const carries = t.carriesContext;
    if (carries) withContext += 1;
    const a = t.from.channelId;
    const b = t.to.channelId;
    if (a !== null && b !== null && a !== b) {
      switches += 1;
      linked.add(a);
      linked.add(b);
    }
    if (t.from.ownerId !== null && t.to.ownerId !== null && t.from.ownerId !== t.to.ownerId) {
      departmentHandoffs += 1;
      if (carries) departmentHandoffsWithContext += 1;
    }
  }

  return {
    touchpoints: journey.touchpoints.length,
    channels: used.size,
    workspaceChannels: model.channels.length,
    transitions: journey.transitions.length,
    withContext,
    switches,
    linkedChannels: linked.size,
    departmentHandoffs,
    departmentHandoffsWithContext,
    withBackChannel,
    owned,
    derivedMessages: messages ? derived : null,
  };
}
