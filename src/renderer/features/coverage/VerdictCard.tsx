import { useTranslation } from 'react-i18next';
import { useHyphenate } from '../../i18n/useHyphenate';
import type { ScopeView } from './scope';
import { ladderOf, levelInline, levelName, reasonText, verdictLine } from './texts';

/** The maturity verdict in plain words: the level on the four-step ladder, why, and what the next step needs. */
export function VerdictCard({ view }: { view: ScopeView }) {
  const { t } = useTranslation();
  const hyphenate = useHyphenate();
  const { level, next, overall, reasons } = view;
  return (
    <section className={`card cov-verdict cov-level-${level}`} aria-labelledby="verdict-title">
      <div className="cov-verdict-head">
        <div>
          <h2 id="verdict-title">{t('coverage.verdict.heading')}</h2>
          <p className="cov-verdict-line" data-testid="verdict">
            {verdictLine(t, level, next)}
          </p>
          <p className="muted">{t(`coverage.levelText.${level}`)}</p>
        </div>
        <p className="cov-verdict-score">
          <span className="cov-score-number" aria-hidden="true">
            {overall}
          </span>
          <span className="cov-score-caption" aria-hidden="true">
            {t('coverage.verdict.overall')}
          </span>
          {/* Read as one phrase; a bare "80" would not say out of what. */}
          <span className="visually-hidden">{`${t('coverage.verdict.overall')}: ${t('coverage.verdict.score', { score: overall })}`}</span>
        </p>
      </div>
      <ol className="cov-ladder" aria-label={t('coverage.verdict.ladder')}>
        {ladderOf(level).map((step) => (
          <li
            key={step.level}
            className={`cov-ladder-step cov-${step.state} cov-level-${step.level}`}
            aria-current={step.state === 'current' ? 'step' : undefined}
          >
            <span>{hyphenate(levelName(t, step.level))}</span>
            {step.state === 'current' ? (
              <span className="visually-hidden"> ({t('coverage.verdict.current')})</span>
            ) : null}
            {step.state === 'reached' ? (
              <span className="visually-hidden"> ({t('coverage.verdict.reached')})</span>
            ) : null}
          </li>
        ))}
      </ol>
      <div className="cov-verdict-reasons">
        <div>
          <h3>{t('coverage.verdict.why')}</h3>
          <ul className="cov-reason-list">
            {reasons.map((r) => (
              <li key={r.key}>{reasonText(t, r)}</li>
            ))}
          </ul>
        </div>
        {next ? (
          <div>
            <h3>{t('coverage.verdict.needs', { level: levelInline(t, next.level) })}</h3>
            <ul className="cov-reason-list cov-unmet" data-testid="unmet">
              {next.unmet.map((r) => (
                <li key={r.key}>{reasonText(t, r)}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
