import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KIND_ORDER, SEVERITIES, countFindings, type FindingKind, type Severity } from '../../../shared/analysis';
import { FindingItem } from './FindingItem';
import type { Names } from './names';
import { useOpenJourney } from './open-journey';
import { bySeverity, type ScopeView } from './scope';

/** Findings drawn per group at first; a big workspace has thousands, and "show more" costs one click. */
const PAGE = 50;

/** The findings grouped by severity, filterable by kind, each with links to its touchpoints. */
export function FindingsList({ view, names }: { view: ScopeView; names: Names }) {
  const { t } = useTranslation();
  const openJourney = useOpenJourney();
  const [kind, setKind] = useState<FindingKind | ''>('');
  const [shown, setShown] = useState<Record<Severity, number>>({ high: PAGE, medium: PAGE, low: PAGE });
  const counts = useMemo(() => countFindings(view.findings), [view.findings]);
  const groups = useMemo(
    () => bySeverity(kind === '' ? view.findings : view.findings.filter((f) => f.kind === kind)),
    [view.findings, kind],
  );
  const withJourney = view.scope.kind === 'workspace';

  if (view.findings.length === 0) {
    return (
      <section className="card" aria-labelledby="findings-title">
        <h2 id="findings-title">{t('coverage.findings.heading')}</h2>
        <p className="muted">{t('coverage.findings.none')}</p>
      </section>
    );
  }

  return (
    <section className="cov-findings" aria-labelledby="findings-title">
      <div className="cov-findings-toolbar">
        <h2 id="findings-title">
          {t('coverage.findings.heading')} <span className="muted">({counts.total})</span>
        </h2>
        <div className="field cov-inline">
          <label htmlFor="findings-kind">{t('coverage.findings.kindFilter')}</label>
          <select id="findings-kind" value={kind} onChange={(e) => setKind(e.target.value as FindingKind | '')}>
            <option value="">{t('coverage.findings.allKinds', { count: counts.total })}</option>
            {KIND_ORDER.filter((k) => counts.byKind[k] > 0).map((k) => (
              <option key={k} value={k}>
                {t('coverage.findings.kindOption', { kind: t(`coverage.kind.${k}`), count: counts.byKind[k] })}
              </option>
            ))}
          </select>
        </div>
      </div>
      {SEVERITIES.filter((s) => groups[s].length > 0).map((s) => (
        <section key={s} className={`card cov-severity-group cov-${s}`} aria-labelledby={`severity-${s}`}>
          <h3 id={`severity-${s}`} className="cov-severity-heading">
            <span className={`cov-sev-dot cov-${s}`} aria-hidden="true" />
            {t(`coverage.severityGroup.${s}`)}
            <span className="badge">{groups[s].length}</span>
          </h3>
          <ul className="cov-finding-list">
            {groups[s].slice(0, shown[s]).map((f) => (
              <FindingItem key={f.id} finding={f} names={names} withJourney={withJourney} onOpen={openJourney} />
            ))}
          </ul>
          {groups[s].length > shown[s] ? (
            <button
              type="button"
              className="button cov-small cov-show-more"
              onClick={() => setShown({ ...shown, [s]: shown[s] + PAGE })}
            >
              {t('coverage.findings.showMore', { count: Math.min(PAGE, groups[s].length - shown[s]) })}
            </button>
          ) : null}
        </section>
      ))}
    </section>
  );
}
