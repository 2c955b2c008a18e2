import { describe, expect, it } from 'vitest';
import { computeMaturity } from './analyze';
import type { JourneyMaturity } from './maturity';
import { omniJourney, WorkspaceBuilder, type OmniJourney } from './test-fixtures';

const only = (b: WorkspaceBuilder, messages = false): JourneyMaturity => {
  const journeys = computeMaturity(b.data({ messages })).journeys;
  expect(journeys).toHaveLength(1);
  return journeys[0]!;
};

/** Ten touchpoints alternating website and email, nine transitions, the first `lost` without context. */
function zigzag(o: OmniJourney, lost: number): string {
  const journey = o.b.journey('Zigzag');
  const stage = o.b.stage(journey, 'Research');
  const tps = Array.from({ length: 10 }, (_, i) => o.b.touchpoint(stage, i % 2 === 0 ? o.web : o.email, o.marketing));
  for (let i = 0; i < 9; i += 1) o.b.transition(tps[i]!, tps[i + 1]!, i >= lost);
  return journey;
}

describe('journey maturity levels', () => {
  it('single: one channel, even with transitions on it', () => {
    const b = new WorkspaceBuilder();
    const dep = b.department('Marketing');
    const web = b.channel('Website');
    b.channel('Email');
    const j = b.journey('Web only');
    const tps = ['A', 'B', 'C'].map((name) => b.touchpoint(b.stage(j, name), web, dep));
    b.transition(tps[0]!, tps[1]!, true);
    b.transition(tps[1]!, tps[2]!, true);
    const m = only(b);
    expect(m.level).toBe('single');
    expect(m.empty).toBe(false);
    expect(m.reasons).toEqual([{ key: 'one_channel', params: { channels: 1, touchpoints: 3 } }]);
    expect(m.next).toEqual({ level: 'multi', unmet: [{ key: 'needs_second_channel', params: { channels: 1 } }] });
    // Two live channels: breadth is measured against two, and one of them is used.
    expect(m.scores).toEqual({
      channel_breadth: 50,
      transitions: 0,
      context_carried: 100,
      back_channels: 100,
      message_consistency: null,
      ownership: 100,
    });
    expect(m.overall).toBe(70);
  });

  it('single: a second channel that is archived does not count', () => {
    const o = omniJourney();
    o.b.update(o.b.channels, o.email, { archived: true });
    o.b.update(o.b.channels, o.store, { tombstone: true });
    expect(only(o.b).level).toBe('single');
  });

  it('multi: several channels side by side, no transitions', () => {
    const o = omniJourney();
    o.b.update(o.b.transitions, o.transitions[0], { tombstone: true });
    o.b.update(o.b.transitions, o.transitions[1], { tombstone: true });
    const m = only(o.b);
    expect(m.level).toBe('multi');
    expect(m.reasons).toEqual([{ key: 'channels_side_by_side', params: { channels: 3, transitions: 0 } }]);
    expect(m.next).toEqual({
      level: 'cross',
      unmet: [{ key: 'needs_channel_switch', params: { channels: 3, transitions: 0 } }],
    });
    expect(m.scores.transitions).toBe(0);
    expect(m.scores.context_carried).toBe(0);
  });

  it('multi: transitions that stay on one channel do not make cross', () => {
    const o = omniJourney();
    o.b.update(o.b.transitions, o.transitions[0], { tombstone: true });
    o.b.update(o.b.transitions, o.transitions[1], { tombstone: true });
    const web2 = o.b.touchpoint(o.stages[1], o.web, o.marketing);
    const store2 = o.b.touchpoint(o.stages[1], o.store, o.sales);
    o.b.transition(o.tps[0], web2, true);
    o.b.transition(store2, o.tps[2], true);
    const m = only(o.b);
    expect(m.level).toBe('multi');
    expect(m.counts).toMatchObject({ transitions: 2, switches: 0, channels: 3 });
    expect(m.reasons).toEqual([{ key: 'channels_side_by_side', params: { channels: 3, transitions: 2 } }]);
  });

  it('cross: the customer can switch, but one hand-off loses context', () => {
    const o = omniJourney();
    o.b.update(o.b.transitions, o.transitions[0], { carries_context: false });
    const m = only(o.b);
    expect(m.level).toBe('cross');
    expect(m.reasons).toEqual([{ key: 'channel_switches', params: { switches: 2, transitions: 2, channels: 3 } }]);
    expect(m.next).toEqual({ level: 'omni', unmet: [{ key: 'handoffs_lose_context', params: { lost: 1, total: 2 } }] });
    expect(m.scores.context_carried).toBe(50);
  });

  it('cross: a hand-off between departments without context fails two omni criteria', () => {
    const o = omniJourney();
    o.b.update(o.b.transitions, o.transitions[1], { carries_context: false });
    expect(only(o.b).next?.unmet).toEqual([
      { key: 'handoffs_lose_context', params: { lost: 1, total: 2 } },
      { key: 'department_handoffs_lose_context', params: { lost: 1, total: 1 } },
    ]);
  });

  it('cross: "4 of 9 hand-offs lose context"', () => {
    const o = omniJourney();
    o.b.update(o.b.journeys, o.journey, { tombstone: true });
    zigzag(o, 4);
    const m = only(o.b);
    expect(m.level).toBe('cross');
    expect(m.next?.unmet).toEqual([{ key: 'handoffs_lose_context', params: { lost: 4, total: 9 } }]);
    expect(m.scores.context_carried).toBe(55);
  });

  it('cross: one touchpoint without back channel, or without a valid owner', () => {
    const a = omniJourney();
    a.b.update(a.b.touchpoints, a.tps[0], { back_channel: false });
    const noBack = only(a.b);
    expect(noBack.level).toBe('cross');
    expect(noBack.next?.unmet).toEqual([{ key: 'touchpoints_without_back_channel', params: { missing: 1, total: 3 } }]);
    expect(noBack.scores.back_channels).toBe(66);

    const b = omniJourney();
    b.b.update(b.b.departments, b.sales, { archived: true });
    const noOwner = only(b.b);
    expect(noOwner.level).toBe('cross');
    // With Sales archived, email → store is no longer a known department hand-off.
    expect(noOwner.counts.departmentHandoffs).toBe(0);
    expect(noOwner.next?.unmet).toEqual([{ key: 'touchpoints_without_owner', params: { missing: 1, total: 3 } }]);
    expect(noOwner.scores.ownership).toBe(66);
  });

  it('omni: every criterion met', () => {
    const o = omniJourney();
    const m = only(o.b);
    expect(m.level).toBe('omni');
    expect(m.reasons).toEqual([
      { key: 'channel_switches', params: { switches: 2, transitions: 2, channels: 3 } },
      { key: 'omni_criteria_met', params: { transitions: 2, touchpoints: 3 } },
    ]);
    expect(m.next).toBeNull();
    expect(m.scores).toEqual({
      channel_breadth: 100,
      transitions: 100,
      context_carried: 100,
      back_channels: 100,
      message_consistency: null,
      ownership: 100,
    });
    expect(m.overall).toBe(100);
  });

  it('an empty journey is single and marked empty', () => {
    const b = new WorkspaceBuilder();
    b.channel('Website');
    b.stage(b.journey('Draft'), 'Inspiration');
    const m = only(b);
    expect(m).toMatchObject({
      level: 'single',
      empty: true,
      overall: 0,
      reasons: [{ key: 'no_touchpoints', params: {} }],
    });
    expect(m.scores).toEqual({
      channel_breadth: 0,
      transitions: 0,
      context_carried: 0,
      back_channels: 0,
      message_consistency: null,
      ownership: 0,
    });
  });
});

describe('maturity scores', () => {
  it('measures breadth against six channels and transitions by channels linked', () => {
    const o = omniJourney();
    for (const name of ['App', 'SMS', 'Print', 'Social', 'Call centre']) o.b.channel(name);
    const app = o.b.channels.find((c) => c.name === 'App')!.id;
    o.b.touchpoint(o.stages[0], app, o.marketing);
    o.b.update(o.b.transitions, o.transitions[1], { tombstone: true });
    const m = only(o.b);
    // 4 of a target of 6 channels; website and email are linked, store and app are not.
    expect(m.scores.channel_breadth).toBe(66);
    expect(m.scores.transitions).toBe(50);
  });
});

describe('message consistency', () => {
  it('requires a channel variant of a core message for every touchpoint', () => {
    const o = omniJourney();
    o.b.message({ stageId: o.stages[0] }, [o.web]);
    o.b.message({ touchpointId: o.tps[1] }, [o.email]);
    const last = o.b.message({ touchpointId: o.tps[2] }, [o.web]);
    const m = only(o.b, true);
    expect(m.level).toBe('cross');
    expect(m.next?.unmet).toEqual([{ key: 'messages_not_derived', params: { missing: 1, total: 3 } }]);
    expect(m.scores.message_consistency).toBe(66);
    expect(m.overall).toBe(94);

    o.b.variants.push({ ...o.b.variants.find((v) => v.message_id === last)!, id: 'var-store-1', channel_id: o.store });
    const fixed = only(o.b, true);
    expect(fixed.level).toBe('omni');
    expect(fixed.scores.message_consistency).toBe(100);

    o.b.update(o.b.variants, 'var-store-1', { tombstone: true });
    expect(only(o.b, true).level).toBe('cross');
  });

  it('is ignored when the workspace has no messages', () => {
    const o = omniJourney();
    const m = only(o.b, true);
    expect(m.level).toBe('omni');
    expect(m.scores.message_consistency).toBeNull();
  });
});

describe('workspace maturity', () => {
  it('takes the weakest non-empty journey and weights scores by touchpoints', () => {
    const o = omniJourney();
    const zig = zigzag(o, 4);
    o.b.journey('Empty draft');
    const w = computeMaturity(o.b.data());
    expect(w.level).toBe('cross');
    expect(w.empty).toBe(false);
    expect(w.levels).toEqual({ single: 0, multi: 0, cross: 1, omni: 1 });
    expect(w.weakestJourneyIds).toEqual([zig]);
    expect(w.reasons).toEqual([
      { key: 'weakest_journeys', params: { level: 'cross', count: 1, total: 2 } },
      { key: 'empty_journeys', params: { count: 1 } },
    ]);
    expect(w.next).toEqual({
      level: 'omni',
      unmet: [
        { key: 'journeys_below', params: { level: 'omni', count: 1, total: 2 } },
        { key: 'handoffs_lose_context', params: { lost: 4, total: 9 } },
      ],
    });
    // (100·3 + 66·10) / 13 and (100·3 + 55·10) / 13, rounded down.
    expect(w.scores).toEqual({
      channel_breadth: 73,
      transitions: 100,
      context_carried: 65,
      back_channels: 100,
      message_consistency: null,
      ownership: 100,
    });
    expect(w.overall).toBe(87);
    expect(w.journeys).toHaveLength(3);
  });

  it('adds up what the weakest journeys still need', () => {
    const o = omniJourney();
    o.b.update(o.b.transitions, o.transitions[0], { carries_context: false });
    zigzag(o, 2);
    const w = computeMaturity(o.b.data());
    expect(w.next?.unmet).toEqual([
      { key: 'journeys_below', params: { level: 'omni', count: 2, total: 2 } },
      { key: 'handoffs_lose_context', params: { lost: 3, total: 11 } },
    ]);
  });

  it('is omni when every journey is, and single when there are no journeys', () => {
    const o = omniJourney();
    const w = computeMaturity(o.b.data());
    expect(w.level).toBe('omni');
    expect(w.next).toBeNull();
    expect(w.reasons).toEqual([{ key: 'weakest_journeys', params: { level: 'omni', count: 1, total: 1 } }]);

    const none = computeMaturity(new WorkspaceBuilder().data());
    expect(none).toMatchObject({
      level: 'single',
      empty: true,
      overall: 0,
      reasons: [{ key: 'no_journeys', params: {} }],
    });
  });
});
