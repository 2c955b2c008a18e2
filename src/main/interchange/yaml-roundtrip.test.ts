import { describe, expect, it } from 'vitest';
import { buildJourneySlice } from '../../shared/journey/slice';
import { currentJourney, planImport } from '../../shared/interchange/plan';
import {
  idMaker,
  memoryWorkspace,
  richJourney,
  templateWorkspace,
  type MemoryWorkspace,
} from '../../shared/interchange/testing';
import { journeyToFile } from '../../shared/interchange/to-file';
import { JOURNEY_TEMPLATES } from '../../shared/templates';
import { readJourneyYaml, writeJourneyYaml } from './yaml-file';

function exportYaml(ws: MemoryWorkspace, journeyId: string): string {
  return writeJourneyYaml([journeyToFile(buildJourneySlice(ws.rows(journeyId)), ws.state().facts).file]);
}

function read(text: string) {
  const result = readJourneyYaml(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.files;
}

describe('journey YAML round trip', () => {
  for (const template of JOURNEY_TEMPLATES)
    for (const language of ['de', 'en'] as const)
      it(`${template.id} (${language}): export → import into an empty workspace → export gives the same file`, () => {
        const { ws, journeyId } = templateWorkspace(template, language);
        const first = exportYaml(ws, journeyId);
        expect(exportYaml(ws, journeyId)).toBe(first);
        const files = read(first);
        const target = memoryWorkspace(language);
        const plan = planImport({
          files,
          state: target.state(),
          targets: [{ kind: 'new', journeyId }],
          choices: {},
          makeId: idMaker('imported'),
          salt: '',
        });
        expect(plan.preview.catalogue.missingChannels).toEqual([]);
        expect(plan.preview.journeys[0]!.touchpoints.added).toHaveLength(template.touchpoints.length);
        target.apply(plan.edits);
        expect(exportYaml(target, journeyId)).toBe(first);

        // The same file again, as an update: nothing to write.
        const again = planImport({
          files: read(first),
          state: target.state(),
          targets: [{ kind: 'update', current: { ...currentOf(target, journeyId) } }],
          choices: {},
          makeId: idMaker('again'),
          salt: 'x',
        });
        expect(again.edits).toEqual([]);
      });
});

function currentOf(ws: MemoryWorkspace, journeyId: string) {
  return currentJourney(ws.rows(journeyId), ws.state().facts);
}

describe('a journey with everything a file carries', () => {
  it('survives export → import into a workspace without catalogue → export, byte for byte', () => {
    const { ws, journeyId } = richJourney();
    const first = exportYaml(ws, journeyId);
    // The journey in time is in the file, so the byte-for-byte comparison below covers it.
    const file = read(first)[0]!.file;
    const s1 = file.stages!.find((st) => st.key === 's1')!;
    expect(file.stages!.map((st) => st.steps!.length)).toEqual([3, 2, 1]);
    expect(file.stages![0]!.steps![0]!.touchpoints!.map((t) => t.key)).toEqual(['ad-seen', 'search']);
    expect(file.stages![0]!.steps![0]!.touchpoints![1]).toMatchObject({
      thinks: 'Is it in stock?',
      feels: 'curious',
      says: '"Where is it?"',
      pain_points: '- slow filter\n- no stock shown',
    });
    expect(s1.steps![0]!.backstage![0]).toMatchObject({
      key: 'check-stock',
      department: 'D1',
      systems: ['Warehouse', 'CRM'],
      serves: ['shop-visit', 'hotline'],
    });
    expect(file.handoffs).toEqual([{ from: 'check-stock', to: 'open-ticket', carries_context: true }]);
    const target = memoryWorkspace('en', false);
    const plan = planImport({
      files: read(first),
      state: target.state(),
      targets: [{ kind: 'new', journeyId }],
      choices: {},
      makeId: idMaker('imported'),
      salt: '',
    });
    expect(plan.preview.catalogue.missingChannels.map((c) => c.name)).toEqual(['C0', 'C1', 'C2']);
    expect(plan.preview.catalogue.missingDepartments.map((c) => c.name)).toEqual(['D0', 'D1', 'D2']);
    expect(plan.preview.catalogue.newSystems).toEqual(['CRM', 'Warehouse']);
    expect(plan.preview.catalogue.newFacts).toEqual(['price']);
    target.apply(plan.edits);
    expect(exportYaml(target, journeyId)).toBe(first);
    const again = planImport({
      files: read(first),
      state: target.state(),
      targets: [{ kind: 'update', current: currentOf(target, journeyId) }],
      choices: {},
      makeId: idMaker('again'),
      salt: 'x',
    });
    expect(again.edits).toEqual([]);
  });
});
