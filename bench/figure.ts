/** One line of `npm run bench` and one entry of bench/results.json. */
export interface BenchFigure {
  id: string;
  label: string;
  value: number;
  unit: string;
  reference?: string;
  ratio?: number;
  aim?: string;
}

/** A suite file run on its own (`tsx bench/<suite>.ts`): its figures, one per line, then exit. */
export function runAlone(bench: () => Promise<BenchFigure[]>): void {
  bench().then(
    (figures) => {
      for (const f of figures)
        process.stdout.write(`${f.id}: ${f.value} ${f.unit}${f.reference ? `  (${f.reference})` : ''}\n`);
      process.exit(0);
    },
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    },
  );
}
