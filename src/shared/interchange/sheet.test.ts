import { describe, expect, it } from 'vitest';
import { buildJourneySlice } from '../journey/slice';
import { timeline } from '../journey/testing';
import { JOURNEY_TEMPLATES } from '../templates';
import { currentJourney } from './plan';
import { columnLetter, guessMapping, SHEET_HEADERS, SHEET_FIELDS } from './sheet-fields';
import { planSheetImport } from './sheet-plan';
import { checkRows, sheetChannelMatcher, type SheetTable } from './sheet-rows';
import { idMaker, memoryWorkspace, templateWorkspace } from './testing';
import { journeyToFile } from './to-file';

const HEADERS = [
  'Phase',
  'Schritt',
  'Kanal',
  'Kontaktpunkt',
  'Kundenaktion',
  'Verantwortlich',
  'Emotion',
  'KPI',
  'Gedanken',
];

function table(rows: string[][], merged: string[] = []): SheetTable {
  return {
    name: 'Tabelle1',
    headers: HEADERS,
    rows: rows.map((cells, i) => ({ number: i + 2, cells: cells.map((text) => ({ text })) })),
    merged,
  };
}

describe('column mapping', () => {
  it('recognises German and English headers, the template headers and common other words', () => {
    const mapping = guessMapping(HEADERS);
    expect(mapping).toMatchObject({
      stage: 0,
      step: 1,
      channel: 2,
      title: 3,
      customer_action: 4,
      owner: 5,
      emotion: 6,
      kpi: 7,
      thinks: 8,
    });
    expect(mapping.company_response).toBeNull();
    for (const language of ['de', 'en'] as const) {
      const headers = SHEET_FIELDS.map((f) => SHEET_HEADERS[f][language]);
      const guessed = guessMapping(headers);
      SHEET_FIELDS.forEach((f, i) => expect(guessed[f]).toBe(i));
    }
    expect(guessMapping(['Journey stage', 'Channel:', 'Touchpoint', 'Pain Points'])).toMatchObject({
      stage: 0,
      channel: 1,
      title: 2,
      pain_points: 3,
    });
  });

  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('row checks', () => {
  it('finds channels by name in either language and by kind', () => {
    const { channels } = memoryWorkspace('de').state();
    const match = sheetChannelMatcher(channels);
    const store = channels.find((c) => c.kind === 'store')!.id;
    for (const text of ['Filiale', 'filiale ', 'Physical store', 'store', 'STORE']) expect(match(text)).toBe(store);
    expect(match('E-Mail-Newsletter')).toBe(channels.find((c) => c.kind === 'email')!.id);
    expect(match('call centre')).toBe(channels.find((c) => c.kind === 'call_centre')!.id);
    expect(match('Brieftaube')).toBeNull();
  });

  it('lists each problem with row and column, and keeps the other rows', () => {
    const { channels } = memoryWorkspace('de').state();
    const checked = checkRows(
      table([
        ['Kauf', '1', 'Filiale', 'Beratung', 'Fragt nach', 'Vertrieb', '1', 'Umsatz', 'Passt das?'],
        ['Kauf', '1', 'Brieftaube', 'Taube', '', '', '', '', ''],
        ['', '', '', '', '', '', '', '', ''],
        ['Kauf', '2', 'Website', '', '', '', '5', '', ''],
        ['Service', '', 'Hotline', 'Anruf', '', '', '−2', '', ''],
        ['Service', '', 'Callcenter', 'Rückruf', '', '', 'gut', '', ''],
      ]),
      guessMapping(HEADERS),
      channels,
    );
    expect(checked.empty).toBe(1);
    expect(checked.rows.map((r) => [r.number, r.valid])).toEqual([
      [2, true],
      [3, false],
      [5, false],
      [6, false],
      [7, false],
    ]);
    expect(checked.problems.map((p) => [p.row, p.column, p.code, p.value])).toEqual([
      [3, 'C', 'unknown_channel', 'Brieftaube'],
      [5, 'D', 'empty_title', ''],
      [5, 'G', 'emotion_range', '5'],
      [6, 'C', 'unknown_channel', 'Hotline'],
      [7, 'G', 'emotion_not_number', 'gut'],
    ]);
  });

  it('reads a formula by its saved result with a warning, refuses errors and text over the limit', () => {
    const { channels } = memoryWorkspace('en').state();
    const t = table([['Buy', '1', 'Website', 'Order', '', '', '2', '', '']]);
    t.rows[0]!.cells[3] = { text: 'Order online', kind: 'formula' };
    t.rows.push({
      number: 3,
      cells: [{ text: 'Buy' }, { text: '' }, { text: 'Website' }, { text: '#N/A', kind: 'error' }],
    });
    t.rows.push({ number: 4, cells: [{ text: 'Buy' }, { text: '' }, { text: 'Website' }, { text: 'x'.repeat(201) }] });
    t.rows.push({ number: 5, cells: [{ text: 'Buy' }, { text: '' }, { text: 'Website' }, { text: "'=1+1" }] });
    const checked = checkRows(t, guessMapping(HEADERS), channels);
    expect(checked.rows.map((r) => r.valid)).toEqual([true, false, false, true]);
    expect(checked.rows[0]!.values.title).toBe('Order online');
    expect(checked.rows[3]!.values.title).toBe('=1+1');
    expect(checked.problems.map((p) => [p.row, p.code, p.warning, p.limit])).toEqual([
      [2, 'formula', true, null],
      [3, 'cell_error', false, null],
      [4, 'too_long', false, 200],
    ]);
  });
});

describe('importing rows', () => {
  it('makes a new journey: stages in order of appearance, rows with one step value parallel, numbers sorted', () => {
    const ws = memoryWorkspace('de');
    const state = ws.state();
    const { rows } = checkRows(
      table([
        ['Recherche', '2', 'Website', 'Vergleich', '', 'Customer service', '0', '', ''],
        ['Recherche', '1', 'Suchanzeigen', 'Anzeige', '', 'Marketing digital', '1', '', ''],
        ['Recherche', '2', 'App', 'App-Test', '', '', '', '', ''],
        ['Kauf', '', 'Filiale', 'Kasse', '', 'Einkauf', '', '', ''],
        ['Kauf', '', 'Brieftaube', 'Kaputt', '', '', '', '', ''],
      ]),
      guessMapping(HEADERS),
      state.channels,
    );
    const plan = planSheetImport({
      rows,
      target: { kind: 'new', name: 'Aus Excel' },
      current: null,
      currentFile: null,
      newJourneyId: 'journey-sheet',
      state,
      choices: {},
      makeId: idMaker('sheet'),
      salt: '',
    });
    expect(plan.touchpoints).toBe(4);
    expect(plan.newStages).toEqual(['Recherche', 'Kauf']);
    // "Customer service" is the workspace's Kundenservice; "Einkauf" is offered for creation.
    expect(plan.preview.catalogue.missingDepartments.map((d) => d.name)).toEqual(['Einkauf']);
    ws.apply(plan.edits);
    const slice = buildJourneySlice(ws.rows('journey-sheet'));
    expect(slice.journey.name).toBe('Aus Excel');
    expect(timeline(slice)).toBe('Recherche: Anzeige | Vergleich+App-Test / Kauf: Kasse');
    const owner = slice.touchpoints.find((t) => t.title === 'Vergleich')!.owner_department_id;
    expect(slice.departments.get(owner!)!.name).toBe('Kundenservice');
  });

  it('adds to an existing journey after its steps, joining stages of the same name', () => {
    const { ws, journeyId } = templateWorkspace(
      JOURNEY_TEMPLATES.find((t) => t.id === 'ropo')!,
      'en',
    );
    const state = ws.state();
    const before = buildJourneySlice(ws.rows(journeyId));
    const purchase = before.stages.find((s) => s.name === 'Purchase')!;
    const { rows } = checkRows(
      table([
        ['purchase', '', 'Website', 'Order confirmation', '', '', '1', '', ''],
        ['Aftercare', '', 'Email newsletter', 'Care tips', '', '', '', '', ''],
      ]),
      guessMapping(HEADERS),
      state.channels,
    );
    const current = currentJourney(ws.rows(journeyId), state.facts);
    const plan = planSheetImport({
      rows,
      target: { kind: 'existing', journeyId },
      current,
      currentFile: journeyToFile(current.slice, state.facts).file,
      newJourneyId: 'unused-id1',
      state,
      choices: {},
      makeId: idMaker('add'),
      salt: 'z',
    });
    expect(plan.newStages).toEqual(['Aftercare']);
    const changes = plan.preview.journeys[0]!;
    expect(changes.mode).toBe('update');
    expect(changes.touchpoints.added).toEqual(['Order confirmation', 'Care tips']);
    expect(changes.touchpoints.changed).toEqual([]);
    expect(changes.touchpoints.removed).toEqual([]);
    ws.apply(plan.edits);
    const after = buildJourneySlice(ws.rows(journeyId));
    const steps = after.stepsByStage[after.stages.findIndex((s) => s.id === purchase.id)]!;
    expect(steps.at(-1)!.touchpoints.map((t) => t.title)).toEqual(['Order confirmation']);
    expect(after.stages.at(-1)!.name).toBe('Aftercare');
  });
});
