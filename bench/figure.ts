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
