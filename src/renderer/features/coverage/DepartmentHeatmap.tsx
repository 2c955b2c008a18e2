import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Names } from './names';
import { heatmapLines } from './department-tables';
import { heatMax, type ScopeView } from './scope';

/**
 * Departments × stages as a table whose cells are shaded by count. A table
 * rather than a chart: it is its own text alternative, keeps long German
 * department names readable, and scrolls sideways for many stages.
 */
export function DepartmentHeatmap({ view, names }: { view: ScopeView; names: Names }) {
  const { t } = useTranslation();
  const { matrix } = view;
  const max = heatMax(matrix);
  // Support in a second, paler hue: it is help, not ownership, and must not read as coverage by the owner.
  const shade = (n: number, support: boolean) =>
    n === 0
      ? undefined
      : {
          background: `rgba(${support ? '47, 133, 90' : '43, 92, 138'}, ${((support ? 0.1 : 0.12) + (support ? 0.5 : 0.78) * (n / max)).toFixed(3)})`,
          color: !support && n / max > 0.5 ? '#fff' : undefined,
        };
  const line = (key: string, label: ReactNode, counts: readonly number[], extraClass = '', support = false) => (
    <tr key={key} className={extraClass}>
      <th scope="row" className="cov-department-name">
        {label}
      </th>
      {counts.map((n, r) => (
        <td
          key={matrix.rows[r]!.key}
          className={`cov-heat-cell${n === 0 ? ' cov-zero' : ''}`}
          style={shade(n, support)}
        >
          {n === 0 ? <span className="cov-zero-mark">0</span> : n}
        </td>
      ))}
      <td className="cov-num cov-heat-total">{counts.reduce((a, b) => a + b, 0)}</td>
    </tr>
  );
  return (
    <section className="card" aria-labelledby="heatmap-title">
      <h2 id="heatmap-title">{t('coverage.heatmap.heading')}</h2>
      <p className="muted">{t('coverage.heatmap.intro')}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="heatmap-title">
        <table className="cov-heatmap" aria-labelledby="heatmap-title">
          <thead>
            <tr>
              <th scope="col">{t('coverage.heatmap.department')}</th>
              {matrix.rows.map((row) => (
                <th key={row.key} scope="col" className="cov-heat-head">
                  {row.name || t('coverage.finding.unnamedStage')}
                </th>
              ))}
              <th scope="col" className="cov-num">
                {t('coverage.heatmap.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {heatmapLines(matrix).map(({ department: d, role, counts }) => {
              if (d === null) {
                return line(
                  'unowned',
                  <span className="cov-department-label">
                    <span className="cov-owner-dot cov-none" aria-hidden="true" />
                    <span>{t('coverage.matrix.noOwner')}</span>
                  </span>,
                  counts,
                  'cov-unowned-row',
                );
              }
              const look = names.departments.get(matrix.departmentIds[d]!);
              if (role === 'supports') {
                const label = (
                  <span className="cov-department-label cov-support-label">
                    <span className="visually-hidden">{look?.name ?? ''} </span>
                    <span>{t('coverage.heatmap.supports')}</span>
                  </span>
                );
                return line(`${matrix.departmentIds[d]!}:supports`, label, counts, 'cov-support-row', true);
              }
              const label = (
                <span className="cov-department-label">
                  <span className="cov-owner-dot" style={{ background: look?.color }} aria-hidden="true" />
                  <span>{look?.name ?? ''}</span>
                  <span className="visually-hidden"> {t('coverage.heatmap.owns')}</span>
                </span>
              );
              return line(matrix.departmentIds[d]!, label, counts);
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
