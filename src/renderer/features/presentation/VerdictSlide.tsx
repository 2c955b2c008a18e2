import { useTranslation } from 'react-i18next';
import { DIMENSIONS } from '../../../shared/analysis';
import type { ScopeView } from '../coverage/scope';
import { ladderOf, levelInline, levelName, reasonText, verdictLine } from '../coverage/texts';

/**
 * The closing slide: the journey's maturity on the four-step ladder, why, what
 * the next step needs, and the dimension scores — the coverage dashboard's
 * verdict, in its words, sized for a room.
 */
export function VerdictSlide({ view, journeyName }: { view: ScopeView | null; journeyName: string }) {
  const { t } = useTranslation();
  const head = (title: string, sub?: string) => (
    <header className="deck-verdict-head">
      <p className="deck-eyebrow">
        <span>{t('presentation.verdict.eyebrow')}</span>
        <span className="deck-eyebrow-journey">{journeyName}</span>
      </p>
      <h1 className="deck-verdict-line" data-testid="deck-verdict">
        {title}
      </h1>
      {sub ? <p className="deck-verdict-sub">{sub}</p> : null}
    </header>
  );
  if (!view) return <div className="deck-verdict">{head(t('presentation.verdict.unavailable'))}</div>;
  if (view.empty) return <div className="deck-verdict">{head(t('presentation.verdict.empty'))}</div>;

  const { level, next, reasons, scores, overall } = view;
  return (
    <div className={`deck-verdict cov-level-${level}`}>
      {head(verdictLine(t, level, next), t(`coverage.levelText.${level}`))}
      <ol className="deck-ladder" aria-label={t('coverage.verdict.ladder')}>
        {ladderOf(level).map((step) => (
          <li
            key={step.level}
            className={`deck-ladder-step is-${step.state}`}
            aria-current={step.state === 'current' ? 'step' : undefined}
          >
            <span>{levelName(t, step.level)}</span>
            {step.state === 'current' ? (
              <span className="visually-hidden"> ({t('coverage.verdict.current')})</span>
            ) : null}
            {step.state === 'reached' ? (
              <span className="visually-hidden"> ({t('coverage.verdict.reached')})</span>
            ) : null}
          </li>
        ))}
      </ol>
      <div className="deck-verdict-body">
        <div className="deck-reasons">
          <section>
            <h2 className="deck-label">{t('coverage.verdict.why')}</h2>
            <ul>
              {reasons.map((r) => (
                <li key={r.key}>{reasonText(t, r)}</li>
              ))}
            </ul>
          </section>
          {next ? (
            <section>
              <h2 className="deck-label">{t('coverage.verdict.needs', { level: levelInline(t, next.level) })}</h2>
              <ul className="deck-unmet">
                {next.unmet.map((r) => (
                  <li key={r.key}>{reasonText(t, r)}</li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
        <section className="deck-scores" aria-labelledby="deck-scores-title">
          <div className="deck-scores-head">
            <h2 id="deck-scores-title" className="deck-label">
              {t('presentation.verdict.scores')}
            </h2>
            <p className="deck-overall">
              <span className="deck-overall-number" aria-hidden="true">
                {overall}
              </span>
              <span className="deck-overall-caption" aria-hidden="true">
                {t('coverage.verdict.overall')}
              </span>
              <span className="visually-hidden">{`${t('coverage.verdict.overall')}: ${t('coverage.verdict.score', { score: overall })}`}</span>
            </p>
          </div>
          <ul className="deck-score-list">
            {DIMENSIONS.map((d) => {
              const score = scores[d];
              return (
                <li key={d}>
                  <span className="deck-score-name">{t(`coverage.dimension.${d}`)}</span>
                  <span className="deck-score-bar" aria-hidden="true">
                    <span style={{ width: `${score ?? 0}%` }} />
                  </span>
                  <span className="deck-score-value">{score === null ? t('coverage.scores.notMeasured') : score}</span>
                </li>
              );
            })}
          </ul>
        </section>
      </div>
    </div>
  );
}
