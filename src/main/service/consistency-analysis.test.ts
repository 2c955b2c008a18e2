import { describe, expect, it } from 'vitest';
import type { RowsSnapshot } from '../../shared/contract';
import { newId } from '../../shared/ids';
import { rowEdits } from '../../shared/edits';
import { checkConsistency, type ConsistencyReport } from '../../shared/messages';
import type { Row } from '../../shared/schema/tables';
import { buildFromTemplate, templateById } from '../../shared/templates';
import { testService } from './test-service';

type Call = <T>(method: string, input: unknown) => Promise<T>;

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

/** What the Messages page computed itself before: the check over the rows it loaded and their edit stamps. */
async function pageReport(call: Call, workspaceId: string, journeyId: string | null): Promise<ConsistencyReport> {
  const tables = ['workspaces', 'journeys', 'touchpoints', 'channels', 'facts', 'messages', 'variants'] as const;
  const { rows } = await call<RowsSnapshot>('rows.load', { workspaceId, tables: [...tables] });
  const m = await call<Record<string, string>>('rows.lastEdited', { workspaceId, table: 'messages' });
  const v = await call<Record<string, string>>('rows.lastEdited', { workspaceId, table: 'variants' });
  const workspace = (rows.workspaces as Row<'workspaces'>[]).find((w) => w.id === workspaceId);
  return checkConsistency({
    journeys: rows.journeys as Row<'journeys'>[],
    touchpoints: rows.touchpoints as Row<'touchpoints'>[],
    channels: rows.channels as Row<'channels'>[],
    facts: rows.facts as Row<'facts'>[],
    messages: rows.messages as Row<'messages'>[],
    variants: rows.variants as Row<'variants'>[],
    bannedTerms: workspace?.banned_terms ?? [],
    requiredTerms: workspace?.required_terms ?? [],
    lastEdited: new Map([...Object.entries(m), ...Object.entries(v)]),
    ...(journeyId !== null ? { journeyIds: [journeyId] } : {}),
  });
}

describe('the consistency check on the desktop side', () => {
  it('follows message, variant, term and delete edits, for a journey and the workspace', async () => {
    const { call, id, journeyId, service } = await setup();
    const check = (journey: string | null) =>
      call<ConsistencyReport>('analysis.consistency', { workspaceId: id, journeyId: journey });
    const first = await check(journeyId);
    expect(first).toEqual(await pageReport(call, id, journeyId));
    expect(await check(null)).toEqual(await pageReport(call, id, null));

    const { rows } = await call<RowsSnapshot>('rows.load', { workspaceId: id, tables: ['touchpoints', 'channels'] });
    const tp = (rows.touchpoints as Row<'touchpoints'>[]).find((t) => t.channel_id !== null)!;
    const channel = (rows.channels as Row<'channels'>[]).find((c) => c.id === tp.channel_id)!;
    const messageId = newId();
    const variantId = newId();
    await call('edits.apply', {
      workspaceId: id,
      label: 'addMessage',
      edits: [
        ...rowEdits('messages', messageId, {
          journey_id: journeyId,
          touchpoint_id: tp.id,
          headline: 'Pick up today',
          body: 'Use {{no_such_fact}} at the counter',
        }),
        ...rowEdits('variants', variantId, { message_id: messageId, channel_id: channel.id, body: 'Pick up today' }),
      ],
    });
    const second = await check(journeyId);
    expect(second).toEqual(await pageReport(call, id, journeyId));
    expect(second.findings.some((f) => f.rule === 'unknown_placeholder' && f.messageId === messageId)).toBe(true);

    // The core message edited after its variant: the variant has fallen behind (drift, from the edit stamps).
    await call('edits.apply', {
      workspaceId: id,
      label: 'edit',
      edits: [{ table: 'messages', row: messageId, column: 'headline', value: 'Pick up tomorrow' }],
    });
    const third = await check(journeyId);
    expect(third).toEqual(await pageReport(call, id, journeyId));
    expect(third.findings.some((f) => f.rule === 'drift_stale' && f.variantId === variantId)).toBe(true);

    await call('edits.apply', {
      workspaceId: id,
      label: 'terms',
      edits: [{ table: 'workspaces', row: id, column: 'banned_terms', value: ['today'] }],
    });
    const fourth = await check(journeyId);
    expect(fourth).toEqual(await pageReport(call, id, journeyId));
    expect(fourth.findings.some((f) => f.rule === 'banned_term' && f.variantId === variantId)).toBe(true);

    await call('edits.apply', {
      workspaceId: id,
      label: 'delete',
      edits: [{ table: 'messages', row: messageId, column: 'tombstone', value: true }],
    });
    const fifth = await check(journeyId);
    expect(fifth).toEqual(await pageReport(call, id, journeyId));
    expect(fifth.findings.some((f) => f.messageId === messageId)).toBe(false);
    expect(await check(null)).toEqual(await pageReport(call, id, null));
    await service.close();
  });

  it('answers from its copy until something changes, and asks again after an undo', async () => {
    const { call, id, journeyId, service } = await setup();
    const a = await call<ConsistencyReport>('analysis.consistency', { workspaceId: id, journeyId });
    expect(await call('analysis.consistency', { workspaceId: id, journeyId })).toBe(a);
    await call('edits.apply', {
      workspaceId: id,
      label: 'terms',
      edits: [{ table: 'workspaces', row: id, column: 'required_terms', value: ['Omnichannel'] }],
    });
    const b = await call<ConsistencyReport>('analysis.consistency', { workspaceId: id, journeyId });
    expect(b).not.toBe(a);
    expect(b).toEqual(await pageReport(call, id, journeyId));
    await call('history.undo', { workspaceId: id });
    expect(await call('analysis.consistency', { workspaceId: id, journeyId })).toEqual(a);
    await service.close();
  });

  it('an import (no change list) makes it read the workspace and the edit stamps again', async () => {
    const { call, id, journeyId, service } = await setup();
    await call('analysis.consistency', { workspaceId: id, journeyId: null });
    const other = testService();
    const file = await call<{ content: string }>('workspaces.exportFile', { workspaceId: id });
    await other.call('workspaces.importFile', { content: file.content });
    const { rows } = await other.call<RowsSnapshot>('rows.load', { workspaceId: id, tables: ['touchpoints'] });
    const tp = (rows.touchpoints as Row<'touchpoints'>[]).find((t) => t.journey_id === journeyId)!;
    const messageId = newId();
    await other.call('edits.apply', {
      workspaceId: id,
      label: 'addMessage',
      edits: rowEdits('messages', messageId, { journey_id: journeyId, touchpoint_id: tp.id, body: '{{broken' }),
    });
    const back = await other.call<{ content: string }>('workspaces.exportFile', { workspaceId: id });
    await call('workspaces.importFile', { content: back.content });
    const after = await call<ConsistencyReport>('analysis.consistency', { workspaceId: id, journeyId: null });
    expect(after).toEqual(await pageReport(call, id, null));
    expect(after.findings.some((f) => f.messageId === messageId)).toBe(true);
    await other.service.close();
    await service.close();
  });
});
