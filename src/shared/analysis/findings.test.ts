import { describe, expect, it } from 'vitest';
import { computeFindings } from './analyze';
import { buildModel } from './model';
import { countFindings, type Finding, type FindingKind } from './finding-kinds';
import { countFindingsOf } from './findings';
import { omniJourney, WorkspaceBuilder } from './test-fixtures';

const ofKind = (findings: Finding[], kind: FindingKind): Finding[] => findings.filter((f) => f.kind === kind);

describe('findings', () => {
  it('finds nothing in a journey that meets every criterion', () => {
    const { b } = omniJourney();
    expect(computeFindings(b.data())).toEqual([]);
  });

  describe('empty_stage', () => {
    it('reports a stage without touchpoint, counting deleted touchpoints as absent', () => {
      const o = omniJourney();
      const extra = o.b.stage(o.journey, 'Loyalty');
      o.b.touchpoint(extra, o.web, o.marketing, { tombstone: true });
      const found = ofKind(computeFindings(o.b.data()), 'empty_stage');
      expect(found).toEqual([
        {
          id: `empty_stage:${extra}`,
          kind: 'empty_stage',
          severity: 'high',
          journeyId: o.journey,
          touchpointIds: [],
          stageId: extra,
          params: { stage: 'Loyalty', position: 4 },
        },
      ]);
    });

    it('does not report a stage that has a touchpoint', () => {
      const o = omniJourney();
      const extra = o.b.stage(o.journey, 'Loyalty');
      o.b.touchpoint(extra, o.email, o.marketing);
      expect(ofKind(computeFindings(o.b.data()), 'empty_stage')).toEqual([]);
    });
  });

  describe('preferred_channel_missing', () => {
    it('reports each preferred channel once per journey, naming the stages without it (#12 defect 12)', () => {
      const o = omniJourney();
      const app = o.b.channel('App');
      const persona = o.b.persona('Commuter', [o.email, app]);
      o.b.update(o.b.journeys, o.journey, { persona_id: persona });
      const found = ofKind(computeFindings(o.b.data()), 'preferred_channel_missing');
      // Email is present at stage 2 only; the app nowhere: two findings, not five.
      expect(found.map((f) => [f.stageId, f.channelId, f.params.count])).toEqual([
        [o.stages[0], o.email, 2],
        [o.stages[0], app, 3],
      ]);
      expect(found[0]!.params).toEqual({
        stage: 'Inspiration',
        position: 1,
        stages: 'Inspiration, Service',
        count: 2,
        channel: 'Email',
        persona: 'Commuter',
      });
      expect(found[0]!.severity).toBe('medium');
    });

    it('does not report preferred channels that are present, archived, or at an empty stage', () => {
      const o = omniJourney();
      const fax = o.b.channel('Fax', { archived: true });
      const persona = o.b.persona('Loyal', [o.web, fax]);
      o.b.update(o.b.journeys, o.journey, { persona_id: persona });
      o.b.touchpoint(o.stages[1], o.web, o.marketing);
      o.b.touchpoint(o.stages[2], o.web, o.marketing);
      o.b.stage(o.journey, 'Empty');
      expect(ofKind(computeFindings(o.b.data()), 'preferred_channel_missing')).toEqual([]);
    });
  });

  describe('no_owner', () => {
    it('reports touchpoints with no owner, a deleted owner or an archived owner', () => {
      const o = omniJourney();
      const old = o.b.department('Old', { archived: true });
      const gone = o.b.department('Gone', { tombstone: true });
      const none = o.b.touchpoint(o.stages[0], o.email, null);
      const archived = o.b.touchpoint(o.stages[0], o.email, old);
      const deleted = o.b.touchpoint(o.stages[0], o.email, gone);
      const unknown = o.b.touchpoint(o.stages[0], o.email, 'dep-nowhere');
      const found = ofKind(computeFindings(o.b.data()), 'no_owner');
      expect(found.map((f) => [f.touchpointIds[0], f.params.owner])).toEqual([
        [none, 'none'],
        [archived, 'archived'],
        [deleted, 'missing'],
        [unknown, 'missing'],
      ]);
      expect(found[0]).toMatchObject({ severity: 'high', stageId: o.stages[0], channelId: o.email });
    });

    it('does not report a touchpoint owned by a live department', () => {
      const o = omniJourney();
      o.b.touchpoint(o.stages[0], o.email, o.sales);
      expect(ofKind(computeFindings(o.b.data()), 'no_owner')).toEqual([]);
    });
  });

  describe('overlap', () => {
    it('reports a stage × channel cell owned by several departments', () => {
      const o = omniJourney();
      const extra = o.b.touchpoint(o.stages[1], o.email, o.sales);
      const found = ofKind(computeFindings(o.b.data()), 'overlap');
      expect(found).toEqual([
        {
          id: `overlap:${o.stages[1]}:${o.email}`,
          kind: 'overlap',
          severity: 'medium',
          journeyId: o.journey,
          touchpointIds: [o.tps[1], extra],
          stageId: o.stages[1],
          channelId: o.email,
          departmentIds: [o.marketing, o.sales],
          params: { stage: 'Purchase', channel: 'Email', departments: 2, touchpoints: 2 },
        },
      ]);
    });

    it('does not report one department twice in a cell, nor departments on different channels', () => {
      const o = omniJourney();
      o.b.touchpoint(o.stages[1], o.email, o.marketing);
      o.b.touchpoint(o.stages[1], o.web, o.sales);
      o.b.touchpoint(o.stages[1], o.email, null);
      expect(ofKind(computeFindings(o.b.data()), 'overlap')).toEqual([]);
    });
  });

  describe('silo_handoff', () => {
    it('reports a transition between departments that does not carry context', () => {
      const o = omniJourney();
      o.b.update(o.b.transitions, o.transitions[1], { carries_context: false });
      const found = computeFindings(o.b.data());
      expect(found).toEqual([
        {
          id: `silo_handoff:${o.transitions[1]}`,
          kind: 'silo_handoff',
          severity: 'high',
          journeyId: o.journey,
          touchpointIds: [o.tps[1], o.tps[2]],
          transitionId: o.transitions[1],
          departmentIds: [o.marketing, o.sales],
          params: {
            from: 'Newsletter',
            to: 'Visit store',
            fromChannel: 'Email',
            toChannel: 'Store',
            fromStage: 'Purchase',
            toStage: 'Service',
            fromDepartment: 'Marketing',
            toDepartment: 'Sales',
          },
        },
      ]);
    });

    it('does not report a hand-off between departments that carries context', () => {
      const o = omniJourney();
      expect(ofKind(computeFindings(o.b.data()), 'silo_handoff')).toEqual([]);
    });
  });

  describe('context_lost', () => {
    it('reports a transition within one department that does not carry context', () => {
      const o = omniJourney();
      o.b.update(o.b.transitions, o.transitions[0], { carries_context: false });
      const found = computeFindings(o.b.data());
      expect(found.map((f) => f.kind)).toEqual(['context_lost']);
      expect(found[0]).toMatchObject({
        transitionId: o.transitions[0],
        departmentIds: [o.marketing],
        severity: 'medium',
      });
      expect(found[0]!.params.department).toBe('Marketing');
    });

    it('reports a transition to an unowned touchpoint as lost context, not as a silo', () => {
      const o = omniJourney();
      o.b.update(o.b.touchpoints, o.tps[2], { owner_department_id: null });
      o.b.update(o.b.transitions, o.transitions[1], { carries_context: false });
      const kinds = computeFindings(o.b.data()).map((f) => f.kind);
      expect(kinds).toEqual(['no_owner', 'context_lost']);
    });

    it('does not report transitions that carry context, or deleted transitions', () => {
      const o = omniJourney();
      o.b.transition(o.tps[0], o.tps[1], false, { tombstone: true });
      expect(computeFindings(o.b.data())).toEqual([]);
    });
  });

  describe('no_back_channel', () => {
    it('reports a touchpoint without back channel', () => {
      const o = omniJourney();
      o.b.update(o.b.touchpoints, o.tps[0], { back_channel: false });
      const found = computeFindings(o.b.data());
      expect(found.map((f) => [f.kind, f.touchpointIds[0], f.severity])).toEqual([
        ['no_back_channel', o.tps[0], 'low'],
      ]);
      expect(found[0]!.params).toEqual({ touchpoint: 'Browse', stage: 'Inspiration', channel: 'Website' });
    });

    it('does not report a touchpoint with a back channel', () => {
      const o = omniJourney();
      expect(ofKind(computeFindings(o.b.data()), 'no_back_channel')).toEqual([]);
    });
  });

  describe('unwatched_channel', () => {
    it('reports an unowned touchpoint on a channel the company does not control or monitor', () => {
      const o = omniJourney();
      const reseller = o.b.channel('Reseller', { controlled: false, monitored: false });
      const window = o.b.channel('Shop window', { monitored: false });
      const social = o.b.channel('Social', { controlled: false });
      const a = o.b.touchpoint(o.stages[0], reseller, null);
      const c = o.b.touchpoint(o.stages[0], window, null);
      const d = o.b.touchpoint(o.stages[0], social, null);
      const found = ofKind(computeFindings(o.b.data()), 'unwatched_channel');
      expect(found.map((f) => [f.touchpointIds[0], f.params.gap, f.severity])).toEqual([
        [a, 'both', 'high'],
        [c, 'unmonitored', 'high'],
        [d, 'uncontrolled', 'high'],
      ]);
    });

    it('does not report an owned touchpoint there, nor an unowned one on a controlled channel', () => {
      const o = omniJourney();
      const reseller = o.b.channel('Reseller', { controlled: false, monitored: false });
      o.b.touchpoint(o.stages[0], reseller, o.sales);
      o.b.touchpoint(o.stages[0], o.web, null);
      expect(ofKind(computeFindings(o.b.data()), 'unwatched_channel')).toEqual([]);
    });
  });

  it('ignores archived journeys and orders findings by journey, severity, then kind', () => {
    const b = new WorkspaceBuilder();
    const archived = b.journey('Old', { archived: true });
    b.stage(archived, 'Nothing here');
    const o = omniJourney(b);
    o.b.update(o.b.transitions, o.transitions[1], { carries_context: false });
    o.b.update(o.b.touchpoints, o.tps[2], { back_channel: false });
    o.b.stage(o.journey, 'Loyalty');
    o.b.touchpoint(o.stages[0], o.web, o.sales);
    const findings = computeFindings(o.b.data());
    expect(findings.map((f) => f.kind)).toEqual(['empty_stage', 'silo_handoff', 'overlap', 'no_back_channel']);
    expect(findings.every((f) => f.journeyId === o.journey)).toBe(true);
    const counts = countFindings(findings);
    expect(counts.bySeverity).toEqual({ high: 2, medium: 1, low: 1 });
    expect(counts.byKind.silo_handoff).toBe(1);
    expect(counts.byKind.overlap).toBe(1);
    expect(counts.byKind.context_lost).toBe(0);
    expect(counts.total).toBe(4);
    expect(countFindingsOf(buildModel(o.b.data()))).toEqual(counts);
  });
});
