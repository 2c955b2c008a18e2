import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { levelRank } from '../../../shared/analysis';
import type { Names } from './names';
import type { ScopeView } from './scope';
import { levelName } from './texts';

interface JourneysTableProps {
  view: ScopeView;
  names: Names;
  onShowJourney: (journeyId: string) => void;
}

/** Every journey's level, score and findings, weakest first: where to look next. */
export function JourneysTable({ view, names, onShowJourney }: JourneysTableProps) {
  const { t } = useTranslation();
  const rows = useMemo(() => {
    const findings = new Map<string, { total: number; high: number }>();
    for (const f of view.findings) {
      const c = findings.get(f.journeyId) ?? { total: 0, high: 0 };
      c.total += 1;
      if (f.severity === 'high') c.high += 1;
      findings.set(f.journeyId, c);
    }
    return view.journeys
      .map((j) => ({
        ...j,
        name: names.journeys.get(j.journeyId) || t('coverage.unnamedJourney'),
        findings: findings.get(j.journeyId) ?? { total: 0, high: 0 },
      }))
      .sort(
        (a, b) =>
          Number(a.empty) - Number(b.empty) ||
          levelRank(a.level) - levelRank(b.level) ||
          a.overall - b.overall ||
          a.name.localeCompare(b.name),
      );
  }, [view, names, t]);

  return (
    <section className="card flush cov-journeys-maturity" aria-labelledby="journeys-maturity-title">
      <h2 id="journeys-maturity-title" className="cov-card-title">
        {t('coverage.journeys.heading')}
      </h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('coverage.journeys.name')}</th>
              <th scope="col">{t('coverage.journeys.level')}</th>
              <th scope="col" className="cov-num">
                {t('coverage.journeys.score')}
              </th>
              <th scope="col" className="cov-num">
                {t('coverage.journeys.findings')}
              </th>
              <th scope="col" className="cov-num">
                {t('coverage.journeys.high')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('coverage.journeys.show')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((j) => (
              <tr key={j.journeyId}>
                <th scope="row" className="cov-journey-name">
                  {j.name}
                </th>
                <td>
                  {j.empty ? (
                    <span className="muted">{t('coverage.journeys.emptyJourney')}</span>
                  ) : (
                    <span className={`cov-level-pill cov-level-${j.level}`}>{levelName(t, j.level)}</span>
                  )}
                </td>
                <td className="cov-num">{j.empty ? '–' : j.overall}</td>
                <td className="cov-num">{j.findings.total}</td>
                <td className="cov-num">
                  {j.findings.high > 0 ? <strong className="cov-high-count">{j.findings.high}</strong> : 0}
                </td>
                <td className="cell-actions">
                  <button
                    type="button"
                    className="button cov-small"
                    aria-label={t('coverage.journeys.showJourney', { name: j.name })}
                    onClick={() => onShowJourney(j.journeyId)}
                  >
                    {t('coverage.journeys.show')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
