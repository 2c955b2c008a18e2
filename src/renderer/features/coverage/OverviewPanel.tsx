import { useTranslation } from 'react-i18next';
import { FINDING_SEVERITY, KIND_ORDER, SEVERITIES, countFindings } from '../../../shared/analysis';
import { JourneysTable } from './JourneysTable';
import type { Names } from './names';
import type { ScopeView } from './scope';
import { ScoresCard } from './ScoresCard';
import { VerdictCard } from './VerdictCard';

interface OverviewPanelProps {
  view: ScopeView;
  names: Names;
  onShowJourney: (journeyId: string) => void;
  onShowFindings: () => void;
}

/** What management reads first: the verdict, the dimensions, the findings by severity and, for the workspace, each journey. */
export function OverviewPanel({ view, names, onShowJourney, onShowFindings }: OverviewPanelProps) {
  const { t } = useTranslation();
  const counts = countFindings(view.findings);
  return (
    <div className="coverage-overview">
      <VerdictCard view={view} />
      <div className="cov-overview-grid">
        <ScoresCard view={view} />
        <section className="card cov-findings-summary" aria-labelledby="summary-title">
          <div className="card-header">
            <h2 id="summary-title">{t('coverage.findings.heading')}</h2>
            <span className="muted">{t('coverage.findings.count', { count: counts.total })}</span>
          </div>
          <ul className="cov-severity-tiles" aria-label={t('coverage.findings.summary')}>
            {SEVERITIES.map((s) => (
              <li key={s} className={`cov-severity-tile cov-${s}`}>
                <span className="cov-tile-number">{counts.bySeverity[s]}</span>
                <span className="cov-tile-label">{t(`coverage.severityGroup.${s}`)}</span>
              </li>
            ))}
          </ul>
          {counts.total === 0 ? (
            <p className="muted">{t('coverage.findings.none')}</p>
          ) : (
            <ul className="cov-kind-counts">
              {KIND_ORDER.filter((k) => counts.byKind[k] > 0).map((k) => (
                <li key={k}>
                  <span className={`cov-sev-dot cov-${FINDING_SEVERITY[k]}`} aria-hidden="true" />
                  <span className="cov-kind-name">{t(`coverage.kind.${k}`)}</span>
                  <span className="cov-kind-count">{counts.byKind[k]}</span>
                </li>
              ))}
            </ul>
          )}
          {counts.total > 0 ? (
            <button type="button" className="button cov-small" onClick={onShowFindings}>
              {t('coverage.findings.goToList')}
            </button>
          ) : null}
        </section>
      </div>
      {view.scope.kind === 'workspace' ? (
        <JourneysTable view={view} names={names} onShowJourney={onShowJourney} />
      ) : null}
    </div>
  );
}
