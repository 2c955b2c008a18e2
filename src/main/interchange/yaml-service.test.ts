import { describe, expect, it } from 'vitest';
import type { ApplyResult, InterchangeImportResult } from '../../shared/contract';
import type { YamlPreview } from '../../shared/interchange/preview';
import type { Channel, Department, Touchpoint } from '../../shared/schema/tables';
import { buildFromTemplate, JOURNEY_TEMPLATES, type JourneyTemplate } from '../../shared/templates';
import { testService } from '../service/test-service';

/** Journey files through the contract, on real SQLite workspaces: export, preview, import, undo. */

type Call = ReturnType<typeof testService>['call'];

async function workspace(call: Call, language: 'de' | 'en' = 'de'): Promise<string> {
  return ((await call('workspaces.create', { name: 'Marke', language })) as { id: string }).id;
}

async function withTemplate(call: Call, template: JourneyTemplate, language: 'de' | 'en' = 'de') {
  const workspaceId = await workspace(call, language);
  const departments = await call<Department[]>('rows.list', { workspaceId, table: 'departments' });
  const channels = await call<Channel[]>('rows.list', { workspaceId, table: 'channels' });
  const built = buildFromTemplate(template, { language, departments, channels });
  await call('edits.apply', { workspaceId, label: 'createJourney', edits: built.edits });
  return { workspaceId, journeyId: built.journeyId };
}

const exportYaml = async (call: Call, workspaceId: string, journeyId: string | null) =>
  (await call<{ fileName: string; content: string }>('interchange.exportYaml', { workspaceId, journeyId })).content;

async function importYaml(call: Call, workspaceId: string, content: string, asNew = false) {
  const preview = await call<YamlPreview>('interchange.previewYaml', { workspaceId, content, asNew });
  const result = await call<InterchangeImportResult>('interchange.importYaml', {
    workspaceId,
    content,
    asNew,
    fingerprint: preview.fingerprint,
  });
  return { preview, result };
}

const changeCount = async (call: Call, workspaceId: string) =>
  (await call<unknown[]>('changes.history', { workspaceId })).length;

describe('journey files through the service', () => {
  for (const template of JOURNEY_TEMPLATES)
    it(`${template.id}: export → import into an empty workspace → export gives the same file`, async () => {
      const { call } = testService();
      const { workspaceId, journeyId } = await withTemplate(call, template);
      const first = await exportYaml(call, workspaceId, journeyId);
      const other = await workspace(call);
      const { preview, result } = await importYaml(call, other, first);
      expect(preview.problems).toEqual([]);
      expect(preview.journeys[0]).toMatchObject({ mode: 'new', journeyId });
      expect(preview.catalogue.missingChannels).toEqual([]);
      expect(result).toMatchObject({ stale: false, journeyIds: [journeyId] });
      expect(result.history.undoLabel).toBe('importJourneyFile');
      expect(await exportYaml(call, other, journeyId)).toBe(first);
    });

  it('updates the journey it came from, shows what changes, and one undo takes it all back', async () => {
    const { call } = testService();
    const { workspaceId, journeyId } = await withTemplate(call, JOURNEY_TEMPLATES[3]!);
    const original = await exportYaml(call, workspaceId, journeyId);
    const edited = original
      .replace('    name: Eskalation\n', '    name: Zuspitzung\n')
      .replace(
        '  - key: loesung\n    name: Lösung\n    steps:\n',
        '  - key: loesung\n    name: Lösung\n    steps:\n      - touchpoints:\n          - title: Entschuldigung per SMS\n            channel: SMS\n            owner: Kundenservice\n            emotion: 1\n',
      );
    expect(edited).not.toBe(original);
    const { preview, result } = await importYaml(call, workspaceId, edited);
    const j = preview.journeys[0]!;
    expect(j.mode).toBe('update');
    expect(j.stages.renamed).toEqual([{ from: 'Eskalation', to: 'Zuspitzung' }]);
    expect(j.touchpoints.added).toEqual(['Entschuldigung per SMS']);
    expect(j.touchpoints.removed).toEqual([]);
    expect(result.applied).toBeGreaterThan(0);
    const touchpoints = await call<Touchpoint[]>('rows.list', { workspaceId, table: 'touchpoints' });
    expect(touchpoints.some((t) => t.title === 'Entschuldigung per SMS')).toBe(true);
    // Exported again: the edited file, with keys made from the new names and SMS among the channels used.
    expect(await exportYaml(call, workspaceId, journeyId)).toBe(
      edited
        .replace(
          '          - title: Entschuldigung per SMS',
          '          - key: entschuldigung-per-sms\n            title: Entschuldigung per SMS',
        )
        .replace('  - key: eskalation\n', '  - key: zuspitzung\n')
        .replace('    kind: email\n', '    kind: email\n  - name: SMS\n    kind: sms\n'),
    );

    const undone = await call<ApplyResult>('history.undo', { workspaceId });
    expect(undone.applied).toBeGreaterThan(0);
    expect(await exportYaml(call, workspaceId, journeyId)).toBe(original);
  });

  it('imports nothing when the workspace changed after the preview', async () => {
    const { call } = testService();
    const { workspaceId, journeyId } = await withTemplate(call, JOURNEY_TEMPLATES[0]!);
    const content = (await exportYaml(call, workspaceId, journeyId)).replace(/emotion: 1\n/, 'emotion: 2\n');
    const preview = await call<YamlPreview>('interchange.previewYaml', { workspaceId, content });
    await call('edits.apply', {
      workspaceId,
      label: 'renameJourney',
      edits: [{ table: 'journeys', row: journeyId, column: 'name', value: 'Meanwhile' }],
    });
    const before = await changeCount(call, workspaceId);
    const result = await call<InterchangeImportResult>('interchange.importYaml', {
      workspaceId,
      content,
      fingerprint: preview.fingerprint,
    });
    expect(result).toMatchObject({ stale: true, applied: 0 });
    expect(await changeCount(call, workspaceId)).toBe(before);
  });

  it('refuses a bad file with its line and writes nothing; a 50 MB file is refused at the door', async () => {
    const { call } = testService();
    const { workspaceId, journeyId } = await withTemplate(call, JOURNEY_TEMPLATES[1]!);
    const bad = (await exportYaml(call, workspaceId, journeyId)).replace('    steps:\n', '    schritte:\n');
    const preview = await call<YamlPreview>('interchange.previewYaml', { workspaceId, content: bad });
    expect(preview.problems[0]).toMatchObject({ code: 'unknown_key', value: 'schritte' });
    expect(preview.problems[0]!.line).toBeGreaterThan(10);
    const before = await changeCount(call, workspaceId);
    await expect(call('interchange.importYaml', { workspaceId, content: bad, fingerprint: '' })).rejects.toThrow(
      /line \d+: unknown key "schritte"/,
    );
    await expect(
      call('interchange.previewYaml', { workspaceId, content: 'x'.repeat(50 * 1024 * 1024) }),
    ).rejects.toThrow(/too large to import \(the limit is 10 MB\)/);
    expect(await changeCount(call, workspaceId)).toBe(before);
  });

  it('imports as a new journey beside the original when asked, and exports all journeys as one file', async () => {
    const { call } = testService();
    const { workspaceId, journeyId } = await withTemplate(call, JOURNEY_TEMPLATES[2]!);
    const content = await exportYaml(call, workspaceId, journeyId);
    const { preview, result } = await importYaml(call, workspaceId, content, true);
    expect(preview.journeys[0]!.mode).toBe('new');
    expect(result.journeyIds[0]).not.toBe(journeyId);
    const all = await exportYaml(call, workspaceId, null);
    expect(all.split('\n---\n')).toHaveLength(2);
    const other = await workspace(call);
    const { preview: both } = await importYaml(call, other, all);
    expect(both.journeys.map((j) => j.mode)).toEqual(['new', 'new']);
    expect(await exportYaml(call, other, null)).toBe(all);
  });
});
