import { countJourney, type JourneyCounts } from './maturity-counts';
import type { AnalysisModel, JourneyModel } from './model';

/**
 * The maturity verdict of a journey, after the four steps of DESIGN.md:
 *
 * - single: at most one channel in use.
 * - multi:  several channels, but no transition from one channel to another —
 *           transitions that stay on one channel do not let the customer switch.
 * - cross:  at least one transition between two channels.
 * - omni:   cross, and every transition carries context, every touchpoint has a
 *           back channel and exactly one valid owner, every hand-off between
 *           departments carries context, and — when the workspace has messages —
 *           every touchpoint has a variant of its core message for its channel.
 *
 * Reasons are `{ key, params }` for the renderer to translate; `next` lists
 * what the following level still needs ("4 of 9 hand-offs lose context").
 */

export const MATURITY_LEVELS = ['single', 'multi', 'cross', 'omni'] as const;
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];

export const DIMENSIONS = [
  'channel_breadth',
  'transitions',
  'context_carried',
  'back_channels',
  'message_consistency',
  'ownership',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** 0..100 each; message_consistency is null when the workspace has no messages. */
export interface DimensionScores {
  channel_breadth: number;
  transitions: number;
  context_carried: number;
  back_channels: number;
  message_consistency: number | null;
  ownership: number;
}

export const REASON_KEYS = [
  // why a journey is at its level
  'no_touchpoints',
  'one_channel',
  'channels_side_by_side',
  'channel_switches',
  'omni_criteria_met',
  // what the next level still needs
  'needs_second_channel',
  'needs_channel_switch',
  'handoffs_lose_context',
  'department_handoffs_lose_context',
  'touchpoints_without_back_channel',
  'touchpoints_without_owner',
  'messages_not_derived',
  // the workspace verdict
  'no_journeys',
  'empty_journeys',
  'weakest_journeys',
  'journeys_below',
] as const;
export type ReasonKey = (typeof REASON_KEYS)[number];

export interface Reason {
  key: ReasonKey;
  params: Record<string, number | string>;
}

export interface NextLevel {
  level: MaturityLevel;
  unmet: Reason[];
}

export interface JourneyMaturity {
  journeyId: string;
  level: MaturityLevel;
  /** No touchpoint at all: reported as single, left out of the workspace verdict. */
  empty: boolean;
  counts: JourneyCounts;
  scores: DimensionScores;
  overall: number;
  reasons: Reason[];
  /** null at omni. */
  next: NextLevel | null;
}

export function levelRank(level: MaturityLevel): number {
  return MATURITY_LEVELS.indexOf(level);
}

/** Rounded down, so 100 means "all", never "nearly all". */
export function share(part: number, total: number): number {
  return total === 0 ? 0 : Math.floor((100 * part) / total);
}

/**
 * Breadth is measured against six channels — a typical omni channel mix
 * (web, shop, email, app, store, call centre) — or against every live channel
 * when the workspace has fewer, but never against fewer than two, because one
 * channel is single channel by definition.
 */
export const BREADTH_TARGET = 6;

/**
 * - channel_breadth: channels in use / min(6, live channels), at least 2.
 * - transitions: share of the channels in use from which a modelled transition
 *   leads to another channel (or arrives from one) — how far the customer can
 *   switch, not merely whether switching exists anywhere. 0 below two channels.
 * - context_carried, back_channels, ownership, message_consistency: shares of
 *   transitions or touchpoints meeting the criterion. An empty base scores 0,
 *   so the radar never shows area the journey has not earned.
 */
export function scoresOf(c: JourneyCounts): DimensionScores {
  const target = Math.min(BREADTH_TARGET, Math.max(2, c.workspaceChannels));
  return {
    channel_breadth: share(Math.min(c.channels, target), target),
    transitions: c.channels < 2 ? 0 : share(c.linkedChannels, c.channels),
    context_carried: share(c.withContext, c.transitions),
    back_channels: share(c.withBackChannel, c.touchpoints),
    message_consistency: c.derivedMessages === null ? null : share(c.derivedMessages, c.touchpoints),
    ownership: share(c.owned, c.touchpoints),
  };
}

/** The unweighted mean of the dimensions that apply, rounded down. */
export function overallOf(scores: DimensionScores): number {
  const values = DIMENSIONS.map((d) => scores[d]).filter((v): v is number => v !== null);
  return values.length === 0 ? 0 : Math.floor(values.reduce((a, b) => a + b, 0) / values.length);
}

function omniGaps(c: JourneyCounts): Reason[] {
  const gaps: Reason[] = [];
  const lost = c.transitions - c.withContext;
  if (lost > 0) gaps.push({ key: 'handoffs_lose_context', params: { lost, total: c.transitions } });
  const siloed = c.departmentHandoffs - c.departmentHandoffsWithContext;
  if (siloed > 0)
    gaps.push({ key: 'department_handoffs_lose_context', params: { lost: siloed, total: c.departmentHandoffs } });
  const noBack = c.touchpoints - c.withBackChannel;
  if (noBack > 0)
    gaps.push({ key: 'touchpoints_without_back_channel', params: { missing: noBack, total: c.touchpoints } });
  const unowned = c.touchpoints - c.owned;
  if (unowned > 0) gaps.push({ key: 'touchpoints_without_owner', params: { missing: unowned, total: c.touchpoints } });
  if (c.derivedMessages !== null && c.derivedMessages < c.touchpoints) {
    gaps.push({
      key: 'messages_not_derived',
      params: { missing: c.touchpoints - c.derivedMessages, total: c.touchpoints },
    });
  }
  return gaps;
}

export function verdictOf(c: JourneyCounts): { level: MaturityLevel; reasons: Reason[]; next: NextLevel | null } {
  if (c.touchpoints === 0 || c.channels <= 1) {
    const reason: Reason =
      c.touchpoints === 0
        ? { key: 'no_touchpoints', params: {} }
        : { key: 'one_channel', params: { channels: c.channels, touchpoints: c.touchpoints } };
    return {
      level: 'single',
      reasons: [reason],
      next: { level: 'multi', unmet: [{ key: 'needs_second_channel', params: { channels: c.channels } }] },
    };
  }
  if (c.switches === 0) {
    return {
      level: 'multi',
      reasons: [{ key: 'channels_side_by_side', params: { channels: c.channels, transitions: c.transitions } }],
      next: {
        level: 'cross',
        unmet: [{ key: 'needs_channel_switch', params: { channels: c.channels, transitions: c.transitions } }],
      },
    };
  }
  const switching: Reason = {
    key: 'channel_switches',
    params: { switches: c.switches, transitions: c.transitions, channels: c.channels },
  };
  const gaps = omniGaps(c);
  if (gaps.length > 0) return { level: 'cross', reasons: [switching], next: { level: 'omni', unmet: gaps } };
  return {
    level: 'omni',
    reasons: [
      switching,
      { key: 'omni_criteria_met', params: { transitions: c.transitions, touchpoints: c.touchpoints } },
    ],
    next: null,
  };
}

export function journeyMaturity(model: AnalysisModel, journey: JourneyModel): JourneyMaturity {
  const counts = countJourney(model, journey);
  const scores = scoresOf(counts);
  return {
    journeyId: journey.journey.id,
    empty: counts.touchpoints === 0,
    counts,
    scores,
    overall: overallOf(scores),
    ...verdictOf(counts),
  };
}
