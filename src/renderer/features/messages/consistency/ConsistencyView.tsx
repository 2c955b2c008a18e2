import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsistencyFinding, ConsistencyReport, Severity } from '../../../../shared/messages';
import type { Journey } from '../../../../shared/schema/tables';
import { useMessagesUi, useMessagesUiStore } from '../MessagesUiContext';
import type { MessagesData } from '../useMessagesData';
import { findingText } from './finding-text';
import { FindingItem } from './FindingItem';

interface ConsistencyViewProps {
  data: MessagesData;
  journey: Journey;
  /** The check of the chosen scope; undefined until the desktop side has answered. */
  report: ConsistencyReport | undefined;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const PAGE = 100;

/** The consistency check of the journey or the whole workspace: a score, the counts, and findings that link to the place to fix. */
export function ConsistencyView({ data, journey, report }: ConsistencyViewProps) {
  const { t } = useTranslation();
  const ui = useMessagesUiStore();
  const scope = useMessagesUi((s) => s.scope);
  const [filter, setFilter] = useState<Severity | 'all'>('all');
  const [shown, setShown] = useState(PAGE);
  // The same finding in many places ("no variant of its own for SMS" at every SMS touchpoint) is one line with a count.
  const findings = useMemo(() => {
    const groups = new Map<string, { finding: ConsistencyFinding; more: number }>();
    if (!report) return [];
    for (const s of SEVERITIES) {
      if (filter !== 'all' && filter !== s) continue;
      for (const f of report.findings) {
        if (f.severity !== s) continue;
        const key = `${f.rule}\u0000${findingText(t, f, data.variants, data.channelById)}`;
        const group = groups.get(key);
        if (group) group.more += 1;
        else groups.set(key, { finding: f, more: 0 });
      }
    }
    return [...groups.values()];
  }, [report, filter, t, data]);

  return (
    <div className="consistency">
      <section className="card check-summary" aria-labelledby="check-title">
        <h3 id="check-title" className="visually-hidden">
          {t('messages.check.summary')}
        </h3>
        <fieldset className="choice-group scope-choice">
          <legend>{t('messages.check.scope')}</legend>
          <label className="choice">
            <input
              type="radio"
              name="check-scope"
              checked={scope === 'journey'}
              onChange={() => ui.getState().setScope('journey')}
            />
            <span>{t('messages.check.scopeJourney', { journey: journey.name || t('journeys.unnamed') })}</span>
          </label>
          <label className="choice">
            <input
              type="radio"
              name="check-scope"
              checked={scope === 'workspace'}
              onChange={() => ui.getState().setScope('workspace')}
            />
            <span>{t('messages.check.scopeWorkspace')}</span>
          </label>
        </fieldset>
        {report ? <Score report={report} /> : <p aria-busy="true">{t('app.loading')}</p>}
      </section>
      <section className="card findings" aria-labelledby="findings-title">
        <div className="card-header">
          <h3 id="findings-title">{t('messages.check.findingsTitle')}</h3>
          <div className="field inline-field">
            <label htmlFor="finding-filter">{t('messages.check.filter')}</label>
            <select
              id="finding-filter"
              value={filter}
              onChange={(e) => {
                setFilter(e.target.value as Severity | 'all');
                setShown(PAGE);
              }}
            >
              <option value="all">{t('messages.check.all')}</option>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {t(`messages.severity.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {!report ? null : findings.length === 0 ? (
          <p className="check-ok">{t('messages.check.none')}</p>
        ) : (
          <ul className="finding-list">
            {findings.slice(0, shown).map((g, i) => (
              <FindingItem key={i} finding={g.finding} more={g.more} data={data} />
            ))}
          </ul>
        )}
        {findings.length > shown ? (
          <button type="button" className="button small" onClick={() => setShown(shown + PAGE)}>
            {t('messages.check.more', { count: findings.length - shown })}
          </button>
        ) : null}
      </section>
    </div>
  );
}

function Score({ report }: { report: ConsistencyReport }) {
  const { t } = useTranslation();
  const grade = report.score >= 90 ? 'good' : report.score >= 60 ? 'fair' : 'poor';
  const { counts } = report;
  return (
    <>
      <div
        className={`score score-${grade}`}
        role="img"
        aria-label={t('messages.check.scoreLabel', { score: report.score })}
      >
        <span className="score-number">{report.score}</span>
        <span className="score-of">/ 100</span>
      </div>
      <div className="check-counts">
        <p>
          <span className="severity-dot error" />
          {t('messages.check.errors', { count: counts.error })}
        </p>
        <p>
          <span className="severity-dot warning" />
          {t('messages.check.warnings', { count: counts.warning })}
        </p>
        <p>
          <span className="severity-dot info" />
          {t('messages.check.notes', { count: counts.info })}
        </p>
        <p className="muted">
          {t('messages.check.checked', {
            journeys: t('messages.check.journeyCount', { count: counts.journeys }),
            touchpoints: t('messages.check.touchpointCount', { count: counts.touchpoints }),
            variants: t('messages.check.variantCount', { count: counts.variants }),
          })}
        </p>
      </div>
    </>
  );
}
