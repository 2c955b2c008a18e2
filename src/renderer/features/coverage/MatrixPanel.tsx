import { useTranslation } from 'react-i18next';
import type { CoverageCell } from '../../../shared/analysis';
import { DepartmentLegend } from './DepartmentLegend';
import type { Names } from './names';
import { activeDepartments, visibleChannels, type ScopeView } from './scope';
import { listOf } from './texts';

interface MatrixPanelProps {
  view: ScopeView;
  names: Names;
  onlyUsed: boolean;
  onOnlyUsed: (onlyUsed: boolean) => void;
}

/** Most owner colours a cell draws before it says "+n": a cell stays narrow enough for fourteen channels on a laptop. */
const MAX_DOTS = 4;

/** Stages × channels: touchpoint counts and owner colours per cell, empty cells marked so the gaps stand out. */
export function MatrixPanel({ view, names, onlyUsed, onOnlyUsed }: MatrixPanelProps) {
  const { t, i18n } = useTranslation();
  const { matrix } = view;
  const channels = visibleChannels(matrix, onlyUsed);
  const withUnassigned = matrix.unassigned.some((c) => c.touchpointIds.length > 0);
  const departments = activeDepartments(matrix).map((d) => matrix.departmentIds[d]!);
  const hasUnowned = matrix.unownedByRow.some((n) => n > 0);

  const cell = (c: CoverageCell, key: string) => {
    const n = c.touchpointIds.length;
    if (n === 0) {
      return (
        <td key={key} className="cov-matrix-cell cov-empty">
          <span aria-hidden="true">·</span>
          <span className="visually-hidden">{t('coverage.matrix.emptyCell')}</span>
        </td>
      );
    }
    const owners = c.departmentIds.map((id) => names.departments.get(id)).filter((d) => d !== undefined);
    const ownerText =
      owners.length > 0
        ? t('coverage.matrix.ownedBy', {
            departments: listOf(
              i18n.language,
              owners.map((o) => o.name),
            ),
          })
        : t('coverage.matrix.noOwner');
    const supporters = c.supportingIds.map((id) => names.departments.get(id)?.name).filter((d) => d !== undefined);
    const supportText =
      supporters.length > 0
        ? `, ${t('coverage.matrix.supportedBy', { departments: listOf(i18n.language, supporters) })}`
        : '';
    const label = `${t('coverage.matrix.cell', { count: n })}, ${ownerText}${supportText}`;
    return (
      <td key={key} className="cov-matrix-cell" title={label}>
        <span className="cov-cell-count" aria-hidden="true">
          {n}
        </span>
        <span className="cov-cell-owners" aria-hidden="true">
          {owners.slice(0, MAX_DOTS).map((o) => (
            <span key={o.name + o.color} className="cov-owner-dot" style={{ background: o.color }} />
          ))}
          {owners.length > MAX_DOTS ? <span className="cov-owner-more">+{owners.length - MAX_DOTS}</span> : null}
          {owners.length === 0 ? <span className="cov-owner-dot cov-none" /> : null}
        </span>
        <span className="visually-hidden">{label}</span>
      </td>
    );
  };

  return (
    <section className="card cov-matrix-card" aria-labelledby="matrix-title">
      <div className="card-header">
        <h2 id="matrix-title">{t('coverage.matrix.heading')}</h2>
        <label className="choice">
          <input type="checkbox" checked={onlyUsed} onChange={(e) => onOnlyUsed(e.target.checked)} />
          <span>{t('coverage.matrix.onlyUsed')}</span>
        </label>
      </div>
      <p className="muted">
        {view.scope.kind === 'workspace' ? t('coverage.matrix.introWorkspace') : t('coverage.matrix.intro')}
      </p>
      {matrix.rows.length === 0 ? (
        <p className="muted">{t('coverage.matrix.noStages')}</p>
      ) : (
        // Focusable, so keyboard users can scroll a matrix wider than the window.
        <div className="table-scroll cov-matrix-scroll" tabIndex={0} role="region" aria-labelledby="matrix-title">
          <table className="coverage-matrix" aria-labelledby="matrix-title">
            <thead>
              <tr>
                <th scope="col" className="cov-stage-head">
                  {t('coverage.matrix.stage')}
                </th>
                {channels.map((c) => (
                  <th key={matrix.channelIds[c]} scope="col" className="cov-channel-head">
                    <span>{names.channels.get(matrix.channelIds[c]!) ?? ''}</span>
                  </th>
                ))}
                {withUnassigned ? (
                  <th scope="col" className="cov-channel-head">
                    <span>{t('coverage.matrix.noChannel')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((row, r) => (
                <tr key={row.key}>
                  <th scope="row" className="cov-stage-name">
                    {row.name || t('coverage.finding.unnamedStage')}
                  </th>
                  {channels.map((c) => cell(matrix.cells[r]![c]!, matrix.channelIds[c]!))}
                  {withUnassigned ? cell(matrix.unassigned[r]!, 'unassigned') : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <DepartmentLegend ids={departments} names={names} withUnowned={hasUnowned} />
    </section>
  );
}
