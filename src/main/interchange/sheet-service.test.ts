import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ExportedFile, InterchangeImportResult } from '../../shared/contract';
import type { SheetPreview } from '../../shared/interchange/sheet-preview';
import type { Channel, Department, Journey, Touchpoint } from '../../shared/schema/tables';
import { buildFromTemplate, JOURNEY_TEMPLATES } from '../../shared/templates';
import { testService } from '../service/test-service';

/** Spreadsheets through the contract, on real SQLite workspaces and real .xlsx/.csv bytes. */

type Call = ReturnType<typeof testService>['call'];

const HEADER = [
  'Phase',
  'Schritt',
  'Kanal',
  'Kontaktpunkt',
  'Kundenaktion',
  'Verantwortliche Abteilung',
  'Emotion',
  'KPI',
  'Gedanken',
];

async function germanWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Deckblatt').addRow(['Unsere Kundenreise']);
  const ws = wb.addWorksheet('Kontaktpunkte');
  ws.addRow(HEADER);
  ws.addRow(['Recherche', 1, 'Website', 'Produktseite', 'Vergleicht', 'E-Commerce', 1, 'Verweildauer', 'Passt das?']);
  ws.addRow([null, 1, 'App', 'Merkliste', '', 'Marketing digital', 0, '', '']);
  ws.addRow([null, 2, 'Brieftaube', 'Taube', '', '', '', '', '']);
  ws.mergeCells('A2:A4');
  ws.addRow([]);
  ws.addRow(['Kauf', '', 'Filiale', 'Beratung', '', 'Filialbetrieb', 7, '', '']);
  ws.addRow(['Kauf', '', 'Physical store', null, '', 'Customer service', 2, 'Umsatz', '']);
  ws.getCell('D7').value = { formula: 'UPPER("Kasse")', result: 'KASSE' };
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

async function setup(call: Call) {
  return ((await call('workspaces.create', { name: 'Marke', language: 'de' })) as { id: string }).id;
}

async function preview(call: Call, workspaceId: string, base64: string, extra: Record<string, unknown> = {}) {
  return call<SheetPreview>('interchange.previewSheet', {
    workspaceId,
    fileName: 'Reise.xlsx',
    base64,
    target: { kind: 'new', name: 'Aus Excel' },
    ...extra,
  });
}

describe('spreadsheet import through the service', () => {
  it('reads a German workbook: picks the sheet, maps the columns, lists two bad rows, imports the rest as one step', async () => {
    const { call } = testService();
    const workspaceId = await setup(call);
    const base64 = await germanWorkbook();
    const first = await preview(call, workspaceId, base64);
    expect(first.sheets).toEqual(['Deckblatt', 'Kontaktpunkte']);
    expect(first.sheet).toBe('Deckblatt');
    expect(first.unmapped).toEqual(['stage', 'channel', 'title']);
    expect(first.edits).toBe(0);

    const p = await preview(call, workspaceId, base64, { sheet: 'Kontaktpunkte' });
    expect(p.problem).toBeNull();
    expect(p.headers).toEqual(HEADER);
    expect(p.mapping).toMatchObject({ stage: 0, step: 1, channel: 2, title: 3, owner: 5, emotion: 6, thinks: 8 });
    expect(p.unmapped).toEqual([]);
    expect(p.rows).toEqual({ total: 5, valid: 3, invalid: 2, empty: 1 });
    expect(p.problems.map((x) => [x.row, x.column, x.code, x.value])).toEqual([
      [4, 'C', 'unknown_channel', 'Brieftaube'],
      [6, 'G', 'emotion_range', '7'],
      [7, 'D', 'formula', 'KASSE'],
    ]);
    expect(p.merged).toEqual(['A2']);
    expect(p.formulas).toBe(1);
    // Merged cells give their value to every row they cover.
    expect(p.sample.map((s) => s.values.stage)).toEqual(['Recherche', 'Recherche', 'Recherche', 'Kauf', 'Kauf']);
    expect(p.result).toEqual({
      mode: 'new',
      journeyName: 'Aus Excel',
      newStages: ['Recherche', 'Kauf'],
      touchpoints: 3,
    });

    const result = await call<InterchangeImportResult>('interchange.importSheet', {
      workspaceId,
      fileName: 'Reise.xlsx',
      base64,
      sheet: 'Kontaktpunkte',
      target: { kind: 'new', name: 'Aus Excel' },
      fingerprint: p.fingerprint,
    });
    expect(result).toMatchObject({ stale: false });
    expect(result.history.undoLabel).toBe('importSpreadsheet');
    const touchpoints = await call<Touchpoint[]>('rows.list', { workspaceId, table: 'touchpoints' });
    expect(touchpoints.map((t) => t.title).sort()).toEqual(['KASSE', 'Merkliste', 'Produktseite']);
    const journey = (await call<Journey[]>('rows.list', { workspaceId, table: 'journeys' }))[0]!;
    expect(journey.name).toBe('Aus Excel');
    const departments = await call<Department[]>('rows.list', { workspaceId, table: 'departments' });
    const kasse = touchpoints.find((t) => t.title === 'KASSE')!;
    expect(departments.find((d) => d.id === kasse.owner_department_id)!.name).toBe('Kundenservice');

    await call('history.undo', { workspaceId });
    expect(await call<Touchpoint[]>('rows.list', { workspaceId, table: 'touchpoints' })).toEqual([]);
  });

  it('follows a mapping the user changed', async () => {
    const { call } = testService();
    const workspaceId = await setup(call);
    const base64 = await germanWorkbook();
    const p = await preview(call, workspaceId, base64, {
      sheet: 'Kontaktpunkte',
      mapping: { stage: 0, channel: 2, title: 4, emotion: null, owner: null, thinks: null, kpi: null, step: null },
    });
    expect(p.sample[0]!.values).toEqual({ stage: 'Recherche', channel: 'Website', title: 'Vergleicht' });
    // Without the emotion column the row with 7 is fine; the one without a customer action has no title.
    expect(p.problems.map((x) => [x.row, x.code])).toEqual([
      [3, 'empty_title'],
      [4, 'unknown_channel'],
      [4, 'empty_title'],
      [6, 'empty_title'],
      [7, 'empty_title'],
    ]);
  });

  it('adds rows to an existing journey', async () => {
    const { call } = testService();
    const workspaceId = await setup(call);
    const departments = await call<Department[]>('rows.list', { workspaceId, table: 'departments' });
    const channels = await call<Channel[]>('rows.list', { workspaceId, table: 'channels' });
    const built = buildFromTemplate(JOURNEY_TEMPLATES[1]!, { language: 'de', departments, channels });
    await call('edits.apply', { workspaceId, label: 'createJourney', edits: built.edits });
    const before = (await call<Touchpoint[]>('rows.list', { workspaceId, table: 'touchpoints' })).length;
    const base64 = await germanWorkbook();
    const target = { kind: 'existing', journeyId: built.journeyId };
    const p = await preview(call, workspaceId, base64, { sheet: 'Kontaktpunkte', target });
    expect(p.result).toMatchObject({ mode: 'update', touchpoints: 3 });
    expect(p.result.newStages).toEqual([]);
    await call('interchange.importSheet', {
      workspaceId,
      fileName: 'Reise.xlsx',
      base64,
      sheet: 'Kontaktpunkte',
      target,
      fingerprint: p.fingerprint,
    });
    expect((await call<Touchpoint[]>('rows.list', { workspaceId, table: 'touchpoints' })).length).toBe(before + 3);
  });

  it('refuses password-protected, damaged and binary files, and too many rows, with the reason', async () => {
    const { call } = testService();
    const workspaceId = await setup(call);
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2000, 1)]);
    expect((await preview(call, workspaceId, ole.toString('base64'))).problem).toBe('protected');
    const valid = Buffer.from(await germanWorkbook(), 'base64');
    const cut = valid.subarray(0, Math.floor(valid.length / 2));
    expect((await preview(call, workspaceId, cut.toString('base64'))).problem).toBe('damaged');
    expect((await preview(call, workspaceId, Buffer.from('no zip at all').toString('base64'))).problem).toBe('damaged');
    const binary = Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]);
    expect((await preview(call, workspaceId, binary.toString('base64'), { fileName: 'x.csv' })).problem).toBe(
      'not_spreadsheet',
    );
    const rows = Array.from({ length: 20_001 }, (_, i) => `Kauf;;Website;T${i}`).join('\n');
    const many = Buffer.from(`Phase;Schritt;Kanal;Kontaktpunkt\n${rows}\n`).toString('base64');
    expect((await preview(call, workspaceId, many, { fileName: 'x.csv' })).problem).toBe('too_many_rows');
    await expect(preview(call, workspaceId, 'A'.repeat(15 * 1024 * 1024))).rejects.toThrow(/too large to import/);
  });

  it('reads CSV with semicolons in the Windows code page, and 10,000 rows', async () => {
    const { call } = testService();
    const workspaceId = await setup(call);
    const latin1 = Buffer.from('Phase;Kanal;Kontaktpunkt;Gefühle\nKauf;Filiale;Größe prüfen;froh\n', 'latin1');
    const p = await preview(call, workspaceId, latin1.toString('base64'), { fileName: 'reise.csv' });
    expect(p.sample[0]!.values).toEqual({ stage: 'Kauf', channel: 'Filiale', title: 'Größe prüfen', feels: 'froh' });
    const rows = Array.from(
      { length: 10_000 },
      (_, i) => `Phase ${i % 7},${i % 3 ? 'Website' : 'E-Mail-Newsletter'},Kontakt ${i}`,
    );
    const big = Buffer.from(`Stage,Channel,Title\n${rows.join('\n')}\n`).toString('base64');
    const q = await preview(call, workspaceId, big, { fileName: 'big.csv' });
    expect(q.rows).toEqual({ total: 10_000, valid: 10_000, invalid: 0, empty: 0 });
    expect(q.result.newStages).toHaveLength(7);
  });
});

describe('spreadsheet export', () => {
  it('writes the journey and its coverage, one sheet per view, text that looks like a formula kept as text', async () => {
    const { call } = testService({ now: () => Date.parse('2026-11-23T09:00:00Z') });
    const workspaceId = await setup(call);
    const departments = await call<Department[]>('rows.list', { workspaceId, table: 'departments' });
    const channels = await call<Channel[]>('rows.list', { workspaceId, table: 'channels' });
    const built = buildFromTemplate(JOURNEY_TEMPLATES[3]!, { language: 'de', departments, channels });
    await call('edits.apply', { workspaceId, label: 'createJourney', edits: built.edits });
    const tp = built.edits.find((e) => e.table === 'touchpoints' && e.column === 'title')!.row;
    await call('edits.apply', {
      workspaceId,
      label: 'x',
      edits: [
        { table: 'touchpoints', row: tp, column: 'title', value: '=HYPERLINK("http://evil","klick")' },
        { table: 'touchpoints', row: tp, column: 'kpi', value: '@SUM(A1)' },
      ],
    });
    const file = await call<ExportedFile>('interchange.exportXlsx', {
      workspaceId,
      journeyId: built.journeyId,
      language: 'de',
    });
    expect(file.fileName).toBe('Kundenreise-Beschwerde eskaliert E-Mail, Hotline, Social Media-2026-11-23.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Kontaktpunkte',
      'Backstage',
      'Übergänge',
      'Abdeckung Phase × Kanal',
      'Abteilungen × Phasen',
    ]);
    const sheet = wb.getWorksheet('Kontaktpunkte')!;
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
    const evil = cells.find((c) => String(c.value).includes('HYPERLINK'))!;
    expect(evil.value).toBe('\'=HYPERLINK("http://evil","klick")');
    expect(cells.find((c) => String(c.value).includes('SUM'))!.value).toBe("'@SUM(A1)");
    const coverage = wb.getWorksheet('Abdeckung Phase × Kanal')!;
    expect(coverage.getRow(1).getCell(1).value).toBe('Phase');
    expect(coverage.getRow(2).getCell(1).value).toBe('Lieferung');
    expect(coverage.getRow(2).getCell(coverage.columnCount).value).toBe(1);

    // The touchpoint sheet reads back in: same columns, the guard apostrophe taken off again.
    const back = await call<SheetPreview>('interchange.previewSheet', {
      workspaceId,
      fileName: file.fileName,
      base64: file.base64,
      target: { kind: 'new', name: 'Kopie' },
    });
    expect(back.rows).toMatchObject({ total: 6, valid: 6 });
    expect(back.sample[0]!.values.title).toBe('=HYPERLINK("http://evil","klick")');
  });

  it('offers a template in German and English that reads back without problems', async () => {
    const { call } = testService();
    const workspaceId = await setup(call);
    for (const language of ['de', 'en'] as const) {
      const file = await call<ExportedFile>('interchange.sheetTemplate', { workspaceId, language });
      expect(file.fileName).toBe(language === 'de' ? 'Kundenreise-Vorlage.xlsx' : 'Journey-template.xlsx');
      const p = await call<SheetPreview>('interchange.previewSheet', {
        workspaceId,
        fileName: file.fileName,
        base64: file.base64,
        target: { kind: 'new', name: 'Vorlage' },
      });
      expect(p.headers[0]).toBe(language === 'de' ? 'Phase' : 'Stage');
      expect(p.unmapped).toEqual([]);
      expect(p.rows).toEqual({ total: 3, valid: 3, invalid: 0, empty: 0 });
      expect(p.problems).toEqual([]);
    }
  });
});
