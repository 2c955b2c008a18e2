import { describe, expect, it } from 'vitest';
import { checkEdit } from '../changes';
import { idSchema } from '../schema/columns';
import { buildMapModel } from '../map/model';
import { handoffOf } from '../map/transitions';
import { applyEdits, defaultCatalogue, emptyTables, idMaker, rowsOf } from '../map/testing';
import { backstageHandoffs } from '../journey/backstage';
import { buildJourneySlice } from '../journey/slice';
import { emptyRow } from '../schema/tables';
import { buildFromTemplate, JOURNEY_TEMPLATES, mapDepartments } from './index';

describe('journey templates', () => {
  it('offers at least the four situations of the issue', () => {
    expect(JOURNEY_TEMPLATES.map((t) => t.id)).toEqual([
      'device-hopping',
      'ropo',
      'click-and-collect',
      'complaint-escalation',
    ]);
  });

  for (const template of JOURNEY_TEMPLATES) {
    for (const language of ['de', 'en'] as const) {
      it(`${template.id} (${language}) yields edits the write path accepts`, () => {
        const { departments, channels } = defaultCatalogue(language);
        const result = buildFromTemplate(template, { language, departments, channels, makeId: idMaker(template.id) });
        expect(result.edits.length).toBeGreaterThan(20);
        result.edits.forEach((e, i) => {
          expect(() => checkEdit(e, i)).not.toThrow();
          expect(idSchema.safeParse(e.row).success).toBe(true);
        });
        expect(result.addedChannels).toEqual([]);
      });
    }

    it(`${template.id}: every touchpoint lands in a cell with an owner, transitions connect placed cards`, () => {
      const { departments, channels } = defaultCatalogue('de');
      const result = buildFromTemplate(template, { language: 'de', departments, channels, makeId: idMaker('x') });
      const tables = applyEdits(emptyTables(), result.edits);
      const model = buildMapModel({
        journeyId: result.journeyId,
        stages: rowsOf(tables, 'stages'),
        channels,
        touchpoints: rowsOf(tables, 'touchpoints'),
        transitions: rowsOf(tables, 'transitions'),
      });
      expect(model.touchpoints.size).toBe(template.touchpoints.length);
      expect(model.orphans).toEqual([]);
      expect(model.transitions.length).toBe(template.transitions.length);
      for (const tp of model.touchpoints.values()) {
        expect(tp.owner_department_id).not.toBeNull();
        expect(tp.title.length).toBeGreaterThan(0);
        expect(tp.supporting_department_ids).not.toContain(tp.owner_department_id);
      }
      const journey = rowsOf(tables, 'journeys')[0]!;
      expect(journey.persona_id).toBe(result.personaId);
      expect(rowsOf(tables, 'personas')[0]!.preferred_channel_ids.length).toBeGreaterThan(0);
      // A template is a teaching example: it shows hand-offs that work and ones that do not.
      const statuses = new Set(
        model.transitions.map(
          (t) =>
            handoffOf(t, model.touchpoints.get(t.from_touchpoint_id!), model.touchpoints.get(t.to_touchpoint_id!))
              .status,
        ),
      );
      expect(statuses.has('carried')).toBe(true);
      expect(statuses.size).toBeGreaterThan(1);
    });
  }

  it('keeps the order of the cards of one cell as listed', () => {
    const { departments, channels } = defaultCatalogue('en');
    const template = JOURNEY_TEMPLATES.find((t) => t.id === 'ropo')!;
    const result = buildFromTemplate(template, { language: 'en', departments, channels, makeId: idMaker('o') });
    const tables = applyEdits(emptyTables(), result.edits);
    const model = buildMapModel({
      journeyId: result.journeyId,
      stages: rowsOf(tables, 'stages'),
      channels,
      touchpoints: rowsOf(tables, 'touchpoints'),
      transitions: [],
    });
    const purchase = model.stages.find((s) => s.name === 'Purchase')!;
    const store = channels.find((c) => c.kind === 'store')!;
    expect(model.cells.get(`${purchase.id}\u0000${store.id}`)!.map((t) => t.title)).toEqual([
      'Advice in the store',
      'Checkout',
    ]);
  });

  it('creates channels the workspace lacks and maps renamed departments by position', () => {
    const { departments, channels } = defaultCatalogue('en');
    const renamed = departments.map((d, i) => (i === 6 ? { ...d, name: 'Service desk' } : d));
    const withoutSocial = channels.filter((c) => c.kind !== 'social');
    const template = JOURNEY_TEMPLATES.find((t) => t.id === 'complaint-escalation')!;
    const result = buildFromTemplate(template, {
      language: 'en',
      departments: renamed,
      channels: withoutSocial,
      makeId: idMaker('c'),
    });
    expect(result.addedChannels).toEqual(['Social media']);
    const tables = applyEdits(emptyTables(), result.edits);
    const created = rowsOf(tables, 'channels');
    expect(created).toHaveLength(1);
    expect(created[0]!.kind).toBe('social');
    expect(created[0]!.sort_key > withoutSocial.at(-1)!.sort_key).toBe(true);
    expect(rowsOf(tables, 'touchpoints').find((t) => t.title === 'Calling the hotline')!.owner_department_id).toBe(
      renamed[6]!.id,
    );
  });

  it('maps departments by their default names in either language, whatever their order', () => {
    const { departments } = defaultCatalogue('de');
    const shuffled = [...departments].reverse().map((d, i) => ({ ...d, sort_key: String.fromCharCode(65 + i) }));
    const mapped = mapDepartments(shuffled);
    expect(mapped.get('customer_service')).toBe(departments.find((d) => d.name === 'Kundenservice')!.id);
    expect(mapped.get('management')).toBe(departments.find((d) => d.name === 'Geschäftsführung')!.id);
  });

  it('leaves the owner empty when the workspace has no departments', () => {
    const { channels } = defaultCatalogue('en');
    const result = buildFromTemplate(JOURNEY_TEMPLATES[0]!, {
      language: 'en',
      departments: [],
      channels,
      makeId: idMaker('n'),
    });
    const tables = applyEdits(emptyTables(), result.edits);
    expect(rowsOf(tables, 'touchpoints').every((t) => t.owner_department_id === null)).toBe(true);
  });

  it('uses the name and owner the user typed', () => {
    const { departments, channels } = defaultCatalogue('en');
    const result = buildFromTemplate(JOURNEY_TEMPLATES[1]!, {
      language: 'en',
      departments,
      channels,
      name: '  Bikes ',
      owner: 'Eva',
      makeId: idMaker('u'),
    });
    const journey = rowsOf(applyEdits(emptyTables(), result.edits), 'journeys')[0]!;
    expect(journey.name).toBe('Bikes');
    expect(journey.owner).toBe('Eva');
  });
});

describe('journey templates in time, with a backstage', () => {
  for (const template of JOURNEY_TEMPLATES) {
    it(`${template.id}: steps in the listed order, voices, and a backstage with a lost or silo hand-off`, () => {
      const { departments, channels } = defaultCatalogue('en');
      const result = buildFromTemplate(template, { language: 'en', departments, channels, makeId: idMaker('b') });
      const tables = applyEdits(emptyTables(), result.edits);
      const slice = buildJourneySlice({
        journey: rowsOf(tables, 'journeys')[0]!,
        persona: null,
        stages: rowsOf(tables, 'stages'),
        touchpoints: rowsOf(tables, 'touchpoints'),
        transitions: rowsOf(tables, 'transitions'),
        backstageSteps: rowsOf(tables, 'backstage_steps'),
        backstageLinks: rowsOf(tables, 'backstage_links'),
        backstageHandoffs: rowsOf(tables, 'backstage_handoffs'),
        messages: [],
        variants: [],
        channels,
        departments,
        systems: rowsOf(tables, 'support_systems'),
      });
      // Time order: stage by stage, as listed (parallel ones share their step).
      const listed = template.stages.flatMap((s) => template.touchpoints.filter((tp) => tp.stage === s.key));
      expect(slice.touchpoints.map((tp) => tp.title).sort()).toEqual(listed.map((tp) => tp.title.en).sort());
      for (const tp of template.touchpoints) {
        const step = slice.stepOf.get(slice.touchpoints.find((x) => x.title === tp.title.en)!.id)!;
        if (tp.parallelWith)
          expect(step.touchpoints.map((x) => x.title)).toContain(
            template.touchpoints.find((o) => o.key === tp.parallelWith)!.title.en,
          );
      }
      expect(slice.touchpoints.filter((tp) => tp.thinks || tp.feels || tp.says).length).toBeGreaterThan(3);
      // Every backstage step serves a touchpoint and stands in its column; systems were created by kind.
      expect(slice.backstage.steps).toHaveLength(template.backstage.length);
      expect(slice.backstage.unlinked).toEqual([]);
      expect(slice.backstage.steps.every((b) => b.department_id !== null)).toBe(true);
      expect(rowsOf(tables, 'support_systems').length).toBeGreaterThan(0);
      const statuses = backstageHandoffs(slice).map((h) => h.status);
      expect(statuses.some((s) => s !== 'carried')).toBe(true);
    });
  }

  it('puts parallel touchpoints of the device-hopping template in one step', () => {
    const { departments, channels } = defaultCatalogue('de');
    const template = JOURNEY_TEMPLATES.find((t) => t.id === 'device-hopping')!;
    const result = buildFromTemplate(template, { language: 'de', departments, channels, makeId: idMaker('p') });
    const touchpoints = rowsOf(applyEdits(emptyTables(), result.edits), 'touchpoints');
    const key = (title: string) => touchpoints.find((t) => t.title === title)!.step_key;
    expect(key('Bewertungen lesen')).toBe(key('Am Tablet weitermachen'));
  });

  it('reuses a workspace system of the same kind instead of making a second one', () => {
    const { departments, channels } = defaultCatalogue('en');
    const crm = { ...emptyRow('support_systems', 'sys-crm-0001'), name: 'Salesforce', kind: 'crm' as const };
    const result = buildFromTemplate(JOURNEY_TEMPLATES[3]!, {
      language: 'en',
      departments,
      channels,
      systems: [crm],
      makeId: idMaker('s'),
    });
    const tables = applyEdits(emptyTables(), result.edits);
    expect(rowsOf(tables, 'support_systems').map((s) => s.kind)).not.toContain('crm');
    expect(rowsOf(tables, 'backstage_steps').some((b) => b.system_ids.includes('sys-crm-0001'))).toBe(true);
  });
});
