import { describe, expect, it } from 'vitest';
import { analyzeWorkspace, computeTrend, replayChanges, type TrendPoint } from '../../shared/analysis';
import type { Change } from '../../shared/changes';
import type { CoverageResult, RowsSnapshot } from '../../shared/contract';
import { newId } from '../../shared/ids';
import { buildFromTemplate, templateById } from '../../shared/templates';
import type { Row } from '../../shared/schema/tables';
import { testService } from './test-service';

async function setup() {
  const t = testService();
  const { id } = await t.call<{ id: string }>('workspaces.create', { name: 'W', language: 'en' });
  const { rows } = await t.call<RowsSnapshot>('rows.load', { workspaceId: id, tables: ['departments', 'channels'] });
  const built = buildFromTemplate(templateById('click-and-collect')!, {
    language: 'en',
    departments: rows.departments as Row<'departments'>[],
    channels: rows.channels as Row<'channels'>[],
  });
  await t.call('edits.apply', { workspaceId: id, label: 'createJourney', edits: built.edits });
  return { ...t, id, journeyId: built.journeyId };
}

/** What the page computed before: the analysis of the replayed history. */
async function expected(call: <T>(m: string, i: unknown) => Promise<T>, id: string) {
  const history = await call<Change[]>('changes.history', { workspaceId: id });
  return { analysis: analyzeWorkspace(replayChanges(history)), trend: computeTrend(history) };
}

describe('analyses on the desktop side', () => {
  it('coverage follows each edit, undo and delete', async () => {
    const { call, id, journeyId, service } = await setup();
    const first = await call<CoverageResult>('analysis.coverage', { workspaceId: id });
    expect(first.analysis).toEqual((await expected(call, id)).analysis);
    expect(first.names.journeyList.map((j) => j.id)).toEqual([journeyId]);

    const tps = (await call<RowsSnapshot>('rows.load', { workspaceId: id, tables: ['touchpoints'] })).rows
      .touchpoints as Row<'touchpoints'>[];
    await call('edits.apply', {
      workspaceId: id,
      label: 'edit',
      edits: [
        { table: 'touchpoints', row: tps[0]!.id, column: 'back_channel', value: !tps[0]!.back_channel },
        { table: 'touchpoints', row: tps[1]!.id, column: 'tombstone', value: true },
      ],
    });
    const second = await call<CoverageResult>('analysis.coverage', { workspaceId: id });
    expect(second.analysis).toEqual((await expected(call, id)).analysis);
    expect(second.analysis).not.toEqual(first.analysis);
    await call('history.undo', { workspaceId: id });
    expect((await call<CoverageResult>('analysis.coverage', { workspaceId: id })).analysis).toEqual(first.analysis);
    await service.close();
  });

  it('answers from its copy until something changes', async () => {
    const { call, id, service } = await setup();
    const a = await call<CoverageResult>('analysis.coverage', { workspaceId: id });
    const b = await call<CoverageResult>('analysis.coverage', { workspaceId: id });
    expect(b).toBe(a);
    await service.close();
  });

  it('the trend taken change by change equals a replay of the whole log, for the workspace and a journey', async () => {
    const { call, id, journeyId, service } = await setup();
    const trend = (journey: string | null) =>
      call<TrendPoint[]>('analysis.trend', { workspaceId: id, journeyId: journey });
    expect(await trend(null)).toEqual((await expected(call, id)).trend);
    const tps = (await call<RowsSnapshot>('rows.load', { workspaceId: id, tables: ['touchpoints'] })).rows
      .touchpoints as Row<'touchpoints'>[];
    for (const [i, tp] of tps.slice(0, 3).entries()) {
      await call('edits.apply', {
        workspaceId: id,
        label: 'edit',
        edits: [{ table: 'touchpoints', row: tp.id, column: 'title', value: `Edited ${i}` }],
      });
      await trend(journeyId);
    }
    const messageId = newId();
    await call('edits.apply', {
      workspaceId: id,
      label: 'addMessage',
      edits: [
        { table: 'messages', row: messageId, column: 'journey_id', value: journeyId },
        { table: 'messages', row: messageId, column: 'touchpoint_id', value: tps[0]!.id },
      ],
    });
    const now = await expected(call, id);
    expect(await trend(null)).toEqual(now.trend);
    const mine = (await trend(journeyId)).at(-1)!;
    const overview = now.analysis.maturity.journeys.find((j) => j.journeyId === journeyId)!;
    expect(mine.overall).toBe(overview.overall);
    expect(mine.scores.message_consistency).not.toBeNull();
    await service.close();
  });

  it('an import (no change list) makes both read the workspace again', async () => {
    const { call, id, service } = await setup();
    const before = await call<CoverageResult>('analysis.coverage', { workspaceId: id });
    await call('analysis.trend', { workspaceId: id, journeyId: null });
    // A colleague edits a copy; its file comes back and is merged here.
    const other = testService();
    const file = await call<{ content: string }>('workspaces.exportFile', { workspaceId: id });
    await other.call('workspaces.importFile', { content: file.content });
    const tps = (await other.call<RowsSnapshot>('rows.load', { workspaceId: id, tables: ['touchpoints'] })).rows
      .touchpoints as Row<'touchpoints'>[];
    await other.call('edits.apply', {
      workspaceId: id,
      label: 'delete',
      edits: tps.slice(0, 2).map((tp) => ({ table: 'touchpoints', row: tp.id, column: 'tombstone', value: true })),
    });
    const back = await other.call<{ content: string }>('workspaces.exportFile', { workspaceId: id });
    await call('workspaces.importFile', { content: back.content });
    const now = await expected(call, id);
    const after = await call<CoverageResult>('analysis.coverage', { workspaceId: id });
    expect(after.analysis).toEqual(now.analysis);
    expect(after.analysis).not.toEqual(before.analysis);
    expect(await call('analysis.trend', { workspaceId: id, journeyId: null })).toEqual(now.trend);
    await other.service.close();
    await service.close();
  });
});
