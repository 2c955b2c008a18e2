import { describe, expect, it } from 'vitest';
import { buildJourneySlice } from '../journey/slice';
import { timeline } from '../journey/testing';
import { JOURNEY_TEMPLATES } from '../templates';
import { checkFile } from './check';
import type { FileTouchpoint, JourneyFile } from './format';
import { currentJourney, planImport, type PlanInput } from './plan';
import { idMaker, memoryWorkspace, richJourney, templateWorkspace, type MemoryWorkspace } from './testing';
import { journeyToFile } from './to-file';

/** The journey as a file model (what an export writes), to edit like a person edits the YAML. */
function fileOf(ws: MemoryWorkspace, journeyId: string): JourneyFile {
  return structuredClone(journeyToFile(buildJourneySlice(ws.rows(journeyId)), ws.state().facts).file);
}

function update(ws: MemoryWorkspace, journeyId: string, file: JourneyFile, extra: Partial<PlanInput> = {}) {
  const { checked, problems } = checkFile(file);
  expect(problems).toEqual([]);
  return planImport({
    files: [checked],
    state: ws.state(),
    targets: [{ kind: 'update', current: currentJourney(ws.rows(journeyId), ws.state().facts) }],
    choices: {},
    makeId: idMaker('new'),
    salt: 'q7',
    ...extra,
  });
}

const ropo = () =>
  templateWorkspace(
    JOURNEY_TEMPLATES.find((t) => t.id === 'ropo')!,
    'de',
  );

describe('importing an edited journey file', () => {
  it('an unchanged file writes nothing and says so', () => {
    const { ws, journeyId } = richJourney();
    const plan = update(ws, journeyId, fileOf(ws, journeyId));
    expect(plan.edits).toEqual([]);
    expect(plan.preview.edits).toBe(0);
    const j = plan.preview.journeys[0]!;
    expect(j.mode).toBe('update');
    expect(j.touchpoints).toEqual({ added: [], removed: [], changed: [], moved: [] });
  });

  it('a renamed stage is a rename (one field), not a removal and an addition', () => {
    const { ws, journeyId } = ropo();
    const file = fileOf(ws, journeyId);
    file.stages![1]!.name = 'Informieren';
    const plan = update(ws, journeyId, file);
    expect(plan.preview.journeys[0]!.stages).toMatchObject({
      renamed: [{ from: 'Recherche', to: 'Informieren' }],
      added: [],
      removed: [],
      reordered: false,
    });
    expect(plan.edits).toEqual([{ table: 'stages', row: expect.any(String), column: 'name', value: 'Informieren' }]);
  });

  it('a touchpoint added between two steps gets a key between theirs; nobody else is written', () => {
    const { ws, journeyId } = ropo();
    const file = fileOf(ws, journeyId);
    const stage = file.stages![0]!;
    const before = timeline(buildJourneySlice(ws.rows(journeyId))).split(' / ')[0];
    stage.steps!.splice(1, 0, { touchpoints: [{ title: 'Plakat gesehen', channel: 'Schaufenster', emotion: 1 }] });
    const plan = update(ws, journeyId, file);
    expect(plan.preview.journeys[0]!.touchpoints.added).toEqual(['Plakat gesehen']);
    expect(new Set(plan.edits.map((e) => e.row)).size).toBe(1);
    ws.apply(plan.edits);
    const after = timeline(buildJourneySlice(ws.rows(journeyId))).split(' / ')[0]!;
    const titles = before!.split(': ')[1]!.split(' | ');
    expect(after).toBe(`${before!.split(': ')[0]}: ${[titles[0], 'Plakat gesehen', ...titles.slice(1)].join(' | ')}`);
    // Exported again, the file is the edited one (with the key made for the new touchpoint).
    const again = fileOf(ws, journeyId);
    expect(again.stages![0]!.steps![1]!.touchpoints![0]).toMatchObject({
      key: 'plakat-gesehen',
      title: 'Plakat gesehen',
    });
  });

  it('a touchpoint joining a step not yet placed in time pins that step, so they stay parallel', () => {
    const { ws, journeyId } = ropo();
    // Not yet placed in time: the first step's touchpoint has no step key (as rows made before steps existed).
    const placed = buildJourneySlice(ws.rows(journeyId)).steps[0]!.touchpoints;
    expect(placed).toHaveLength(1);
    ws.apply([{ table: 'touchpoints', row: placed[0]!.id, column: 'step_key', value: '' }]);
    expect(ws.rows(journeyId).touchpoints.find((t) => t.id === placed[0]!.id)!.step_key).toBe('');
    const file = fileOf(ws, journeyId);
    const step = file.stages![0]!.steps![0]!;
    const first = step.touchpoints![0]!;
    step.touchpoints!.push({ title: 'Parallel', channel: first.channel, emotion: 0 });
    const plan = update(ws, journeyId, file);
    ws.apply(plan.edits);
    const slice = buildJourneySlice(ws.rows(journeyId));
    expect(slice.steps[0]!.touchpoints.map((t) => t.title)).toEqual([first.title, 'Parallel']);
    expect(plan.edits.filter((e) => e.column === 'step_key')).toHaveLength(2);
  });

  it('changed fields are named; a removed touchpoint is archived with its transitions gone', () => {
    const { ws, journeyId } = richJourney();
    const file = fileOf(ws, journeyId);
    const [adSeen, search] = file.stages![0]!.steps![0]!.touchpoints! as [FileTouchpoint, FileTouchpoint];
    adSeen.emotion = -1;
    adSeen.title = 'Banner gesehen';
    file.stages![0]!.steps![0]!.touchpoints = [adSeen];
    file.transitions = file.transitions!.filter((t) => t.from !== 'search' && t.to !== 'search');
    void search;
    const plan = update(ws, journeyId, file);
    const j = plan.preview.journeys[0]!;
    expect(j.touchpoints.changed).toEqual([{ title: 'Banner gesehen', fields: ['title', 'emotion'] }]);
    expect(j.touchpoints.removed).toEqual(['Search']);
    expect(j.transitions).toEqual({ added: 0, removed: 2, changed: 0 });
    ws.apply(plan.edits);
    const slice = buildJourneySlice(ws.rows(journeyId));
    expect(slice.archived.map((t) => t.title)).toEqual(['Search']);
    expect(slice.transitions).toEqual([]);
  });

  it('moves a touchpoint to another stage and reorders stages with one stage key written', () => {
    const { ws, journeyId } = richJourney();
    const file = fileOf(ws, journeyId);
    const newsletter = file.stages![0]!.steps!.splice(1, 1)[0]!;
    file.stages![2]!.steps!.push(newsletter);
    file.stages = [file.stages![0]!, file.stages![2]!, file.stages![1]!];
    const plan = update(ws, journeyId, file);
    const j = plan.preview.journeys[0]!;
    expect(j.touchpoints.moved).toEqual(['Newsletter']);
    expect(j.stages.reordered).toBe(true);
    expect(plan.edits.filter((e) => e.table === 'stages')).toHaveLength(1);
    ws.apply(plan.edits);
    expect(timeline(buildJourneySlice(ws.rows(journeyId)))).toBe(
      'S0: Ad seen+Search | [Plan campaign] / S2: Review | Newsletter / S1: Shop visit+[Check stock] | Hotline+[Open ticket]',
    );
  });

  it('splits a parallel step in two, keeping the first where it was', () => {
    const { ws, journeyId } = richJourney();
    const file = fileOf(ws, journeyId);
    const step = file.stages![0]!.steps![0]!;
    file.stages![0]!.steps!.splice(1, 0, { touchpoints: [step.touchpoints!.pop()!] });
    const plan = update(ws, journeyId, file);
    expect(plan.edits.filter((e) => e.column === 'step_key').map((e) => e.row)).toEqual(['tp-00Search']);
    ws.apply(plan.edits);
    expect(timeline(buildJourneySlice(ws.rows(journeyId))).split(' / ')[0]).toBe(
      'S0: Ad seen | Search | Newsletter | [Plan campaign]',
    );
  });

  it('offers unknown channels and departments for creation, or maps them to existing ones', () => {
    const { ws, journeyId } = richJourney();
    const file = fileOf(ws, journeyId);
    const tp = file.stages![2]!.steps![0]!.touchpoints![0]!;
    tp.channel = 'Messenger';
    tp.owner = 'Social team';
    file.channels!.push({ name: 'Messenger', kind: 'app' });
    const created = update(ws, journeyId, file);
    expect(created.preview.catalogue.missingChannels).toEqual([
      { name: 'Messenger', kind: 'app', uses: 1, choice: { action: 'create' }, suggestion: null },
    ]);
    expect(created.preview.catalogue.missingDepartments.map((d) => [d.name, d.choice.action])).toEqual([
      ['Social team', 'create'],
    ]);
    expect(created.edits.filter((e) => e.table === 'channels' && e.column === 'name')).toEqual([
      { table: 'channels', row: expect.any(String), column: 'name', value: 'Messenger' },
    ]);

    const mapped = update(ws, journeyId, file, {
      choices: {
        channels: { Messenger: { action: 'use', id: 'chan-00002' } },
        departments: { 'Social team': { action: 'none' } },
      },
    });
    expect(mapped.edits.some((e) => e.table === 'channels' || e.table === 'departments')).toBe(false);
    ws.apply(mapped.edits);
    const review = buildJourneySlice(ws.rows(journeyId)).touchpoints.find((t) => t.title === 'Review')!;
    expect(review.channel_id).toBe('chan-00002');
    expect(review.owner_department_id).toBeNull();
  });

  it('updates facts, variants and backstage links, and counts them', () => {
    const { ws, journeyId } = richJourney();
    const file = fileOf(ws, journeyId);
    file.facts![0]!.value = '59 €';
    const message = file.stages![0]!.steps![0]!.touchpoints![0]!.message!;
    message.variants = message.variants!.filter((v) => v.condition === undefined);
    const checkStock = file.stages![1]!.steps![0]!.backstage![0]!;
    checkStock.serves = ['shop-visit'];
    const plan = update(ws, journeyId, file);
    const j = plan.preview.journeys[0]!;
    expect(plan.preview.catalogue.changedFacts).toEqual(['price']);
    expect(j.messages).toEqual({ added: 0, removed: 0, changed: 1 });
    expect(j.touchpoints.changed).toEqual([{ title: 'Ad seen', fields: ['message'] }]);
    expect(j.backstage.changed).toEqual([{ title: 'Check stock', fields: ['serves'] }]);
    expect(plan.edits).toContainEqual({ table: 'variants', row: 'var-00002', column: 'tombstone', value: true });
    ws.apply(plan.edits);
    const slice = buildJourneySlice(ws.rows(journeyId));
    expect(slice.backstage.serves.get('bs-Check stock')?.map((t) => t.title)).toEqual(['Shop visit']);
  });

  it('imports a file as a new journey beside the one it came from', () => {
    const { ws, journeyId } = richJourney();
    const file = fileOf(ws, journeyId);
    const { checked } = checkFile(file);
    const plan = planImport({
      files: [checked],
      state: ws.state(),
      targets: [{ kind: 'new', journeyId: 'journey-copy1' }],
      choices: {},
      makeId: idMaker('copy'),
      salt: '',
    });
    expect(plan.preview.catalogue.missingChannels).toEqual([]);
    expect(plan.preview.journeys[0]).toMatchObject({ mode: 'new', journeyId: 'journey-copy1' });
    ws.apply(plan.edits);
    const copy = fileOf(ws, 'journey-copy1');
    expect({ ...copy, journey: { ...copy.journey, id: journeyId } }).toEqual(file);
    // The persona the workspace has already, word for word, is reused.
    expect(ws.rows('journey-copy1').journey.persona_id).toBe('persona-0001');
  });
});

describe('plans', () => {
  it('write each field once at most (one edit per field, so the order of edits cannot matter)', () => {
    const { ws, journeyId } = richJourney();
    const file = fileOf(ws, journeyId);
    file.stages = [...file.stages!].reverse();
    file.stages[0]!.steps!.push({ touchpoints: [{ title: 'New', channel: 'C0', emotion: 2 }] });
    file.stages[1]!.steps = file.stages[1]!.steps!.slice(1);
    file.handoffs = [];
    const plans = [
      update(ws, journeyId, file),
      planImport({
        files: [checkFile(fileOf(ws, journeyId)).checked],
        state: memoryWorkspace('en', false).state(),
        targets: [{ kind: 'new', journeyId: 'journey-new01' }],
        choices: {},
        makeId: idMaker('n'),
        salt: '',
      }),
    ];
    for (const plan of plans) {
      const keys = plan.edits.map((e) => `${e.table}/${e.row}/${e.column}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});
