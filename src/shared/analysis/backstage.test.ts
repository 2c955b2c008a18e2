import { describe, expect, it } from 'vitest';
import { siloMatrix } from './backstage';
import { countFindingsOf, findingsOf } from './findings';
import { buildModel } from './model';
import { replayChanges } from './replay';
import { WorkspaceBuilder } from './test-fixtures';

function workspace() {
  const b = new WorkspaceBuilder();
  const service = b.department('Customer service');
  const stores = b.department('Store operations');
  const hotline = b.channel('Call centre');
  const store = b.channel('Store');
  const journey = b.journey('Complaint');
  const complaint = b.stage(journey, 'Complaint');
  const resolution = b.stage(journey, 'Resolution');
  const call = b.touchpoint(complaint, hotline, service, { title: 'Hotline call' });
  const visit = b.touchpoint(resolution, store, stores, { title: 'Store visit' });
  const ticket = b.backstage(complaint, service, [call], { title: 'Open ticket' });
  const exchange = b.backstage(resolution, stores, [visit], { title: 'Prepare exchange' });
  const notes = b.backstage(resolution, stores, [], { title: 'File notes' });
  const silo = b.backstageHandoff(ticket, exchange, false);
  return { b, service, stores, call, visit, ticket, exchange, notes, silo, journey };
}

describe('backstage hand-off analysis', () => {
  it('a backstage hand-off losing context between departments is a silo finding that names both steps', () => {
    const w = workspace();
    const findings = findingsOf(buildModel(w.b.data()));
    const silo = findings.filter((f) => f.kind === 'backstage_silo_handoff');
    expect(silo).toHaveLength(1);
    expect(silo[0]).toMatchObject({
      severity: 'high',
      journeyId: w.journey,
      backstageHandoffId: w.silo,
      touchpointIds: [w.call, w.visit],
      departmentIds: [w.service, w.stores],
      params: {
        from: 'Open ticket',
        to: 'Prepare exchange',
        fromDepartment: 'Customer service',
        toDepartment: 'Store operations',
        fromStage: 'Complaint',
        toStage: 'Resolution',
        touchpoint: 'Hotline call',
      },
    });
  });

  it('within one department it is lost context; carried context is no finding; a hand-off to itself or to an archived step is ignored', () => {
    const w = workspace();
    w.b.backstageHandoff(w.exchange, w.notes, false);
    w.b.backstageHandoff(w.notes, w.ticket, true);
    w.b.backstageHandoff(w.notes, w.notes, false);
    const archived = w.b.backstage(w.b.stages[0]!.id, w.stores, [], { archived: true });
    w.b.backstageHandoff(w.ticket, archived, false);
    const kinds = findingsOf(buildModel(w.b.data()))
      .filter((f) => f.kind.startsWith('backstage'))
      .map((f) => `${f.kind}:${f.params.from}>${f.params.to}`);
    expect(kinds).toEqual([
      'backstage_silo_handoff:Open ticket>Prepare exchange',
      'backstage_context_lost:Prepare exchange>File notes',
    ]);
  });

  it('the trend counts what the list shows, also after a replay of the history', () => {
    const w = workspace();
    const data = w.b.data();
    const model = buildModel(data);
    expect(countFindingsOf(model).byKind.backstage_silo_handoff).toBe(1);
    // The same rows as changes, replayed: the backstage tables are part of the replay.
    let n = 0;
    const changes = (['backstageSteps', 'backstageLinks', 'backstageHandoffs'] as const).flatMap((key) => {
      const table: 'backstage_steps' | 'backstage_links' | 'backstage_handoffs' =
        key === 'backstageSteps'
          ? 'backstage_steps'
          : key === 'backstageLinks'
            ? 'backstage_links'
            : 'backstage_handoffs';
      return (data[key] ?? []).flatMap((row) =>
        Object.entries(row)
          .filter(([c]) => c !== 'id')
          .map(([column, value]) => ({
            table,
            row: row.id,
            column,
            value: value as never,
            hlc: `h${String((n += 1)).padStart(6, '0')}`,
          })),
      );
    });
    const replayed = replayChanges(changes);
    expect(replayed.backstageHandoffs).toHaveLength(1);
    expect(replayed.backstageSteps?.map((b) => b.title).sort()).toEqual([
      'File notes',
      'Open ticket',
      'Prepare exchange',
    ]);
  });

  it('the silo matrix counts hand-offs between departments, front and backstage', () => {
    const w = workspace();
    w.b.transition(w.call, w.visit, true);
    const matrix = siloMatrix(buildModel(w.b.data()), w.journey);
    const i = matrix.departmentIds.indexOf(w.service);
    const j = matrix.departmentIds.indexOf(w.stores);
    expect(matrix.front[i]![j]).toEqual({ handoffs: 1, lost: 0 });
    expect(matrix.backstage[i]![j]).toEqual({ handoffs: 1, lost: 1 });
    expect(matrix.backstage[j]![i]).toEqual({ handoffs: 0, lost: 0 });
  });
});
