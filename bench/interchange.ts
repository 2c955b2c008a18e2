import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Change } from '../src/shared/changes';
import type { Events, EventName } from '../src/shared/contract';
import type { SheetPreview } from '../src/shared/interchange/sheet-preview';
import type { YamlPreview } from '../src/shared/interchange/preview';
import type { Row } from '../src/shared/schema/tables';
import { HybridClock } from '../src/shared/hlc';
import { planSheet } from '../src/main/interchange/sheet-import';
import { planYamlImport } from '../src/main/interchange/yaml-import';
import { dispatch } from '../src/main/service/registry';
import { seedWorkspaceEdits } from '../src/main/service/seed';
import { createService } from '../src/main/service/service';
import { applyChanges } from '../src/main/store/apply';
import { loadMigrations } from '../src/main/store/migrate';
import { openWorkspaceFile } from '../src/main/store/workspace-file';
import type { BenchFigure } from './figure';
import { bigJourneyEdits } from './map-seed';

/**
 * Journey files and spreadsheets through the service, on SQLite workspaces:
 * - a 500-touchpoint journey exported to YAML and imported into an empty
 *   workspace (export, parse, diff against the workspace, apply as one step),
 *   beside applyChanges alone with the same edits;
 * - a 10,000-row .xlsx imported (read with exceljs, checked, planned,
 *   applied), beside exceljs reading the same file alone.
 */

const RUNS = 3;
const ROWS = 10_000;
const round = (x: number) => Math.round(x * 10) / 10;

export async function benchInterchange(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-interchange-'));
  const migrations = loadMigrations(join(__dirname, '..', 'src', 'main', 'store', 'migrations'));
  const service = createService({
    dataDir: dir,
    migrations,
    info: { name: 'bench', version: 'bench', host: 'web', systemLanguage: 'en' },
    emit: <E extends EventName>(_event: E, _payload: Events[E]) => undefined,
  });
  const call = <T>(method: string, input: unknown) => dispatch(service.handlers, method, input) as Promise<T>;
  const workspace = async (name: string) =>
    (await call<{ id: string }>('workspaces.create', { name, language: 'en' })).id;
  try {
    // A 500-touchpoint journey with 600 transitions.
    const source = await workspace('Source');
    const channels = await call<Row<'channels'>[]>('rows.list', { workspaceId: source, table: 'channels' });
    const departments = await call<Row<'departments'>[]>('rows.list', { workspaceId: source, table: 'departments' });
    const journeyId = 'bench-journey-0001';
    await call('edits.apply', {
      workspaceId: source,
      edits: bigJourneyEdits(journeyId, 'Bench: 500 touchpoints', channels, departments),
    });

    const best = { yaml: Infinity, apply: Infinity, xlsx: Infinity, read: Infinity, sheetApply: Infinity };
    let edits = 0;
    let sheetEdits = 0;
    // One run more than counted: the first warms up the code paths (parsers, SQL statements).
    for (let run = -1; run < RUNS; run++) {
      const target = await workspace(`Target ${run}`);
      // The preview (untimed) gives the fingerprint the import checks.
      const content0 = (await call<{ content: string }>('interchange.exportYaml', { workspaceId: source, journeyId }))
        .content;
      const preview = await call<YamlPreview>('interchange.previewYaml', { workspaceId: target, content: content0 });
      let t = performance.now();
      const { content } = await call<{ content: string }>('interchange.exportYaml', { workspaceId: source, journeyId });
      await call('interchange.importYaml', { workspaceId: target, content, fingerprint: preview.fingerprint });
      if (run >= 0) best.yaml = Math.min(best.yaml, performance.now() - t);

      // Reference: the same edits straight into applyChanges on a fresh workspace.
      const { db } = await openWorkspaceFile(join(dir, `raw-${run + 1}.sqlite`), migrations);
      const plan = await planYamlImport(db, content, false, {});
      const clock = new HybridClock('00000000000b3e7c', Date.now);
      const changes: Change[] = plan.edits.map((e) => ({ ...e, hlc: clock.send() }));
      edits = changes.length;
      t = performance.now();
      await applyChanges(db, changes);
      if (run >= 0) best.apply = Math.min(best.apply, performance.now() - t);
      await db.close();
    }

    const base64 = await tenThousandRows(channels);
    const bytes = Buffer.from(base64, 'base64');
    for (let run = -1; run < RUNS; run++) {
      const target = await workspace(`Sheet ${run}`);
      const request = { workspaceId: target, fileName: 'big.xlsx', base64, target: { kind: 'new', name: 'Big' } };
      const preview = await call<SheetPreview>('interchange.previewSheet', request);
      if (preview.rows.valid !== ROWS) throw new Error(`expected ${ROWS} valid rows, got ${preview.rows.valid}`);
      let t = performance.now();
      await call('interchange.importSheet', { ...request, fingerprint: preview.fingerprint });
      if (run >= 0) best.xlsx = Math.min(best.xlsx, performance.now() - t);

      t = performance.now();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      let cells = 0;
      wb.worksheets[0]!.eachRow((row) => row.eachCell(() => (cells += 1)));
      if (run >= 0) best.read = Math.min(best.read, performance.now() - t);

      // Second part of the reference: the same rows' field changes straight into applyChanges.
      const { db } = await openWorkspaceFile(join(dir, `sheet-raw-${run + 1}.sqlite`), migrations);
      const clock = new HybridClock('00000000000b3e7d', Date.now);
      const seed = seedWorkspaceEdits(`raw-sheet-${run + 1}`, 'Raw', 'en');
      await applyChanges(
        db,
        seed.map((e) => ({ ...e, hlc: clock.send() })),
      );
      const plan = await planSheet(db, { ...request, target: { kind: 'new', name: 'Big' }, choices: {} });
      if (plan.preview.rows.valid !== ROWS) throw new Error(`reference: ${plan.preview.rows.valid} valid rows`);
      const changes: Change[] = plan.edits.map((e) => ({ ...e, hlc: clock.send() }));
      sheetEdits = changes.length;
      t = performance.now();
      await applyChanges(db, changes);
      if (run >= 0) best.sheetApply = Math.min(best.sheetApply, performance.now() - t);
      await db.close();
    }

    return [
      {
        id: 'interchange.yaml_roundtrip_500_ms',
        label: `500-touchpoint journey: YAML export + parse + diff + apply into an empty workspace (${edits} field changes), best of ${RUNS}`,
        value: round(best.yaml),
        unit: 'ms',
        reference: `applyChanges alone with the same ${edits} changes: ${round(best.apply)} ms`,
        ratio: round(best.yaml / best.apply),
        aim: '< 1000 ms',
      },
      {
        id: 'interchange.xlsx_import_10k_ms',
        label: `${ROWS.toLocaleString('en-US')}-row .xlsx: read + check + plan + apply as one step, best of ${RUNS}`,
        value: round(best.xlsx),
        unit: 'ms',
        reference: `exceljs reading the same file alone (${round(best.read)} ms) + applyChanges alone with the same ${sheetEdits} changes (${round(best.sheetApply)} ms): ${round(best.read + best.sheetApply)} ms`,
        ratio: round(best.xlsx / (best.read + best.sheetApply)),
        aim: '< 3000 ms',
      },
    ];
  } finally {
    await service.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function tenThousandRows(channels: readonly Row<'channels'>[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Touchpoints');
  ws.addRow([
    'Stage',
    'Step',
    'Channel',
    'Touchpoint',
    'Customer action',
    'Company response',
    'Owner department',
    'Emotion',
    'KPI',
    'Thoughts',
  ]);
  for (let i = 0; i < ROWS; i++)
    ws.addRow([
      `Stage ${(i % 12) + 1}`,
      Math.floor(i / 12) + 1,
      channels[i % channels.length]!.name,
      `Touchpoint ${i + 1}`,
      'Compares prices on the phone',
      'Shows the same price as in the store',
      ['Sales', 'Customer service', 'E-commerce'][i % 3],
      (i % 5) - 2,
      'Conversion rate',
      'Is this the best price?',
    ]);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}
