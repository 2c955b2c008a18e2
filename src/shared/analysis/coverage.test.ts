import { describe, expect, it } from 'vitest';
import { analyzeWorkspace, computeCoverage } from './analyze';
import { stageNameKey } from './coverage';
import { omniJourney } from './test-fixtures';

describe('journey coverage', () => {
  it('fills stage × channel cells with touchpoints and owner departments', () => {
    const o = omniJourney();
    const fax = o.b.channel('Fax', { archived: true });
    const second = o.b.touchpoint(o.stages[1], o.email, o.sales);
    const onFax = o.b.touchpoint(o.stages[0], fax, o.marketing);
    const unowned = o.b.touchpoint(o.stages[2], o.store, null);
    o.b.touchpoint(o.stages[2], o.store, o.sales, { archived: true });

    const [m] = computeCoverage(o.b.data()).journeys;
    expect(m!.journeyId).toBe(o.journey);
    expect(m!.rows).toEqual([
      { key: o.stages[0], name: 'Inspiration', stageIds: [o.stages[0]] },
      { key: o.stages[1], name: 'Purchase', stageIds: [o.stages[1]] },
      { key: o.stages[2], name: 'Service', stageIds: [o.stages[2]] },
    ]);
    expect(m!.channelIds).toEqual([o.web, o.email, o.store]);
    expect(m!.departmentIds).toEqual([o.marketing, o.sales]);
    expect(m!.cells.map((row) => row.map((c) => c.touchpointIds))).toEqual([
      [[o.tps[0]], [], []],
      [[], [o.tps[1], second], []],
      [[], [], [o.tps[2], unowned]],
    ]);
    expect(m!.cells[1]![1]!.departmentIds).toEqual([o.marketing, o.sales]);
    expect(m!.cells[2]![2]!.departmentIds).toEqual([o.sales]);
    expect(m!.unassigned).toEqual([
      { touchpointIds: [onFax], departmentIds: [o.marketing], supportingIds: [] },
      { touchpointIds: [], departmentIds: [], supportingIds: [] },
      { touchpointIds: [], departmentIds: [], supportingIds: [] },
    ]);
    // The touchpoint on the archived channel counts for its stage, not for any channel.
    expect(m!.departmentByRow).toEqual([
      [2, 1, 0],
      [0, 1, 1],
    ]);
    expect(m!.departmentByChannel).toEqual([
      [1, 1, 0],
      [0, 1, 1],
    ]);
    expect(m!.unownedByRow).toEqual([0, 0, 1]);
    expect(m!.unownedByChannel).toEqual([0, 0, 1]);
  });
});

describe('supporting departments', () => {
  it('are counted apart from owners, never for the owner itself, nor when archived', () => {
    const o = omniJourney();
    const legal = o.b.department('Legal');
    const old = o.b.department('Old', { archived: true });
    const helped = o.b.touchpoint(o.stages[1], o.email, o.sales, {
      supporting_department_ids: [legal, o.sales, legal, old, o.marketing],
    });
    o.b.touchpoint(o.stages[2], o.store, o.sales, { supporting_department_ids: [legal] });

    const [m] = computeCoverage(o.b.data()).journeys;
    const d = (id: string) => m!.departmentIds.indexOf(id);
    expect(d(old)).toBe(-1);
    expect(m!.departmentByRow[d(legal)]).toEqual([0, 0, 0]);
    expect(m!.supportByRow[d(legal)]).toEqual([0, 1, 1]);
    expect(m!.supportByChannel[d(legal)]).toEqual([0, 1, 1]);
    expect(m!.supportByRow[d(o.marketing)]).toEqual([0, 1, 0]);
    expect(m!.supportByRow[d(o.sales)]).toEqual([0, 0, 0]);
    const cell = m!.cells[1]![1]!;
    expect(cell.touchpointIds).toContain(helped);
    expect(cell.supportingIds).toEqual([o.marketing, legal].sort((a, b) => d(a) - d(b)));
    expect(m!.cells[0]![0]!.supportingIds).toEqual([]);
  });
});

describe('workspace coverage', () => {
  it('groups stages by name across journeys, in their usual order', () => {
    const o = omniJourney();
    const j2 = o.b.journey('Repair');
    const s = [o.b.stage(j2, 'Inspiration'), o.b.stage(j2, ' purchase '), o.b.stage(j2, 'Aftercare')];
    const a = o.b.touchpoint(s[1]!, o.email, o.sales);
    const c = o.b.touchpoint(s[2]!, o.store, o.sales);

    const w = computeCoverage(o.b.data()).workspace;
    expect(w.rows).toEqual([
      { key: 'inspiration', name: 'Inspiration', stageIds: [o.stages[0], s[0]] },
      { key: 'purchase', name: 'Purchase', stageIds: [o.stages[1], s[1]] },
      { key: 'service', name: 'Service', stageIds: [o.stages[2]] },
      { key: 'aftercare', name: 'Aftercare', stageIds: [s[2]] },
    ]);
    expect(w.cells[1]![1]).toEqual({
      touchpointIds: [o.tps[1], a],
      departmentIds: [o.marketing, o.sales],
      supportingIds: [],
    });
    expect(w.cells[3]![2]).toEqual({ touchpointIds: [c], departmentIds: [o.sales], supportingIds: [] });
    expect(w.departmentByRow).toEqual([
      [1, 1, 0, 0],
      [0, 1, 1, 1],
    ]);
    expect(w.departmentByChannel).toEqual([
      [1, 1, 0],
      [0, 1, 2],
    ]);
  });

  it('normalises stage names for grouping', () => {
    expect(stageNameKey('  After   Sales ')).toBe('after sales');
  });

  it('analyses a workspace in one call', () => {
    const o = omniJourney();
    const result = analyzeWorkspace(o.b.data());
    expect(result.findings).toEqual([]);
    expect(result.maturity.level).toBe('omni');
    expect(result.coverage.journeys).toHaveLength(1);
  });
});
