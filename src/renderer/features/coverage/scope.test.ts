import { describe, expect, it } from 'vitest';
import { analyzeWorkspace } from '../../../shared/analysis';
import { activeDepartments, bySeverity, heatMax, viewOf, visibleChannels } from './scope';
import { everyFindingWorkspace } from './test-workspace';

const { data, ids } = everyFindingWorkspace();
const analysis = analyzeWorkspace(data);

describe('viewOf', () => {
  it('shows the whole workspace: every finding, the workspace verdict, all journeys', () => {
    const view = viewOf(analysis, { kind: 'workspace' })!;
    expect(view.findings).toBe(analysis.findings);
    expect(view.level).toBe(analysis.maturity.level);
    expect(view.journeys).toHaveLength(2);
    expect(view.touchpoints).toBe(8);
    expect(view.empty).toBe(false);
  });

  it('shows one journey: its matrix, verdict and findings only', () => {
    const view = viewOf(analysis, { kind: 'journey', journeyId: ids.journey })!;
    expect(view.matrix.rows.map((r) => r.name)).toEqual(['Inspiration', 'Purchase', 'Delivery', 'Service']);
    expect(view.level).toBe('cross');
    expect(view.findings.every((f) => f.journeyId === ids.journey)).toBe(true);
    expect(view.findings.some((f) => f.kind === 'empty_stage' && f.params.stage === 'Contact')).toBe(false);
  });

  it('marks a journey without touchpoints as empty, and an unknown journey as nothing', () => {
    expect(viewOf(analysis, { kind: 'journey', journeyId: ids.second })!.empty).toBe(true);
    expect(viewOf(analysis, { kind: 'journey', journeyId: 'no-such-journey' })).toBeNull();
  });
});

describe('helpers', () => {
  it('groups findings by severity, keeping their order', () => {
    const groups = bySeverity(analysis.findings);
    expect(Object.keys(groups)).toEqual(['high', 'medium', 'low']);
    expect(groups.high.map((f) => f.kind)).toEqual([
      'empty_stage',
      'no_owner',
      'no_owner',
      'no_owner',
      'no_owner',
      'silo_handoff',
      'backstage_silo_handoff',
      'unwatched_channel',
      'unwatched_channel',
      'unwatched_channel',
      'empty_stage',
    ]);
    expect(groups.low.map((f) => f.kind)).toEqual(['no_back_channel']);
  });

  it('keeps all channel columns, or only those in use', () => {
    const { matrix } = viewOf(analysis, { kind: 'journey', journeyId: ids.journey })!;
    expect(visibleChannels(matrix, false)).toHaveLength(6);
    // SMS is the one channel nobody uses.
    expect(visibleChannels(matrix, true).map((c) => matrix.channelIds[c])).not.toContain(
      data.channels.find((c) => c.name === 'SMS')!.id,
    );
    expect(visibleChannels(matrix, true)).toHaveLength(5);
  });

  it('lists departments that own something, and the heatmap maximum', () => {
    const { matrix } = viewOf(analysis, { kind: 'workspace' })!;
    // The archived department is not live, so it has no row at all.
    expect(activeDepartments(matrix).map((d) => matrix.departmentIds[d])).toEqual([ids.marketing, ids.service]);
    expect(heatMax(matrix)).toBe(3);
  });
});
