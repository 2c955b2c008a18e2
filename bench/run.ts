import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchApply } from './apply';
import { benchCoverage } from './coverage';
import { benchExport } from './export';
import { benchInterchange } from './interchange';
import { benchHost } from './host';
import { benchHyphenation } from './hyphenation';
import { benchMap } from './map';
import { benchMessages } from './messages';
import { benchSync } from './sync';
import { benchFirstSync } from './sync-first';
import { benchUi } from './ui';
import type { BenchFigure } from './figure';

/**
 * `npm run bench`: every figure beside its reference and aim, printed as a
 * table and written to bench/results.json. Suites are added here as the
 * features that they measure land.
 */
const suites: { name: string; run: () => Promise<BenchFigure[]> }[] = [
  { name: 'write path', run: benchApply },
  { name: 'messages', run: benchMessages },
  { name: 'coverage', run: benchCoverage },
  { name: 'sync', run: benchSync },
  // 100k changes unless BENCH_FIRST_SYNC_CHANGES says otherwise (1000000 for the 1M figures).
  { name: 'first sync', run: () => benchFirstSync() },
  { name: 'journey map', run: benchMap },
  { name: 'export', run: benchExport },
  { name: 'hyphenation', run: benchHyphenation },
  { name: 'interchange', run: benchInterchange },
  { name: 'page', run: benchUi },
  { name: 'browser host start', run: benchHost },
];

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

async function main(): Promise<void> {
  const figures: BenchFigure[] = [];
  for (const suite of suites) {
    process.stdout.write(`running ${suite.name}…\n`);
    figures.push(...(await suite.run()));
  }
  const rows = figures.map((f) => [
    f.id,
    `${f.value.toLocaleString('en-US')} ${f.unit}`,
    f.ratio === undefined ? '' : `${f.ratio.toFixed(2)}×`,
    f.aim ?? '',
    f.reference ?? '',
  ]);
  const header = ['figure', 'value', 'ratio', 'aim', 'reference'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!)).join('  ');
  process.stdout.write(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const r of rows) process.stdout.write(`${line(r)}\n`);
  mkdirSync(join(__dirname), { recursive: true });
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(figures, null, 2)}\n`);
  process.stdout.write(`\nwritten to bench/results.json\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
