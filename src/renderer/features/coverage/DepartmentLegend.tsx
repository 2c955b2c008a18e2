import { useTranslation } from 'react-i18next';
import type { Names } from './names';

/** Which colour is which department; names wrap, however long they are in German. */
export function DepartmentLegend({
  ids,
  names,
  withUnowned,
}: {
  ids: readonly string[];
  names: Names;
  withUnowned: boolean;
}) {
  const { t } = useTranslation();
  if (ids.length === 0 && !withUnowned) return null;
  return (
    <div className="cov-department-legend">
      <h3 className="cov-legend-title">{t('coverage.matrix.legend')}</h3>
      <ul>
        {ids.map((id) => {
          const d = names.departments.get(id);
          return (
            <li key={id}>
              <span className="cov-owner-dot" style={{ background: d?.color }} aria-hidden="true" />
              <span>{d?.name ?? ''}</span>
            </li>
          );
        })}
        {withUnowned ? (
          <li>
            <span className="cov-owner-dot cov-none" aria-hidden="true" />
            <span>{t('coverage.matrix.noOwner')}</span>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
