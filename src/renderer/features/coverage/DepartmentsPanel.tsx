import { DepartmentBars } from './DepartmentBars';
import { DepartmentHeatmap } from './DepartmentHeatmap';
import type { Names } from './names';
import type { ScopeView } from './scope';

/** Who is where: departments against stages (heatmap) and against channels (stacked bars). */
export function DepartmentsPanel({ view, names }: { view: ScopeView; names: Names }) {
  return (
    <div className="stack">
      <DepartmentHeatmap view={view} names={names} />
      <DepartmentBars view={view} names={names} />
    </div>
  );
}
